// The command-line scripts as an operator runs them (`npm run backup`, `npm run restore -- <file>`),
// against a real toolkit database in a temporary DATABASE_PATH: exit codes, what they print, the
// dated file they write, and that a refused restore leaves the live database exactly as it was.
// lib/ops/backup.test.ts tests the library itself; this tests the scripts around it.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startUp } from "../../db/startup";
import { FORCE_AREAS } from "../domain/force-areas";
import { damagedCopy, dumpFile, integrityOf, listing, queryFile, sha256Of } from "./test-files";

// The unit-test runner (scripts/unit-tests.mjs) runs from the project's root, as npm does.
const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "toolkit-backup-cli-"));
const live = path.join(dir, "live", "toolkit.db");
const AREA = FORCE_AREAS[0]!.id;

/** Holds the database open as the app does (WAL), prints "ready", and closes it on SIGTERM. */
const HOLDER = `
const Database = require("better-sqlite3");
const db = new Database(process.env.HOLDER_DB, { fileMustExist: true, timeout: 5000 });
db.pragma("journal_mode = WAL");
db.prepare("SELECT count(*) FROM partnerships").get();
process.on("SIGTERM", () => { db.close(); process.exit(0); });
process.stdout.write("ready\\n");
setInterval(() => {}, 1000);
`;

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs scripts/<script>.ts as `npm run <script> -- ...args` does (tsx, from the root), without npm. */
function cli(script: "backup" | "restore", args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
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
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
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
const names = (file: string) =>
  queryFile<{ name: string }>(file, "SELECT name FROM partnerships WHERE name NOT LIKE 'Filler %' ORDER BY name").map(
    (r) => r.name,
  );
/**
 * The live database's files, each with its hash: what a refused restore must leave as it was. (The
 * shared-memory index, -shm, is not data: any reader may write to it, so only its presence counts.)
 */
const liveState = () =>
  listing(path.dirname(live)).map((f) =>
    f.endsWith("-shm") ? f : `${f} ${sha256Of(path.join(path.dirname(live), f))}`,
  );

function write(sql: string, ...params: unknown[]) {
  const db = new Database(live, { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/** "toolkit-2026-11-22T21-30-00Z.db" → the time in its name, in ms. */
function timeInName(file: string): number {
  const m = /^toolkit-(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)Z(?:-\d+)?\.db$/.exec(path.basename(file));
  assert.ok(m, `a dated backup file name: ${path.basename(file)}`);
  return Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
}

/** Checks a successful backup run's output and returns the file it names. */
function backedUp(run: Run, dirExpected: string, startedAt: number, endedAt: number): string {
  assert.equal(run.code, 0, `backup exit code (stderr: ${run.stderr})`);
  const m = /^Backed up (.+)\n {2}to (.+) \((\d+) KB\), integrity ok\.\n$/.exec(run.stdout);
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

before(async () => {
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
});
after(() => rmSync(dir, { recursive: true, force: true }));

// Independent runs (each to a folder of its own), two at a time to keep the test quick.
describe("npm run backup", { concurrency: 2 }, () => {
  test("writes a dated backup to BACKUP_DIR, prints its path and size, and the file holds the data", async () => {
    const to = path.join(dir, "from-env");
    const startedAt = Date.now();
    const run = await cli("backup", [], { BACKUP_DIR: to });
    const file = backedUp(run, to, startedAt, Date.now());
    assert.equal(dumpFile(file), dumpFile(live));
    assert.deepEqual(names(file), ["Before the backup"]);
    assert.equal(
      queryFile<{ n: number }>(file, "SELECT count(*) AS n FROM partnerships WHERE name LIKE 'Filler %'")[0]!.n,
      400,
    );
    assert.equal(queryFile<{ email: string }>(file, "SELECT email FROM users")[0]?.email, "kept@example.org");
    assert.equal(run.stderr, "");
  });

  test("--dir takes precedence over BACKUP_DIR", async () => {
    const to = path.join(dir, "from-flag");
    const ignored = path.join(dir, "not-used");
    const startedAt = Date.now();
    const run = await cli("backup", ["--dir", to], { BACKUP_DIR: ignored });
    const file = backedUp(run, to, startedAt, Date.now());
    assert.equal(existsSync(ignored), false);
    assert.equal(dumpFile(file), dumpFile(live));
  });

  test("a missing database: exit code 1 and where it looked", async () => {
    const nowhere = path.join(dir, "nowhere", "toolkit.db");
    const to = path.join(dir, "from-missing");
    const run = await cli("backup", ["--dir", to], { DATABASE_PATH: nowhere });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "");
    assert.match(run.stderr, /^Backup failed: There is no database at .*nowhere\/toolkit\.db \(set DATABASE_PATH/);
    assert.equal(existsSync(nowhere), false);
    assert.equal(existsSync(to) ? listing(to).length : 0, 0);
  });
});

describe("npm run restore", () => {
  let backupFile = "";
  let backupDump = "";

  before(async () => {
    const to = path.join(dir, "for-restore");
    const startedAt = Date.now();
    backupFile = backedUp(await cli("backup", ["--dir", to]), to, startedAt, Date.now());
    backupDump = dumpFile(backupFile);
  });

  test("brings the database back to the backup's state, keeps the previous one, exit code 0", async () => {
    // More data after the backup: a new partnership, one renamed, a user removed.
    write("INSERT INTO partnerships (name, level, nation) VALUES ('After the backup', 'local', 'scotland')");
    write("UPDATE partnerships SET name = 'Renamed after the backup' WHERE name = 'Before the backup'");
    write("DELETE FROM users WHERE email = 'kept@example.org'");
    const changed = dumpFile(live);
    assert.notEqual(changed, backupDump);
    assert.deepEqual(names(live), ["After the backup", "Renamed after the backup"]);
    const backupSha = sha256Of(backupFile);

    const run = await cli("restore", [backupFile]);
    assert.equal(run.code, 0, `restore exit code (stderr: ${run.stderr})`);
    assert.equal(run.stderr, "");
    const lines = run.stdout.trimEnd().split("\n");
    assert.equal(lines[0], `Restored ${backupFile} into ${live}; integrity ok.`);
    const kept = /^The database as it was before is kept at (.+)\.$/.exec(lines[1] ?? "");
    assert.ok(kept, `the safety copy is named: ${JSON.stringify(run.stdout)}`);
    assert.match(path.basename(kept[1]!), /^toolkit\.db\.before-restore-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    assert.equal(lines.at(-1), "Start the app again (or restart it, if --force restored under it).");
    assert.ok(!run.stdout.includes("migration(s) will be applied"), "a backup from this version needs no migrations");

    assert.equal(dumpFile(live), backupDump);
    assert.deepEqual(names(live), ["Before the backup"]);
    assert.equal(integrityOf(live), "ok");
    assert.equal(dumpFile(kept[1]!), changed);
    assert.equal(sha256Of(backupFile), backupSha); // the backup itself is untouched
  });

  test("refuses while the database is open in another process, exit code 1, nothing changed", async () => {
    // Another process, as the app would be: the database open in WAL mode, idle. (Not a connection
    // in this process: reading the file here, to hash it, would close a descriptor on it and so
    // drop this process's POSIX locks, which are what the restore probes.)
    const holder = spawn(process.execPath, ["-e", HOLDER], {
      cwd: ROOT,
      env: { ...process.env, HOLDER_DB: live },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise((r) => holder.once("exit", r));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.once("data", () => resolve());
        holder.once("exit", () => reject(new Error("the holder process stopped")));
      });
      const state = liveState();
      const run = await cli("restore", [backupFile]);
      assert.equal(run.code, 1, `exit code (stdout: ${run.stdout}, stderr: ${run.stderr})`);
      assert.match(
        run.stderr,
        /^Restore refused: The database .*toolkit\.db is in use: stop the app .*--force restores anyway\./,
      );
      assert.equal(run.stdout, "");
      assert.deepEqual(liveState(), state);
    } finally {
      holder.kill("SIGTERM");
      await exited;
    }
    assert.equal(dumpFile(live), backupDump);
  });

  describe("a file that is not an intact toolkit database: non-zero exit, a clear message, the live database unchanged", () => {
    const bad = (name: string) => path.join(dir, "bad", name);
    const cases: [string, () => string, RegExp][] = [
      [
        "a corrupt database (pages overwritten)",
        () => {
          return damagedCopy(backupFile, bad("damaged.db"));
        },
        /^Restore refused: The file .*damaged\.db failed its integrity check \(.+\): it is damaged\./,
      ],
      [
        "a file that is not a database",
        () => {
          writeFileSync(bad("notes.db"), "not a database\n".repeat(100));
          return bad("notes.db");
        },
        /^Restore refused: The file .*notes\.db is not an SQLite database\./,
      ],
      [
        "another application's SQLite database",
        () => {
          const other = new Database(bad("other.db"));
          other.exec(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')",
          );
          other.close();
          return bad("other.db");
        },
        /^Restore refused: The file .*other\.db is an SQLite database but not the toolkit's/,
      ],
      ["a missing file", () => bad("missing.db"), /^Restore refused: There is no file .*missing\.db\./],
    ];

    before(() => {
      rmSync(path.join(dir, "bad"), { recursive: true, force: true });
      mkdirSync(path.join(dir, "bad"));
    });

    test("each is refused (and no file at all gets the usage)", async () => {
      const files = cases.map(([, make]) => make());
      const state = liveState();
      const fileShas = files.map((f) => (existsSync(f) ? sha256Of(f) : null));
      // Two processes at a time (one per core): each restore checks the file before it touches anything.
      const [usage, ...runs] = await inPairs([
        () => cli("restore", []),
        ...files.map((f) => () => cli("restore", [f])),
      ]);
      // Without a file: the usage, exit code 2.
      assert.equal(usage!.code, 2);
      assert.match(usage!.stderr, /^Usage: npm run restore -- <backup file> \[--force\]/);
      runs.forEach((run, i) => {
        const [label, , message] = cases[i]!;
        assert.equal(run.code, 1, `${label}: exit code`);
        assert.equal(run.stdout, "", `${label}: nothing reported as done`);
        assert.match(run.stderr, message, `${label}: message`);
        assert.ok(!/\n\s+at /.test(run.stderr), `${label}: no stack trace`);
      });
      assert.deepEqual(liveState(), state);
      assert.deepEqual(
        files.map((f) => (existsSync(f) ? sha256Of(f) : null)),
        fileShas,
      );
      assert.equal(dumpFile(live), backupDump);
    });
  });
});
