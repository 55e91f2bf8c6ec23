// `npm run seed:large [file]`: a synthetic national dataset for benchmarks — 1,000 partnerships ×
// 10 annual cycles, each with a consolidated response answering the current framework, submitted
// with its score snapshot except in the open (latest) cycle. Written to a separate database file
// (default ./bench-data/large.db), never the app's own. Deterministic (seeded).
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startUp } from "../db/startup";
import { FORCE_AREAS } from "../lib/domain/force-areas";
import { hashPassword } from "../lib/auth/password";
import { getFramework, CURRENT_FRAMEWORK_VERSION, scoreAssessment } from "../lib/framework";
import { mulberry32, randomAssessment } from "../lib/framework/generate";

export const LARGE_PARTNERSHIPS = 1000;
export const LARGE_CYCLES = 10;
export const LARGE_PASSWORD = "bench-password-2026";
export const defaultLargePath = () => path.resolve(process.env.LARGE_DATABASE_PATH || "bench-data/large.db");

const LEVELS = [
  "local",
  "local",
  "local",
  "sub_regional",
  "sub_regional",
  "sub_regional",
  "regional",
  "national",
  "other",
] as const;

/** `size` makes smaller datasets of the same shape (the durability test uses 20 partnerships × 1 cycle). */
export async function seedLarge(
  file = defaultLargePath(),
  size: { partnerships: number; cycles: number } = { partnerships: LARGE_PARTNERSHIPS, cycles: LARGE_CYCLES },
): Promise<{ file: string; answers: number; ms: number }> {
  const t0 = performance.now();
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) if (existsSync(file + suffix)) rmSync(file + suffix);
  const { db } = await startUp({ demo: false, file });
  const sqlite = db.$client;
  const fw = getFramework(CURRENT_FRAMEWORK_VERSION)!;
  const rnd = mulberry32(2026);
  // One hash for every synthetic account: scrypt is slow on purpose, and these are not real users.
  const hash = await hashPassword(LARGE_PASSWORD);
  const firstYear = 2026 - size.cycles + 1;
  let answers = 0;

  sqlite.pragma("synchronous = OFF"); // a throwaway file: speed over durability while seeding
  sqlite.transaction(() => {
    const cycleIds: number[] = [];
    for (let i = 0; i < size.cycles; i++) {
      const y = firstYear + i;
      const label = `${y}/${String((y + 1) % 100).padStart(2, "0")}`;
      const status = i === size.cycles - 1 ? "open" : "closed";
      cycleIds.push(
        Number(
          sqlite
            .prepare("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES (?, ?, ?, ?)")
            .run(label, `${y}-04-01`, `${y + 1}-03-31`, status).lastInsertRowid,
        ),
      );
    }
    sqlite
      .prepare(
        "INSERT INTO users (email, name, password_hash, global_role) VALUES ('commissioner@bench.test', 'Bench Commissioner', ?, 'commissioner')",
      )
      .run(hash);
    const insPartnership = sqlite.prepare("INSERT INTO partnerships (name, level, nation) VALUES (?, ?, ?)");
    const insArea = sqlite.prepare("INSERT INTO partnership_force_areas (partnership_id, force_area_id) VALUES (?, ?)");
    const insUser = sqlite.prepare("INSERT INTO users (email, name, password_hash) VALUES (?, ?, ?)");
    const insMember = sqlite.prepare(
      "INSERT INTO memberships (user_id, partnership_id, role, organisation) VALUES (?, ?, 'coordinator', 'Synthetic Police')",
    );
    const insAssessment = sqlite.prepare(
      "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, scores_snapshot) VALUES (?, ?, ?, ?, ?, ?)",
    );
    const insResponse = sqlite.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')");
    const insAnswer = sqlite.prepare(
      "INSERT INTO answers (response_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
    );
    for (let p = 1; p <= size.partnerships; p++) {
      const area = FORCE_AREAS[Math.floor(rnd() * FORCE_AREAS.length)]!;
      const level = LEVELS[Math.floor(rnd() * LEVELS.length)]!;
      const pid = Number(
        insPartnership.run(`Synthetic ${area.name} partnership ${p}`, level, area.nation).lastInsertRowid,
      );
      insArea.run(pid, area.id);
      const uid = Number(insUser.run(`coordinator${p}@bench.test`, `Bench Coordinator ${p}`, hash).lastInsertRowid);
      insMember.run(uid, pid);
      for (let c = 0; c < size.cycles; c++) {
        const open = c === size.cycles - 1;
        const map = randomAssessment(fw, rnd);
        const at = `${firstYear + c + 1}-02-15T12:00:00.000Z`;
        const snapshot = open ? null : JSON.stringify({ ...scoreAssessment(fw, map), computedAt: at });
        const aid = Number(
          insAssessment.run(
            pid,
            cycleIds[c],
            open ? "in_progress" : "submitted",
            fw.version,
            open ? null : at,
            snapshot,
          ).lastInsertRowid,
        );
        const rid = Number(insResponse.run(aid).lastInsertRowid);
        for (const [qid, value] of Object.entries(map)) {
          insAnswer.run(rid, qid, JSON.stringify(value), at);
          answers++;
        }
      }
    }
  })();
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  return { file, answers, ms: performance.now() - t0 };
}

if (process.argv[1] && /seed-large\.ts$/.test(process.argv[1])) {
  seedLarge(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (r) =>
      console.log(
        `seed:large: ${LARGE_PARTNERSHIPS} partnerships × ${LARGE_CYCLES} cycles, ${r.answers.toLocaleString("en-GB")} answers → ${r.file} in ${(r.ms / 1000).toFixed(1)} s`,
      ),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
