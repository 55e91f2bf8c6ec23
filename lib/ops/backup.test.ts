// Backup and restore against real files: a backup taken while another process keeps writing is a
// consistent snapshot; restoring it brings back exactly that data; a damaged or foreign file, or a
// database still in use, is refused and nothing changes.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startUp } from "../../db/startup";
import { FORCE_AREAS } from "../domain/force-areas";
import { damagedCopy, dumpFile, integrityOf, listing, queryFile, sha256Of } from "./test-files";
import { BackupError, backupDatabase, backupFileName, databaseInUse, restoreDatabase } from "./backup";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-backup-"));
const live = path.join(dir, "live", "toolkit.db");
const backups = path.join(dir, "backups");
const AREA = FORCE_AREAS[0]!.id;

/** Another process writing as the app would: each transaction adds partnership "Writer n" and its force area. */
const WRITER = `
const Database = require("better-sqlite3");
const db = new Database(process.env.WRITER_DB, { timeout: 5000 });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
const ins = db.prepare("INSERT INTO partnerships (name, level, nation) VALUES (?, 'local', 'england')");
const link = db.prepare("INSERT INTO partnership_force_areas (partnership_id, force_area_id) VALUES (?, ?)");
const one = db.transaction((n) => link.run(ins.run("Writer " + n).lastInsertRowid, process.env.WRITER_AREA));
let n = 0;
let stop = false;
process.on("SIGTERM", () => (stop = true));
(function loop() {
  if (stop) {
    db.close();
    process.exit(0);
  }
  one(++n);
  setImmediate(loop);
})();
`;

