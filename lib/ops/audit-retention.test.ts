// Audit retention (lib/ops/audit-retention.mjs) on a real, migrated database: entries older than
// the retention are removed and the removal is itself audited; newer ones stay; and the audit log
// still refuses every other delete and every update.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startUp } from "../../db/startup";
import { removeExpiredAuditEntries, retentionCutoff } from "./audit-retention.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-audit-retention-"));
const file = path.join(dir, "toolkit.db");
const NOW = new Date("2026-12-03T04:00:00.000Z");

before(async () => {
  const { db } = await startUp({ demo: false, file });
  const insert = db.$client.prepare(
    "INSERT INTO audit_log (at, actor_email, action, outcome) VALUES (?, 'someone@example.org', ?, 'success')",
  );
  for (const [at, action] of [
    ["2019-05-01T10:00:00.000Z", "seven-years-old"],
    ["2020-12-03T03:59:59.999Z", "just-over-six-years"],
    ["2020-12-03T04:00:00.000Z", "exactly-six-years"],
    ["2023-01-01T00:00:00.000Z", "four-years-old"],
    ["2026-12-03T03:00:00.000Z", "today"],
  ])
    insert.run(at, action);
  db.$client.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

const actions = () => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT action FROM audit_log ORDER BY id").all() as { action: string }[]).map((r) => r.action);
  } finally {
    db.close();
  }
};

test("the cutoff is the same instant, the given number of calendar years before", () => {
  assert.equal(retentionCutoff(NOW, 6).toISOString(), "2020-12-03T04:00:00.000Z");
  assert.equal(retentionCutoff(new Date("2028-02-29T12:00:00Z"), 1).toISOString(), "2027-03-01T12:00:00.000Z");
});

test("the audit log refuses deletes and updates outside the retention job, old entries included", () => {
  const db = new Database(file);
  try {
    assert.throws(() => db.prepare("DELETE FROM audit_log WHERE action = 'seven-years-old'").run(), /append-only/);
    assert.throws(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE action = 'today'").run(), /append-only/);
    // A permit lets through only entries older than its cutoff.
    db.prepare("INSERT INTO audit_purge_permits (cutoff) VALUES ('2020-01-01T00:00:00.000Z')").run();
    assert.throws(() => db.prepare("DELETE FROM audit_log WHERE action = 'today'").run(), /append-only/);
    db.prepare("DELETE FROM audit_purge_permits").run();
  } finally {
    db.close();
  }
  assert.equal(actions().length, 5);
});

test("entries older than the retention go, the rest stay, and the removal is audited; a second run removes none", () => {
  const first = removeExpiredAuditEntries(file, { years: 6, now: NOW });
  assert.deepEqual(first, { removed: 2, cutoff: "2020-12-03T04:00:00.000Z" });
  assert.deepEqual(actions(), ["exactly-six-years", "four-years-old", "today", "audit.retention"]);
  const db = new Database(file, { readonly: true });
  try {
    const entry = db.prepare("SELECT * FROM audit_log WHERE action = 'audit.retention'").get() as Record<
      string,
      unknown
    >;
    assert.equal(entry.at, NOW.toISOString());
    assert.equal(entry.actor_email, "(retention job)");
    assert.deepEqual(JSON.parse(String(entry.detail)), { removed: 2, olderThan: "2020-12-03T04:00:00.000Z", years: 6 });
    // The permit went with the transaction: nothing else can delete now.
    assert.equal((db.prepare("SELECT count(*) n FROM audit_purge_permits").get() as { n: number }).n, 0);
  } finally {
    db.close();
  }
  assert.deepEqual(
    removeExpiredAuditEntries(file, { years: 6, now: NOW }),
    first && { removed: 0, cutoff: first.cutoff },
  );
  assert.equal(actions().length, 4);
  // A shorter retention, later: the four-year-old entry goes too.
  assert.equal(removeExpiredAuditEntries(file, { years: 3, now: NOW }).removed, 2);
  assert.deepEqual(actions(), ["today", "audit.retention", "audit.retention"]);
});
