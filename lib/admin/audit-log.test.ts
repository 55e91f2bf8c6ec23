// Reading the audit log with filters, against a real (temporary) database.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-audit-"));
process.env.DATABASE_PATH = path.join(dir, "audit.db");

let audit: typeof import("./audit-log.server");
let run: (sql: string, ...params: unknown[]) => void;
let all: (sql: string, ...params: unknown[]) => unknown[];

const admin: Actor = {
  userId: 1,
  email: "admin@example.org",
  name: "Admin",
  globalRole: "admin",
  memberships: [],
  reviewAssignments: [],
  sessionId: "t",
};
const commissioner: Actor = { ...admin, userId: 2, email: "c@example.org", globalRole: "commissioner" };

function entry(
  at: string,
  action: string,
  outcome: string,
  actorEmail: string | null,
  targetType: string | null = null,
  targetId: string | null = null,
) {
  run(
    "INSERT INTO audit_log (at, actor_email, action, outcome, target_type, target_id) VALUES (?, ?, ?, ?, ?, ?)",
    at,
    actorEmail,
    action,
    outcome,
    targetType,
    targetId,
  );
}

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  audit = await import("./audit-log.server");
  run = (sql, ...params) => void db.$client.prepare(sql).run(...params);
  all = (sql, ...params) => db.$client.prepare(sql).all(...params);
  entry("2026-03-01T23:59:59.999Z", "sign-in", "failure", "someone@example.org");
  entry("2026-03-02T00:00:00.000Z", "sign-in", "success", "Someone@Example.org");
  entry("2026-03-02T12:00:00.000Z", "sign-in-extra", "success", "other@example.org");
  entry("2026-03-02T23:59:59.999Z", "access.read:partnership", "denied", "someone@example.org", "partnership", "7");
  entry("2026-03-03T00:00:00.000Z", "export.partnership", "success", "per%cent@example.org", "partnership", "7");
  entry("2026-03-03T00:00:00.000Z", "user.role-change", "success", "admin@example.org", "user", "9");
});
after(() => rmSync(dir, { recursive: true, force: true }));

const actions = (f: import("@/lib/admin/audit-filters").AuditFilters) =>
  audit.listAuditEntries(admin, f, 1).entries.map((e) => e.action);

test("newest first; of entries at the same moment, the one written last first", () => {
  assert.deepEqual(actions({}), [
    "user.role-change",
    "export.partnership",
    "access.read:partnership",
    "sign-in-extra",
    "sign-in",
    "sign-in",
  ]);
});

test("dates are whole UTC days, both ends included", () => {
  assert.deepEqual(actions({ from: "2026-03-02", to: "2026-03-02" }), [
    "access.read:partnership",
    "sign-in-extra",
    "sign-in",
  ]);
  assert.deepEqual(actions({ to: "2026-03-01" }), ["sign-in"]);
  assert.deepEqual(actions({ from: "2026-03-03" }), ["user.role-change", "export.partnership"]);
});

test("an action matches itself and its own sub-actions, not others that share its start", () => {
  assert.deepEqual(actions({ action: "sign-in" }), ["sign-in", "sign-in"]);
  assert.deepEqual(actions({ action: "access" }), ["access.read:partnership"]);
  assert.deepEqual(actions({ action: "sign" }), []);
});

test("outcome, part of the actor's address (any case, % taken literally), target", () => {
  assert.deepEqual(actions({ action: "sign-in", outcome: "failure" }), ["sign-in"]);
  assert.deepEqual(actions({ actor: "SOMEONE@" }), ["access.read:partnership", "sign-in", "sign-in"]);
  assert.deepEqual(actions({ actor: "%" }), ["export.partnership"]);
  assert.deepEqual(actions({ actor: "_" }), []);
  assert.deepEqual(actions({ targetType: "partnership", targetId: "7" }), [
    "export.partnership",
    "access.read:partnership",
  ]);
  assert.deepEqual(actions({ targetId: "9" }), ["user.role-change"]);
});

test("pages of 50, with previous and next", () => {
  for (let i = 0; i < 55; i++)
    entry(`2026-04-01T10:00:${String(i).padStart(2, "0")}.000Z`, "e2e.page", "success", null);
  const first = audit.listAuditEntries(admin, { action: "e2e.page" }, 1);
  assert.equal(first.entries.length, 50);
  assert.deepEqual([first.hasPrevious, first.hasNext, first.firstNumber], [false, true, 1]);
  assert.equal(first.entries[0]!.at, "2026-04-01T10:00:54.000Z");
  const second = audit.listAuditEntries(admin, { action: "e2e.page" }, 2);
  assert.deepEqual(
    second.entries.map((e) => e.at.slice(17, 19)),
    ["04", "03", "02", "01", "00"],
  );
  assert.deepEqual([second.hasPrevious, second.hasNext, second.firstNumber], [true, false, 51]);
  assert.equal(audit.listAuditEntries(admin, { action: "e2e.page" }, 3).entries.length, 0);
});

test("only administrators read the log; the download is audited with its filters", () => {
  assert.throws(() => audit.listAuditEntries(commissioner, {}, 1), /Page not found/);
  assert.throws(() => audit.exportAuditEntries(commissioner, {}, null), /Page not found/);
  const rows = audit.exportAuditEntries(admin, { action: "sign-in", outcome: "success" }, "192.0.2.1");
  assert.deepEqual(
    rows.map((r) => r.actorEmail),
    ["Someone@Example.org"],
  );
  const logged = all("SELECT actor_email, action, outcome, detail, ip FROM audit_log WHERE action = 'export.audit'");
  assert.deepEqual(logged, [
    {
      actor_email: "admin@example.org",
      action: "export.audit",
      outcome: "success",
      detail: JSON.stringify({ filters: { action: "sign-in", outcome: "success" }, rows: 1 }),
      ip: "192.0.2.1",
    },
  ]);
});

test("a page names its entries' targets and detail ids as they read now (an erased person by the pseudonym)", () => {
  run("INSERT INTO partnerships (id, name, level, nation) VALUES (70, 'Audit Named Partnership', 'local', 'england')");
  run(
    "INSERT INTO users (id, email, name, password_hash, global_role) VALUES (90, 'erased-90@invalid', 'Erased user 90', '', 'reviewer')",
  );
  run(
    "INSERT INTO audit_log (at, actor_email, action, outcome, target_type, target_id, detail) VALUES ('2026-05-01T00:00:00.000Z', 'admin@example.org', 'e2e.named', 'success', 'partnership', '70', ?)",
    JSON.stringify({ userId: 90 }),
  );
  const page = audit.listAuditEntries(admin, { action: "e2e.named" }, 1);
  assert.equal(page.names.partnerships.get(70), "Audit Named Partnership");
  assert.equal(page.names.users.get(90), "Erased user 90 (erased-90@invalid)");
});
