// Shared rows of the action plan (actions and next year's targets) edited by two people at once:
// the check and the write are one transaction, a stale save changes nothing and gets both
// values back, and every change is audited like a creation.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-results-"));
process.env.DATABASE_PATH = path.join(dir, "results.db");

let data: typeof import("./data.server") & typeof import("./targets.server");
let get: <T>(q: string, ...p: unknown[]) => T;
let all: <T>(q: string, ...p: unknown[]) => T[];
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let alice: Actor;
let bob: Actor;
let partnershipId = 0;
let dimensionIds: string[] = [];

function coordinator(userId: number, email: string): Actor {
  return {
    userId,
    email,
    name: email,
    globalRole: null,
    memberships: [{ partnershipId, role: "coordinator" }],
    reviewAssignments: [],
    sessionId: "test",
  };
}

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  data = { ...(await import("./data.server")), ...(await import("./targets.server")) };
  dimensionIds = (await import("../framework")).getFramework()!.dimensions.map((d) => d.id);
  get = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).get(...p) as T;
  all = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).all(...p) as T[];
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
  );
  const [a, b] = ["alice@x.org", "bob@x.org"].map((e, i) =>
    Number(
      run("INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')", e, ["Alice", "Bob"][i]).lastInsertRowid,
    ),
  );
  run(
    "INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator'), (?, ?, 'coordinator')",
    a,
    partnershipId,
    b,
    partnershipId,
  );
  alice = coordinator(a!, "alice@x.org");
  bob = coordinator(b!, "bob@x.org");
  const cycleId = run(
    "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')",
  ).lastInsertRowid;
  run(
    "INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, '2026.1')",
    partnershipId,
    cycleId,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

const input = (over: Partial<import("./types").PlanActionInput> = {}): import("./types").PlanActionInput => ({
  partnershipId,
  dimensionId: dimensionIds[0]!,
  recommendationId: null,
  title: "Agree a current action plan",
  ownerOrganisation: "",
  ownerPerson: "",
  dueOn: "",
  status: "not_started",
  progressNote: "",
  ...over,
});

describe("two people editing one action", () => {
  test("the second save, based on the version both opened, changes nothing and gets both values back", () => {
    const { id } = data.createPlanAction(alice, input());
    const opened = get<{ row_version: number }>("SELECT row_version FROM actions WHERE id = ?", id).row_version;

    const first = data.updatePlanAction(
      alice,
      id,
      opened,
      input({ status: "in_progress", progressNote: "Draft shared" }),
    );
    assert.deepEqual(first, { status: "saved", id, rowVersion: opened + 1 });

    const second = data.updatePlanAction(bob, id, opened, input({ ownerOrganisation: "Kent Police" }));
    assert.equal(second.status, "conflict");
    if (second.status !== "conflict") return;
    assert.equal(second.current.status, "in_progress");
    assert.equal(second.current.progressNote, "Draft shared");
    assert.equal(second.current.updatedByName, "Alice");
    assert.equal(second.current.rowVersion, opened + 1);
    const stored = get<{ status: string; owner_organisation: string | null; row_version: number }>(
      "SELECT status, owner_organisation, row_version FROM actions WHERE id = ?",
      id,
    );
    assert.deepEqual(stored, { status: "in_progress", owner_organisation: null, row_version: opened + 1 });

    // Bob keeps his change on top of Alice's: based on the version he has now seen.
    const again = data.updatePlanAction(
      bob,
      id,
      second.current.rowVersion,
      input({ status: "in_progress", progressNote: "Draft shared", ownerOrganisation: "Kent Police" }),
    );
    assert.equal(again.status, "saved");
    assert.deepEqual(get("SELECT status, progress_note, owner_organisation FROM actions WHERE id = ?", id), {
      status: "in_progress",
      progress_note: "Draft shared",
      owner_organisation: "Kent Police",
    });
  });

  test("updates are audited like creations (who, which action, which fields); a save that changes nothing is not", () => {
    const { id } = data.createPlanAction(alice, input({ title: "Audited action" }));
    data.updatePlanAction(bob, id, 1, input({ title: "Audited action", dueOn: "2027-03-31" }));
    const rows = get<{ n: number; detail: string; actor_email: string }>(
      "SELECT count(*) n, max(detail) detail, max(actor_email) actor_email FROM audit_log WHERE action = 'action.update' AND json_extract(detail, '$.actionId') = ?",
      id,
    );
    assert.equal(rows.n, 1);
    assert.equal(rows.actor_email, "bob@x.org");
    assert.deepEqual(JSON.parse(rows.detail).changed, ["dueOn"]);
    const unchanged = data.updatePlanAction(bob, id, 2, input({ title: "Audited action", dueOn: "2027-03-31" }));
    assert.deepEqual(unchanged, { status: "saved", id, rowVersion: 2 });
    assert.equal(
      get<{ n: number }>(
        "SELECT count(*) n FROM audit_log WHERE action = 'action.update' AND json_extract(detail, '$.actionId') = ?",
        id,
      ).n,
      1,
    );
  });

  test("another partnership's action is not found, and nothing changes", () => {
    const { id } = data.createPlanAction(alice, input({ title: "Ours" }));
    const other = Number(
      run("INSERT INTO partnerships (name, level, nation) VALUES ('Q', 'local', 'england')").lastInsertRowid,
    );
    const outsider = { ...alice, memberships: [{ partnershipId: other, role: "coordinator" as const }] };
    assert.throws(() => data.updatePlanAction(outsider, id, 1, input({ partnershipId: other })), /Page not found/);
    assert.equal(get<{ title: string }>("SELECT title FROM actions WHERE id = ?", id).title, "Ours");
  });
});

describe("two people setting next year's targets", () => {
  const [d0, d1] = [() => dimensionIds[0]!, () => dimensionIds[1]!];
  const stored = () =>
    Object.fromEntries(
      all<{ dimension_id: string; target_stage: number }>(
        "SELECT dimension_id, target_stage FROM dimension_targets WHERE partnership_id = ? ORDER BY dimension_id",
        partnershipId,
      ).map((r) => [r.dimension_id, r.target_stage]),
    );

  test("only the targets changed on the page are written; one changed meanwhile is a conflict with both values", () => {
    const none = { [d0()]: null, [d1()]: null };
    assert.deepEqual(data.setTargets(alice, partnershipId, { [d0()]: 3, [d1()]: null }, none), {
      status: "saved",
      changed: 1,
    });
    // Bob opened the page before Alice saved: he changes the other dimension only. Alice's stays.
    assert.equal(data.setTargets(bob, partnershipId, { [d0()]: null, [d1()]: 2 }, none).status, "saved");
    assert.deepEqual(stored(), { [d0()]: 3, [d1()]: 2 });

    // Bob, still on the old page, now changes the dimension Alice set: refused, both values back.
    const r = data.setTargets(bob, partnershipId, { [d0()]: 4, [d1()]: 2 }, { [d0()]: null, [d1()]: 2 });
    assert.equal(r.status, "conflict");
    assert.deepEqual(r.status === "conflict" && r.conflicts.map(({ setAt: _s, ...c }) => c), [
      { dimensionId: d0(), theirs: 3, yours: 4, setByName: "Alice" },
    ]);
    assert.deepEqual(stored(), { [d0()]: 3, [d1()]: 2 });

    // Based on what he has now seen, his change goes in; and a target can be removed.
    assert.equal(
      data.setTargets(bob, partnershipId, { [d0()]: 4, [d1()]: null }, { [d0()]: 3, [d1()]: 2 }).status,
      "saved",
    );
    assert.deepEqual(stored(), { [d0()]: 4 });
  });

  test("target changes are audited with what changed", () => {
    const last = get<{ actor_email: string; detail: string }>(
      "SELECT actor_email, detail FROM audit_log WHERE action = 'targets.set' ORDER BY id DESC LIMIT 1",
    );
    assert.equal(last.actor_email, "bob@x.org");
    assert.deepEqual(JSON.parse(last.detail).changes, [
      { dimensionId: d0(), from: 3, to: 4 },
      { dimensionId: d1(), from: 2, to: null },
    ]);
  });
});

describe("a due date in the past", () => {
  test("is refused without the confirmation, writing nothing; with it, saved; an unchanged one asks nothing", () => {
    const { id } = data.createPlanAction(alice, input({ title: "Dated action", dueOn: "2027-03-31" }));
    const check = { confirmed: false, today: "2026-12-03" };
    const row = () =>
      get<{ due_on: string; row_version: number }>("SELECT due_on, row_version FROM actions WHERE id = ?", id);
    assert.throws(
      () => data.updatePlanAction(bob, id, 1, input({ title: "Dated action", dueOn: "2026-11-01" }), check),
      (e: Error & { fieldErrors?: Record<string, string[]> }) =>
        /due date is in the past/.test(e.message) && !!e.fieldErrors?.confirmAnyway,
    );
    assert.deepEqual(row(), { due_on: "2027-03-31", row_version: 1 });
    const saved = data.updatePlanAction(bob, id, 1, input({ title: "Dated action", dueOn: "2026-11-01" }), {
      ...check,
      confirmed: true,
    });
    assert.equal(saved.status, "saved");
    assert.deepEqual(row(), { due_on: "2026-11-01", row_version: 2 });
    // Now overdue, its progress can be updated without being asked again.
    const progress = data.updatePlanAction(
      bob,
      id,
      2,
      input({ title: "Dated action", dueOn: "2026-11-01", status: "in_progress" }),
      check,
    );
    assert.equal(progress.status, "saved");
  });
});
