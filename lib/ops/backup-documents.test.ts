// Backup and restore carry the evidence documents (issue 21): one backup file restores the
// database and its documents together, byte for byte; a document missing or changed on disk stops
// the backup (nothing kept); a damaged document in a backup stops the restore (nothing changed).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startUp } from "../../db/startup";
import { storeDocument } from "../evidence/storage";
import { BackupError, backupDatabase, restoreDatabase } from "./backup";
import { queryFile } from "./test-files";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-backup-documents-"));
const live = path.join(dir, "live", "toolkit.db");
const liveDocuments = path.join(dir, "live", "documents");
const PDF = Buffer.from("%PDF-1.7\n% the terms of reference\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
let stored: { storedName: string; sha256: string }[] = [];

before(async () => {
  const { db } = await startUp({ demo: false, file: live });
  const c = db.$client;
  const p = c.prepare("INSERT INTO partnerships (name, level, nation) VALUES ('Docs', 'local', 'england')").run();
  const cycle = c
    .prepare(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2030/31', '2030-04-01', '2031-03-31', 'open')",
    )
    .run();
  const a = c
    .prepare("INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, '2026.2')")
    .run(p.lastInsertRowid, cycle.lastInsertRowid);
  const r = c.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(a.lastInsertRowid);
  stored = [PDF, PNG].map((bytes) => storeDocument(bytes, liveDocuments));
  stored.forEach((s, i) =>
    c
      .prepare(
        "INSERT INTO evidence_documents (assessment_id, response_id, question_id, file_name, stored_name, content_type, size_bytes, sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, 'application/pdf', 1, ?, '2030-05-01T00:00:00.000Z')",
      )
      .run(a.lastInsertRowid, r.lastInsertRowid, `gov.q${i}`, `doc${i}`, s.storedName, s.sha256),
  );
  c.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("one backup file restores the database and its documents together", async () => {
  const backup = await backupDatabase({ dir: path.join(dir, "backups"), source: live });
  assert.equal(backup.documents, 2);
  assert.deepEqual(readdirSync(path.join(dir, "backups")), [path.basename(backup.file)], "one file");

  // A new machine: an empty place, no documents folder.
  const target = path.join(dir, "restored", "toolkit.db");
  const restored = await restoreDatabase({ backup: backup.file, target });
  assert.equal(restored.documents, 2);
  for (const [i, s] of stored.entries())
    assert.deepEqual(readFileSync(path.join(dir, "restored", "documents", s.storedName)), [PDF, PNG][i]);
  assert.deepEqual(
    queryFile<{ n: number }>(target, "SELECT count(*) n FROM evidence_documents", { readonly: true })[0]!.n,
    2,
  );
  // The documents' carrier table is the backup's alone: the restored database has none.
  assert.equal(
    queryFile(target, "SELECT name FROM sqlite_master WHERE name = 'backup_documents'", { readonly: true }).length,
    0,
  );
});

test("a document missing or changed on disk stops the backup, and no backup file is left", async () => {
  const to = path.join(dir, "backups-refused");
  const file = path.join(liveDocuments, stored[1]!.storedName);
  writeFileSync(file, Buffer.from("changed"));
  await assert.rejects(backupDatabase({ dir: to, source: live }), (e: unknown) => {
    assert.ok(e instanceof BackupError);
    assert.match(e.message, /does not match its recorded SHA-256/);
    return true;
  });
  rmSync(file);
  await assert.rejects(backupDatabase({ dir: to, source: live }), /is missing from .*documents/);
  assert.deepEqual(readdirSync(to), []);
  writeFileSync(file, PNG);
});

test("a backup holding a damaged document is refused, and nothing is restored", async () => {
  const backup = await backupDatabase({ dir: path.join(dir, "backups-damaged"), source: live });
  const db = new Database(backup.file);
  db.prepare("UPDATE backup_documents SET content = x'00' WHERE rowid = 1").run();
  db.close();
  const target = path.join(dir, "not-restored", "toolkit.db");
  await assert.rejects(restoreDatabase({ backup: backup.file, target }), /holds a damaged evidence document/);
  assert.equal(existsSync(target), false);
  assert.equal(existsSync(path.join(dir, "not-restored", "documents")), false);
});
