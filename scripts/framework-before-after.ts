// Closing note of issue 15: for the demo partnerships, each dimension's stage, score and coverage
// as recorded under framework 2026.1 and as re-scored under 2026.2 — read from a seeded demo
// database, never typed in. Usage: tsx scripts/framework-before-after.ts [database file]
// Without a file it seeds a fresh demo database in a temporary folder (as the app does at start).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startUp } from "../db/startup";
import { HISTORY_PARTNERSHIPS } from "../db/seed/demo";
import { getFramework } from "../lib/framework";
import type { AssessmentScore } from "../lib/framework/scoring";

async function main() {
  const given = process.argv[2];
  const dir = given ? null : mkdtempSync(path.join(tmpdir(), "before-after-"));
  const { db } = await startUp({ demo: true, file: given ?? path.join(dir!, "demo.db") });
  const v1 = getFramework("2026.1")!;
  const v2 = getFramework("2026.2")!;
  const lines: string[] = [];
  const cell = (d: AssessmentScore["dimensions"][number] | undefined) =>
    d ? `${d.stage.index} ${d.stage.name} · ${d.score ?? "–"} · ${d.coverage ?? "–"}%` : "–";
  for (const name of Object.keys(HISTORY_PARTNERSHIPS)) {
    const rows = db.$client
      .prepare(
        `SELECT c.label, a.framework_version AS v, a.scores_snapshot AS s, a.rescored_snapshot AS r, a.rescored_version AS rv
         FROM assessments a JOIN partnerships p ON p.id = a.partnership_id JOIN cycles c ON c.id = a.cycle_id
         WHERE p.name = ? AND a.status = 'submitted' ORDER BY c.opens_on DESC LIMIT 1`,
      )
      .all(name) as { label: string; v: string; s: string; r: string | null; rv: string | null }[];
    const row = rows[0];
    if (!row) continue;
    const before = JSON.parse(row.s) as AssessmentScore;
    const after = row.r ? (JSON.parse(row.r) as AssessmentScore) : null;
    lines.push(`### ${name.replace(/ \(.*\)$/, "")} — ${row.label}`, "");
    lines.push(
      `Recorded under ${row.v}; re-scored under ${row.rv ?? "–"}. Each cell: stage · score · coverage.`,
      "",
      "| Dimension | Before (2026.1) | After (2026.2) | Held by (2026.2) |",
      "| --- | --- | --- | --- |",
    );
    for (const d of v2.dimensions) {
      const b = before.dimensions.find((x) => x.dimensionId === d.id);
      const a = after?.dimensions.find((x) => x.dimensionId === d.id);
      const name1 = v1.dimensions.find((x) => x.id === d.id)?.name ?? d.id;
      lines.push(
        `| ${name1 === d.name ? d.name : `${d.name} (2026.1: ${name1})`} | ${cell(b)} | ${cell(a)} | ${
          a?.heldBy ? `${a.heldBy.needed} is needed for stage ${a.heldBy.stage.index}` : ""
        } |`,
      );
    }
    lines.push("");
  }
  console.log(lines.join("\n"));
  db.$client.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
