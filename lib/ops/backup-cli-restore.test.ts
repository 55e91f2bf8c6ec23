// `npm run restore -- <file>` as an operator runs it, against a real toolkit database in a temporary
// DATABASE_PATH: exit codes, what it prints, and that a refused restore leaves the live database
// exactly as it was. lib/ops/backup.test.ts tests the library itself.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import {
  HOLDER,
  ROOT,
  backedUp,
  cli,
  dir,
  inPairs,
  live,
  liveState,
  names,
  removeFolder,
  setUpLiveDatabase,
  write,
} from "./backup-cli-fixture";
import { damagedCopy, dumpFile, integrityOf, sha256Of } from "./test-files";

before(setUpLiveDatabase);
after(removeFolder);

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
    assert.equal(lines[0], `Restored ${backupFile} into ${live}, with 0 evidence documents; integrity ok.`);
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
