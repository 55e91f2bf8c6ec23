// Issue 16, item 13: "Last year's action plan" is saved as one page. Every answered action is
// saved together; unanswered ones are listed (the section is complete only when none is left);
// a note without a status is refused with every such error at once and nothing written; an
// action changed by someone else since the page was opened is not overwritten (item 10).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-action-reviews-"));
process.env.DATABASE_PATH = path.join(dir, "action-reviews.db");

let reviews: typeof import("./follow-up.server");
let assessments: typeof import("../assessment/data.server") & typeof import("../assessment/lifecycle.server");
let get: <T>(q: string, ...p: unknown[]) => T;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let coordinator: Actor;
let assessmentId = 0;
let actionIds: number[] = [];

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  reviews = await import("./follow-up.server");
  assessments = {
    ...(await import("../assessment/data.server")),
    ...(await import("../assessment/lifecycle.server")),
  };
  const dimension = (await import("../framework")).getFramework()!.dimensions[0]!.id;
  get = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).get(...p) as T;
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  const partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
  );
  const userId = Number(
    run("INSERT INTO users (email, name, password_hash) VALUES ('c@x.org', 'Cai', 'x')").lastInsertRowid,
  );
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", userId, partnershipId);
  coordinator = {
    userId,
    email: "c@x.org",
    name: "Cai",
    globalRole: null,
    memberships: [{ partnershipId, role: "coordinator" }],
    reviewAssignments: [],
    sessionId: "test",
  };
  const last = run(
    "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'closed')",
  ).lastInsertRowid;
  run("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2025/26', '2025-04-01', '2026-03-31', 'open')");
  actionIds = ["First", "Second", "Third"].map((title) =>
    Number(
      run(
        "INSERT INTO actions (partnership_id, cycle_id, dimension_id, title) VALUES (?, ?, ?, ?)",
        partnershipId,
        last,
        dimension,
        title,
      ).lastInsertRowid,
    ),
  );
  assessmentId = assessments.startAssessment(coordinator, partnershipId).assessmentId;
});
after(() => rmSync(dir, { recursive: true, force: true }));

const ctx = () => assessments.getAssessmentContext(coordinator, assessmentId)!;
const version = (id: number) => get<{ v: number }>("SELECT row_version v FROM actions WHERE id = ?", id).v;
const reviewed = () =>
  get<{ n: number }>("SELECT count(*) n FROM action_reviews WHERE assessment_id = ?", assessmentId).n;

test("a note without a status is refused for every such action at once, and nothing on the page is written", () => {
  const [a, b, c] = actionIds as [number, number, number];
  assert.throws(
    () =>
      reviews.saveFollowUp(coordinator, ctx(), [
        { actionId: a, status: "done", whatChanged: "Agreed", baseVersion: 1 },
        { actionId: b, status: "", whatChanged: "Half done", baseVersion: 1 },
        { actionId: c, status: "", whatChanged: "Not begun", baseVersion: 1 },
      ]),
    (e: { fieldErrors?: Record<string, string[]> }) =>
      // Keyed as the form's fields are ("reviews.a42.status"), so each shows beside its action.
      e.fieldErrors?.[`reviews.a${b}.status`]?.[0] === "Select what became of ‘Second’" &&
      e.fieldErrors?.[`reviews.a${c}.status`]?.[0] === "Select what became of ‘Third’",
  );
  assert.equal(reviewed(), 0);
});

test("one save keeps every answered action; those left unanswered are listed, so the section is not complete", () => {
  const [a, b, c] = actionIds as [number, number, number];
  const r = reviews.saveFollowUp(coordinator, ctx(), [
    { actionId: a, status: "done", whatChanged: "Referral pathway agreed", baseVersion: 1 },
    { actionId: b, status: "in_progress", whatChanged: "", baseVersion: 1 },
    { actionId: c, status: "", whatChanged: "", baseVersion: 1 },
  ]);
  assert.equal(r.saved, 2);
  assert.deepEqual(r.unanswered, [c]);
  assert.deepEqual(r.versions, { [a]: 2, [b]: 2 });
  assert.equal(reviewed(), 2);
  assert.equal(reviews.planActionsToFollowUp(ctx()).filter((x) => !x.review).length, 1);
  assert.deepEqual(get("SELECT status, progress_note FROM actions WHERE id = ?", a), {
    status: "done",
    progress_note: "Referral pathway agreed",
  });
  // Saving the page again unchanged writes nothing new.
  const again = reviews.saveFollowUp(coordinator, ctx(), [
    { actionId: a, status: "done", whatChanged: "Referral pathway agreed", baseVersion: 2 },
  ]);
  assert.equal(again.saved, 0);
  assert.equal(version(a), 2);
  assert.equal(
    get<{ n: number }>("SELECT count(*) n FROM audit_log WHERE action = 'action.review'").n,
    2,
    "each saved review is audited",
  );
});