let writer: ChildProcess | null = null;
function startWriter() {
  writer = spawn(process.execPath, ["-e", WRITER], {
    cwd: process.cwd(),
    env: { ...process.env, WRITER_DB: live, WRITER_AREA: AREA },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
async function stopWriter() {
  if (!writer || writer.exitCode !== null) return;
  const exited = new Promise((r) => writer!.once("exit", r));
  writer.kill("SIGTERM");
  await exited;
}

const query = <T>(file: string, sql: string) => queryFile<T>(file, sql, { readonly: true });
const writerRows = (file: string) =>
  query<{ n: number }>(file, "SELECT count(*) AS n FROM partnerships WHERE name LIKE 'Writer %'")[0]!.n;
async function waitForWriterRows(atLeast: number) {
  const deadline = Date.now() + 30_000;
  while (writerRows(live) < atLeast) {
    if (Date.now() > deadline) throw new Error("the writer did not write");
    if (writer?.exitCode !== null) throw new Error("the writer stopped");
    await new Promise((r) => setTimeout(r, 20));
  }
}
const dump = (file: string) => dumpFile(file, { readonly: true });
const integrity = (file: string) => integrityOf(file, { readonly: true });

before(async () => {
  const { db } = await startUp({ demo: false, file: live });
  const sqlite = db.$client;
  // Enough pages (~1 MB) that a backup copied in small steps would be restarted by the writer.
  sqlite.transaction(() => {
    const ins = sqlite.prepare("INSERT INTO partnerships (name, level, nation) VALUES (?, 'regional', 'wales')");
    for (let i = 1; i <= 800; i++) ins.run(`Filler ${i} ${"x".repeat(1000)}`);
    sqlite.prepare("INSERT INTO users (email, name, password_hash) VALUES ('kept@example.org', 'Kept', 'x')").run();
  })();
  sqlite.close();
});
after(async () => {
  await stopWriter();
  rmSync(dir, { recursive: true, force: true });
});

describe("backup file names", () => {
  test("are dated in UTC, to the second, and safe in file names", () => {
    assert.equal(backupFileName(new Date("2026-11-22T21:30:00.123Z")), "toolkit-2026-11-22T21-30-00Z.db");
  });
});

describe("backup while writing, then restore", () => {
  let backupFile = "";
  let rowsBefore = 0;
  let rowsAfter = 0;

  test("a backup taken while another process writes is an intact snapshot of committed transactions", async () => {
    startWriter();
    await waitForWriterRows(20);
    rowsBefore = writerRows(live);
    const result = await backupDatabase({ source: live, dir: backups });
    rowsAfter = writerRows(live);
    await waitForWriterRows(rowsAfter + 20); // the writer went on writing after the backup
    backupFile = result.file;
    assert.match(path.basename(backupFile), /^toolkit-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.db$/);
    assert.equal(result.bytes, statSync(backupFile).size);
    assert.equal(integrity(backupFile), "ok");
    // One self-contained file: not in WAL mode, nothing beside it, no partial file left.
    assert.equal(query<{ journal_mode: string }>(backupFile, "PRAGMA journal_mode")[0]!.journal_mode, "delete");
    assert.deepEqual(listing(backups), [path.basename(backupFile)]);
    // A snapshot: writer rows 1..k, each with its force area, k between the counts either side.
    const names = query<{ name: string }>(backupFile, "SELECT name FROM partnerships WHERE name LIKE 'Writer %'").map(
      (r) => Number(r.name.slice(7)),
    );
    const k = names.length;
    assert.ok(k >= rowsBefore && k <= rowsAfter, `backup has ${k} writer rows, expected ${rowsBefore}..${rowsAfter}`);
    assert.deepEqual(
      names.sort((a, b) => a - b),
      Array.from({ length: k }, (_, i) => i + 1),
    );
    assert.equal(
      query<{ n: number }>(
        backupFile,
        `SELECT count(*) AS n FROM partnership_force_areas WHERE force_area_id = '${AREA}'`,
      )[0]!.n,
      k,
    );
    assert.equal(
      query<{ n: number }>(backupFile, "SELECT count(*) AS n FROM partnerships WHERE name LIKE 'Filler %'")[0]!.n,
      800,
    );
  });

  test("a second backup in the same second gets a name of its own", async () => {
    const now = new Date();
    const first = await backupDatabase({ source: live, dir: path.join(dir, "same-second"), now });
    const second = await backupDatabase({ source: live, dir: path.join(dir, "same-second"), now });
    assert.notEqual(first.file, second.file);
    assert.equal(integrity(second.file), "ok");
  });

  test("restore refuses while the database is in use, and changes nothing", async () => {
    assert.equal(databaseInUse(live), true); // the writer has it open
    const files = listing(path.dirname(live));
    await assert.rejects(
      restoreDatabase({ backup: backupFile, target: live }),
      (e: Error) => e instanceof BackupError && /is in use: stop the app/.test(e.message),
    );
    assert.deepEqual(listing(path.dirname(live)), files); // no safety copy: nothing was done
    await stopWriter();
    assert.equal(databaseInUse(live), false);
  });

  test("restore brings back exactly the data at the backup, keeps a safety copy, and the file is intact", async () => {
    const db = new Database(live);
    db.prepare("DELETE FROM partnerships WHERE name LIKE 'Writer %' AND id % 2 = 0").run();
    db.prepare("UPDATE partnerships SET name = 'Renamed ' || id WHERE name LIKE 'Filler 1%'").run();
    db.prepare("DELETE FROM users WHERE email = 'kept@example.org'").run();
    db.close();
    const changed = dump(live);
    assert.notEqual(changed, dump(backupFile));
    const backupSha = sha256Of(backupFile);

    const result = await restoreDatabase({ backup: backupFile, target: live });
    assert.equal(dump(live), dump(backupFile));
    assert.equal(integrity(live), "ok");
    assert.equal(sha256Of(backupFile), backupSha); // the backup itself is untouched
    assert.ok(result.safetyCopy && existsSync(result.safetyCopy));
    assert.equal(dump(result.safetyCopy), changed);
    assert.equal(result.pendingMigrations, 0);
    // The app can open it as usual: WAL again, migrations as they were.
    const { db: reopened, migrations } = await startUp({ demo: false, file: live });
    assert.equal(reopened.$client.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(migrations, result.migrations);
    reopened.$client.close();
  });

  test("restore into a place with no database yet creates it, with no safety copy", async () => {
    const fresh = path.join(dir, "fresh", "toolkit.db");
    const result = await restoreDatabase({ backup: backupFile, target: fresh });
    assert.equal(result.safetyCopy, null);
    assert.equal(dump(fresh), dump(backupFile));
  });

  describe("a file that is not an intact toolkit database is refused, and nothing changes", () => {
    const bad = (name: string) => path.join(dir, "bad", name);
    const cases: [string, () => string, RegExp][] = [
      ["a missing file", () => bad("missing.db"), /There is no file/],
      [
        "a text file",
        () => {
          writeFileSync(bad("notes.db"), "not a database\n".repeat(100));
          return bad("notes.db");
        },
        /is not an SQLite database/,
      ],
      [
        "a damaged database",
        () => {
          return damagedCopy(backupFile, bad("damaged.db"));
        },
        /failed its integrity check/,
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
        /not the toolkit's: it has no migrations table/,
      ],
      [
        "a database from a newer version",
        () => {
          copyFileSync(backupFile, bad("newer.db"));
          const newer = new Database(bad("newer.db"));
          newer.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', 4102444800000)").run();
          newer.close();
          return bad("newer.db");
        },
        /newer or different version/,
      ],
      [
        "a live database with its write-ahead log",
        () => {
          copyFileSync(backupFile, bad("live-copy.db"));
          writeFileSync(bad("live-copy.db-wal"), "pending commits");
          return bad("live-copy.db");
        },
        /has a write-ahead log beside it/,
      ],
    ];
    before(() => {
      rmSync(path.join(dir, "bad"), { recursive: true, force: true });
      mkdirSync(path.join(dir, "bad"));
    });
    for (const [label, make, message] of cases) {
      test(label, async () => {
        const file = make();
        const liveSha = sha256Of(live);
        const liveFiles = listing(path.dirname(live));
        const fileSha = existsSync(file) ? sha256Of(file) : null;
        const badFiles = listing(path.dirname(file));
        await assert.rejects(
          restoreDatabase({ backup: file, target: live }),
          (e: Error) => e instanceof BackupError && message.test(e.message),
        );
        assert.equal(sha256Of(live), liveSha);
        assert.deepEqual(listing(path.dirname(live)), liveFiles);
        assert.equal(existsSync(file) ? sha256Of(file) : null, fileSha);
        assert.deepEqual(listing(path.dirname(file)), badFiles);
      });
    }
  });

  test("a backup of a missing database says where it looked", async () => {
    await assert.rejects(
      backupDatabase({ source: path.join(dir, "nowhere.db"), dir: backups }),
      /There is no database at .*nowhere\.db/,
    );
  });
});
