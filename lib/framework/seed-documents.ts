// Where the tests find the two source documents every quote in the framework is checked against
// (lib/framework/framework.test.ts). They live in shared/seeds beside the repository, on
// developers' machines and in CI; SEEDS_DIR names another folder.
//
// Decision (issue 16, item 14): a missing seed document is a failure, always, not a skipped test.
// The check is what makes every question, stage and recommendation traceable to the report; a
// skip scrolls past unnoticed, and a run without the seeds would pass while proving nothing.
import { existsSync } from "node:fs";
import path from "node:path";

export const SEED_FILES = {
  IASC2017: "000_d91efa894a4a0a66.txt",
  VanDyke2017: "004_efaecfbde7a70370.txt",
} as const;

export type SeedDoc = keyof typeof SEED_FILES;

export function seedCandidates(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): string[] {
  return env.SEEDS_DIR
    ? [path.resolve(cwd, env.SEEDS_DIR)]
    : [path.resolve(cwd, "../shared/seeds"), "/work/shared/seeds"];
}

/** The path of each seed document; throws, naming what is missing and where it looked, if any is not there. */
export function findSeedDocuments(candidates: string[] = seedCandidates()): Record<SeedDoc, string> {
  for (const dir of candidates) {
    const files = Object.fromEntries(
      Object.entries(SEED_FILES).map(([doc, file]) => [doc, path.join(dir, file)]),
    ) as Record<SeedDoc, string>;
    if (Object.values(files).every((f) => existsSync(f))) return files;
  }
  throw new Error(
    `The seed documents (${Object.values(SEED_FILES).join(", ")}) were not found in ${candidates.join(" or ")}. ` +
      "Every quote in the framework is checked against them: put shared/seeds beside the repository, or set SEEDS_DIR.",
  );
}