test("an action changed by someone else since the page was opened is not overwritten: both versions come back", () => {
  const [, b, c] = actionIds as [number, number, number];
  // Someone edits the third action on the action plan meanwhile.
  run(
    "UPDATE actions SET status = 'in_progress', progress_note = 'Funding agreed', row_version = row_version + 1, updated_by_user_id = ? WHERE id = ?",
    coordinator.userId,
    c,
  );
  const r = reviews.saveFollowUp(coordinator, ctx(), [
    { actionId: b, status: "done", whatChanged: "Finished", baseVersion: 2 },
    { actionId: c, status: "done", whatChanged: "Finished", baseVersion: 1 },
  ]);
  assert.equal(r.saved, 1);
  assert.deepEqual(
    r.conflicts.map((x) => ({
      actionId: x.actionId,
      status: x.current.status,
      note: x.current.progressNote,
      by: x.current.updatedByName,
    })),
    [{ actionId: c, status: "in_progress", note: "Funding agreed", by: "Cai" }],
  );
  assert.deepEqual(get("SELECT status, progress_note FROM actions WHERE id = ?", c), {
    status: "in_progress",
    progress_note: "Funding agreed",
  });
  // Keeping theirs or re-saving on the new version works.
  const kept = reviews.saveFollowUp(coordinator, ctx(), [
    { actionId: c, status: "done", whatChanged: "Finished", baseVersion: 2 },
  ]);
  assert.equal(kept.saved, 1);
  assert.deepEqual(kept.unanswered, []);
});

test("an action closed on the action plan meanwhile comes back as changed, the rest is saved; a blank note keeps the progress note", () => {
  const { partnership } = ctx();
  const last = get<{ id: number }>("SELECT id FROM cycles WHERE label = '2024/25'").id;
  const dimension = get<{ d: string }>("SELECT dimension_id d FROM actions LIMIT 1").d;
  const add = (title: string, note: string | null) =>
    Number(
      run(
        "INSERT INTO actions (partnership_id, cycle_id, dimension_id, title, progress_note) VALUES (?, ?, ?, ?, ?)",
        partnership.id,
        last,
        dimension,
        title,
        note,
      ).lastInsertRowid,
    );
  const noted = add("Fourth", "Training delivered to 3 of 5 councils");
  const closed = add("Fifth", null);
  // With the page open, someone marks the fifth done on the action plan.
  run("UPDATE actions SET status = 'done', row_version = row_version + 1 WHERE id = ?", closed);
  const r = reviews.saveFollowUp(coordinator, ctx(), [
    { actionId: noted, status: "in_progress", whatChanged: "", baseVersion: 1 },
    { actionId: closed, status: "in_progress", whatChanged: "Still going", baseVersion: 1 },
  ]);
  assert.equal(r.saved, 1);
  assert.deepEqual(
    r.conflicts.map((x) => [x.actionId, x.current.status]),
    [[closed, "done"]],
  );
  assert.ok(!r.unanswered.includes(closed));
  assert.deepEqual(get("SELECT status, progress_note FROM actions WHERE id = ?", noted), {
    status: "in_progress",
    progress_note: "Training delivered to 3 of 5 councils",
  });
  assert.deepEqual(get("SELECT status, progress_note FROM actions WHERE id = ?", closed), {
    status: "done",
    progress_note: null,
  });
  // "Keep my answer": saved on the action's new version, like any other conflict.
  const kept = reviews.saveFollowUp(coordinator, ctx(), [
    { actionId: closed, status: "in_progress", whatChanged: "Still going", baseVersion: 2 },
  ]);
  assert.equal(kept.saved, 1);
  assert.deepEqual(kept.conflicts, []);
  assert.deepEqual(get("SELECT status, progress_note FROM actions WHERE id = ?", closed), {
    status: "in_progress",
    progress_note: "Still going",
  });
});
