// The shared fixture of the backup and restore scripts' tests (backup-cli*.test.ts): a real toolkit
// database in a temporary DATABASE_PATH, the scripts run as an operator runs them, and checks of
// what they leave behind. Each test file runs in a process of its own, with a folder of its own.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startUp } from "../../db/startup";
import { FORCE_AREAS } from "../domain/force-areas";
import { integrityOf, listing, queryFile, sha256Of } from "./test-files";
// The unit-test runner (scripts/unit-tests.mjs) runs from the project's root, as npm does.
export const ROOT = process.cwd();
export const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
export const dir = mkdtempSync(path.join(tmpdir(), "toolkit-backup-cli-"));
export const live = path.join(dir, "live", "toolkit.db");
export const AREA = FORCE_AREAS[0]!.id;

/** Holds the database open as the app does (WAL), prints "ready", and closes it on SIGTERM. */
export const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.env.HOLDER_DB, { fileMustExist: true, timeout: 5000 });
db.pragma("journal_mode = WAL");
db.prepare("SELECT count(*) FROM partnerships").get();
process.on("SIGTERM", () => { db.close(); process.exit(0); });
process.stdout.write("ready\\n");
setInterval(() => {}, 1000);
`;

export type Run = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/<script>.ts as `npm run <script> -- ...args` does (tsx, from the root), without npm. */
export function cli(
  script: "backup" | "restore",
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  const { BACKUP_DIR: _ignored, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.join("scripts", `${script}.ts`), ...args], {
      cwd: ROOT,
      env: { ...inherited, DATABASE_PATH: live, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the jobs two at a time, in order; their results in the same order. */
export async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    [0, 1].map(async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

// Read-write connections, only ever reading: the last to close removes the -wal and -shm files it
// opened, so that the live database's folder lists only what the scripts made (lib/ops/test-files.ts).
export const names = (file: string) =>
  queryFile<{ name: string }>(file, "SELECT name FROM partnerships WHERE name NOT LIKE 'Filler %' ORDER BY name").map(
    (r) => r.name,
  );
/**
 * The live database's files, each with its hash: what a refused restore must leave as it was. (The
 * shared-memory index, -shm, is not data: any reader may write to it, so only its presence counts.)
 */
export const liveState = () =>
  listing(path.dirname(live)).map((f) =>
    f.endsWith("-shm") ? f : `${f} ${sha256Of(path.join(path.dirname(live), f))}`,
  );

export function write(sql: string, ...params: unknown[]) {
  const db = new Database(live, { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** "toolkit-2026-11-22T21-30-00Z.db" → the time in its name, in ms. */
export function timeInName(file: string): number {
  const m = /^toolkit-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)Z(?:-\d+)?\.db$/.exec(path.basename(file));
  assert.ok(m, `a dated backup file name: ${path.basename(file)}`);
  return Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
}

/** Checks a successful backup run's output and returns the file it names. */
export function backedUp(run: Run, dirExpected: string, startedAt: number, endedAt: number): string {
  assert.equal(run.code, 0, `backup exit code (stderr: ${run.stderr})`);
  const m = /^Backed up (.+) and 0 evidence documents\n {2}to (.+) \((\d+) KB\), integrity ok\.\n$/.exec(run.stdout);
  assert.ok(m, `backup output: ${JSON.stringify(run.stdout)}`);
  const [, source, file, kb] = m;
  assert.equal(source, live);
  assert.equal(path.dirname(file!), dirExpected);
  assert.match(path.basename(file!), /^toolkit-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
  // Named with the UTC time of the run, to the second.
  const t = timeInName(file!);
  assert.ok(
    t >= Math.floor(startedAt / 1000) * 1000 && t <= endedAt,
    `file time ${new Date(t).toISOString()} within the run`,
  );
  assert.equal(Number(kb), Math.round(statSync(file!).size / 1024));
  // One complete, self-contained file: no partial file or write-ahead log left beside it.
  assert.deepEqual(listing(dirExpected), [path.basename(file!)]);
  assert.equal(integrityOf(file!), "ok");
  assert.equal(queryFile<{ journal_mode: string }>(file!, "PRAGMA journal_mode")[0]!.journal_mode, "delete");
  return file!;
}

/** The live database: 400 filler partnerships (~400 KB), one named one and one user. */
export async function setUpLiveDatabase(): Promise<void> {
  const { db } = await startUp({ demo: false, file: live });
  const sqlite = db.$client;
  sqlite.transaction(() => {
    // Enough pages (~400 KB) that damaging the middle of a copy hits table data.
    const ins = sqlite.prepare("INSERT INTO partnerships (name, level, nation) VALUES (?, 'regional', 'wales')");
    for (let i = 1; i <= 400; i++) ins.run(`Filler ${i} ${"x".repeat(1000)}`);
    const id = sqlite
      .prepare("INSERT INTO partnerships (name, level, nation) VALUES ('Before the backup', 'local', 'england')")
      .run().lastInsertRowid;
    sqlite.prepare("INSERT INTO partnership_force_areas (partnership_id, force_area_id) VALUES (?, ?)").run(id, AREA);
    sqlite.prepare("INSERT INTO users (email, name, password_hash) VALUES ('kept@example.org', 'Kept', 'x')").run();
  })();
  sqlite.close();
}

export function removeFolder(): void {
  rmSync(dir, { recursive: true, force: true });
}
