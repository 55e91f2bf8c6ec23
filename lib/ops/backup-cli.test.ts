// `npm run backup` as an operator runs it, against a real toolkit database in a temporary
// DATABASE_PATH: exit codes, what it prints and the dated file it writes. lib/ops/backup.test.ts
// tests the library itself; `npm run restore`: backup-cli-restore.test.ts.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { backedUp, cli, dir, live, names, removeFolder, setUpLiveDatabase } from "./backup-cli-fixture";
import { dumpFile, listing, queryFile } from "./test-files";

before(setUpLiveDatabase);
after(removeFolder);

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
