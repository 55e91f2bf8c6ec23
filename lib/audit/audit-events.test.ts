// The audit log's gaps (issue 16, item 8), against a real (temporary) database: repeated refusals
// collapse into one entry with a count per actor, action, target and minute, the database still
// refuses every other change, and the events that went unrecorded are recorded.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-audit-events-"));
process.env.DATABASE_PATH = path.join(dir, "audit-events.db");

type Row = {
  id: number;
  action: string;
  outcome: string;
  actor_user_id: number | null;
  actor_email: string | null;
  target_type: string | null;
  target_id: string | null;
  detail: string | null;
  repeat_count: number;
  last_at: string | null;
};

let write: typeof import("@/lib/audit/write");
let sqlite: import("better-sqlite3").Database;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint; changes: number };
let rows: (where?: string, ...p: unknown[]) => Row[];
let partnershipId = 0;
let coordinator: Actor;

const id = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  write = await import("@/lib/audit/write");
  sqlite = db.$client;
  run = (q, ...p) => sqlite.prepare(q).run(...p);
  rows = (where = "1", ...p) => sqlite.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...p) as Row[];
  partnershipId = id(run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')"));
  const userId = id(run("INSERT INTO users (email, name, password_hash) VALUES ('coord@x.org', 'C', 'x')"));
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", userId, partnershipId);
  coordinator = {
    userId,
    email: "coord@x.org",
    name: "C",
    globalRole: null,
    memberships: [{ partnershipId, role: "coordinator" }],
    reviewAssignments: [],
    sessionId: "t",
  };
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("repeated refusals collapse", () => {
  const refusal = { actorUserId: 99, actorEmail: "probe@x.org", action: "access.test", outcome: "denied" as const };

  test("the same refusal repeated within a minute is one entry with a count; a new minute starts a new one", () => {
    for (let i = 0; i < 500; i++)
      write.writeAudit(
        sqlite,
        { ...refusal, targetType: "partnership", targetId: 7 },
        new Date(Date.UTC(2026, 0, 1, 9, 30, i % 60)),
      );
    write.writeAudit(
      sqlite,
      { ...refusal, targetType: "partnership", targetId: 7 },
      new Date(Date.UTC(2026, 0, 1, 9, 31, 0)),
    );
    const logged = rows("action = 'access.test'");
    assert.equal(logged.length, 2);
    assert.equal(logged[0]!.repeat_count, 500);
    assert.equal(logged[0]!.last_at, "2026-01-01T09:30:19.000Z"); // the last of them (499 % 60)
    assert.equal(logged[1]!.repeat_count, 1);
  });

  test("a different actor, target, address or outcome is a different entry; successes never collapse", () => {
    const at = new Date(Date.UTC(2026, 0, 2, 10, 0, 0));
    const base = { ...refusal, action: "access.other", targetType: "partnership", targetId: 1 };
    for (const e of [
      base,
      base,
      { ...base, targetId: 2 },
      { ...base, actorUserId: 100 },
      { ...base, ip: "203.0.113.9" },
      { ...base, outcome: "failure" as const },
      { ...base, outcome: "success" as const },
      { ...base, outcome: "success" as const },
    ])
      write.writeAudit(sqlite, e, at);
    const logged = rows("action = 'access.other'");
    assert.equal(logged.length, 7);
    assert.equal(logged[0]!.repeat_count, 2);
    assert.ok(logged.slice(1).every((r) => r.repeat_count === 1));
  });

  test("sign-in attempts are each a row (the throttle bounds them, and each is evidence)", () => {
    const at = new Date(Date.UTC(2026, 0, 3, 8, 0, 0));
    for (let i = 0; i < 3; i++)
      write.writeAudit(
        sqlite,
        { actorEmail: "guess@x.org", action: "sign-in", outcome: "failure", ip: "203.0.113.1" },
        at,
      );
    assert.equal(rows("action = 'sign-in' AND actor_email = 'guess@x.org'").length, 3);
  });

  test("the database still refuses every change but a refusal's count going up, and every delete", () => {
    const [first] = rows("action = 'access.test'");
    const success = rows("outcome = 'success'")[0]!;
    const refused = [
      `UPDATE audit_log SET detail = 'x' WHERE id = ${first!.id}`,
      `UPDATE audit_log SET actor_email = 'someone@else' WHERE id = ${first!.id}`,
      `UPDATE audit_log SET repeat_count = 1, last_at = 'x' WHERE id = ${first!.id}`,
      `UPDATE audit_log SET repeat_count = repeat_count + 1, last_at = NULL WHERE id = ${first!.id}`,
      `UPDATE audit_log SET repeat_count = repeat_count + 1, last_at = 'x' WHERE id = ${success.id}`,
      `DELETE FROM audit_log WHERE id = ${first!.id}`,
    ];
    for (const q of refused) assert.throws(() => run(q), /append-only/, q);
    assert.equal(
      run(`UPDATE audit_log SET repeat_count = repeat_count + 1, last_at = 'x' WHERE id = ${first!.id}`).changes,
      1,
    );
  });
});

describe("events that went unrecorded", () => {
  test("a sign-out", async () => {
    const { authOptions } = await import("@/lib/auth/options");
    const { startSession } = await import("@/lib/auth/sessions.server");
    const sid = startSession(coordinator.userId, 1);
    await authOptions.events!.signOut!({
      token: { uid: coordinator.userId, sid, sv: 1, email: coordinator.email },
      session: undefined as never,
    });
    const [row] = rows("action = 'sign-out'");
    assert.equal(row?.actor_user_id, coordinator.userId);
    assert.equal(row?.outcome, "success");
  });

  test("an invitation or reset link that matches nothing, and accepting an invitation for another address", async () => {
    const invitations = await import("@/lib/accounts/invitations.server");
    const passwords = await import("@/lib/accounts/passwords.server");
    const bogus = randomBytes(32).toString("base64url");
    await assert.rejects(() =>
      invitations.acceptWithNewAccount({
        token: bogus,
        name: "X",
        password: "a-long-passphrase-1",
        confirmPassword: "a-long-passphrase-1",
      }),
    );
    await assert.rejects(() =>
      passwords.completePasswordReset(
        { token: bogus, password: "a-long-passphrase-1", confirmPassword: "a-long-passphrase-1" },
        "203.0.113.5",
      ),
    );
    assert.deepEqual(
      rows("action IN ('invitation.accept', 'user.password-reset')").map((r) => [
        r.action,
        r.outcome,
        JSON.parse(r.detail!).reason,
      ]),
      [
        ["invitation.accept", "failure", "unknown-token"],
        ["user.password-reset", "failure", "unknown-token"],
      ],
    );
    const token = randomBytes(32).toString("base64url");
    run(
      "INSERT INTO invitations (partnership_id, email, token_hash, created_at, expires_at) VALUES (?, 'invitee@x.org', ?, ?, ?)",
      partnershipId,
      createHash("sha256").update(token).digest("hex"),
      new Date().toISOString(),
      new Date(Date.now() + 86_400_000).toISOString(),
    );
    assert.throws(() => invitations.acceptAsSignedInUser(coordinator, token), /This invitation is for invitee@x.org/);
    const [denied] = rows("action = 'invitation.accept' AND outcome = 'denied'");
    assert.equal(denied?.actor_user_id, coordinator.userId);
    assert.equal(denied?.target_id, String(partnershipId));
  });

  test("a change of targets, and an action's update", async () => {
    const results = {
      ...(await import("@/lib/action-plan/data.server")),
      ...(await import("@/lib/action-plan/targets.server")),
    };
    const { getFramework } = await import("@/lib/framework");
    const fw = getFramework()!;
    const cycleId = id(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2026/27', '2026-04-01', '2027-03-31', 'open')",
      ),
    );
    run(
      "INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, ?)",
      partnershipId,
      cycleId,
      fw.version,
    );
    const dim = fw.dimensions[0]!.id;
    results.setTargets(coordinator, partnershipId, { [dim]: 3 }, { [dim]: null });
    results.setTargets(coordinator, partnershipId, { [dim]: 3 }, { [dim]: 3 }); // no change: not recorded again
    results.setTargets(coordinator, partnershipId, { [dim]: 4 }, { [dim]: 3 });
    const targets = rows("action = 'targets.set'");
    assert.deepEqual(
      targets.map((r) => JSON.parse(r.detail!).changes),
      [[{ dimensionId: dim, from: null, to: 3 }], [{ dimensionId: dim, from: 3, to: 4 }]],
    );
    const input: import("@/lib/action-plan/types").PlanActionInput = {
      partnershipId,
      dimensionId: dim,
      recommendationId: null,
      title: "Agree a terms of reference",
      ownerOrganisation: "",
      ownerPerson: "",
      dueOn: "",
      status: "not_started",
      progressNote: "",
    };
    const { id: actionId } = results.createPlanAction(coordinator, input);
    results.updatePlanAction(coordinator, actionId, 1, { ...input, status: "in_progress" });
    const [updated] = rows("action = 'action.update'");
    assert.equal(updated?.actor_user_id, coordinator.userId);
    assert.deepEqual(JSON.parse(updated!.detail!), { actionId, fromVersion: 1, changed: ["status"] });
  });
});
