// Issue 16, item 11: reading never writes, and "create if missing" is idempotent. A member's
// response is created by their first save, not by opening a page; and the check-then-insert
// paths (starting an assessment, creating a cycle, a first save) survive another process
// inserting the same row in between: the race is staged with a trigger that inserts the twin
// row just before ours, exactly as a second server process would.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-first-save-"));
process.env.DATABASE_PATH = path.join(dir, "first-save.db");

let assessments: typeof import("./data.server") &
  typeof import("./answers.server") &
  typeof import("./lifecycle.server") &
  typeof import("./members.server");
let national: typeof import("../national/cycles.server");
let get: <T>(q: string, ...p: unknown[]) => T;
let exec: (q: string) => void;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let fw: import("../framework/types").Framework;
let coordinator: Actor;
let member: Actor;
let commissioner: Actor;
let partnershipId = 0;

function actor(
  userId: number,
  email: string,
  memberships: Actor["memberships"],
  globalRole: Actor["globalRole"] = null,
) {
  return { userId, email, name: email, globalRole, memberships, reviewAssignments: [], sessionId: "test" } as Actor;
}

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  assessments = {
    ...(await import("./data.server")),
    ...(await import("./answers.server")),
    ...(await import("./lifecycle.server")),
    ...(await import("./members.server")),
  };
  national = await import("../national/cycles.server");
  fw = (await import("../framework")).getFramework()!;
  get = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).get(...p) as T;
  exec = (q) => db.$client.exec(q);
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
  );
  const ids = ["c@x.org", "m@x.org", "n@x.org"].map((e) =>
    Number(run("INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')", e, e).lastInsertRowid),
  );
  run(
    "INSERT INTO memberships (user_id, partnership_id, role, organisation) VALUES (?, ?, 'coordinator', 'Police'), (?, ?, 'member', 'Council')",
    ids[0],
    partnershipId,
    ids[1],
    partnershipId,
  );
  coordinator = actor(ids[0]!, "c@x.org", [{ partnershipId, role: "coordinator" }]);
  member = actor(ids[1]!, "m@x.org", [{ partnershipId, role: "member" }]);
  commissioner = actor(ids[2]!, "n@x.org", [], "commissioner");
  run("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')");
});
after(() => rmSync(dir, { recursive: true, force: true }));

const count = (table: string) => get<{ n: number }>(`SELECT count(*) n FROM ${table}`).n;

describe("starting an assessment", () => {
  test("when another process starts it between our check and our insert, both get the one assessment", () => {
    // The twin is inserted just before ours, after our "does it exist?" check has said no.
    exec(`CREATE TEMP TRIGGER twin_assessment BEFORE INSERT ON assessments
          WHEN NOT EXISTS (SELECT 1 FROM assessments WHERE partnership_id = NEW.partnership_id AND cycle_id = NEW.cycle_id)
          BEGIN
            INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (NEW.partnership_id, NEW.cycle_id, NEW.framework_version);
            INSERT INTO responses (assessment_id, kind) VALUES (last_insert_rowid(), 'consolidated');
          END`);
    try {
      const { assessmentId } = assessments.startAssessment(coordinator, partnershipId);
      const twin = get<{ id: number }>("SELECT id FROM assessments WHERE partnership_id = ?", partnershipId).id;
      assert.equal(assessmentId, twin);
      assert.equal(count("assessments"), 1);
      assert.equal(count("responses"), 1);
    } finally {
      exec("DROP TRIGGER twin_assessment");
    }
  });
});

describe("a member's response", () => {
  test("reading the assessment as a member writes nothing; the first save creates their response", () => {
    const { assessmentId } = assessments.startAssessment(coordinator, partnershipId);
    const before = count("responses");
    const ctx = assessments.getAssessmentContext(member, assessmentId)!;
    assert.equal(ctx.role, "member");
    assert.equal(ctx.canEdit, true, "they may answer, before any row exists");
    assert.equal(ctx.responseId, null);
    assessments.getAssessmentContext(member, assessmentId);
    assert.equal(count("responses"), before, "opening pages created no response");

    // A refused first save (an invalid answer) creates nothing either.
    const q = fw.dimensions[0]!.questions[0]!;
    assert.throws(
      () =>
        assessments.saveAnswer(member, {
          assessmentId,
          questionId: q.id,
          value: { kind: "choice", option: "no-such-option" },
          baseVersion: 0,
        }),
      /There is a problem/,
    );
    assert.equal(count("responses"), before);

    const saved = assessments.saveAnswer(member, {
      assessmentId,
      questionId: q.id,
      value: { kind: "dont_know" },
      baseVersion: 0,
    });
    assert.equal(saved.status, "saved");
    const row = get<{ n: number; organisation: string }>(
      "SELECT count(*) n, max(organisation) organisation FROM responses WHERE respondent_user_id = ?",
      member.userId,
    );
    assert.deepEqual(row, { n: 1, organisation: "Council" });
    assert.notEqual(assessments.getAssessmentContext(member, assessmentId)!.responseId, null);
  });

  test("a first save racing another process's first save uses the one response row", () => {
    const next = Number(
      run("INSERT INTO partnerships (name, level, nation) VALUES ('R', 'local', 'england')").lastInsertRowid,
    );
    run(
      "INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')",
      coordinator.userId,
      next,
    );
    run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'member')", member.userId, next);
    const c = { ...coordinator, memberships: [{ partnershipId: next, role: "coordinator" as const }] };
    const m = { ...member, memberships: [{ partnershipId: next, role: "member" as const }] };
    const { assessmentId } = assessments.startAssessment(c, next);
    exec(`CREATE TEMP TRIGGER twin_response BEFORE INSERT ON responses
          WHEN NEW.kind = 'member' AND NOT EXISTS (SELECT 1 FROM responses WHERE assessment_id = NEW.assessment_id AND respondent_user_id = NEW.respondent_user_id)
          BEGIN
            INSERT INTO responses (assessment_id, kind, respondent_user_id) VALUES (NEW.assessment_id, 'member', NEW.respondent_user_id);
          END`);
    try {
      const q = fw.dimensions[0]!.questions[0]!;
      const saved = assessments.saveAnswer(m, {
        assessmentId,
        questionId: q.id,
        value: { kind: "dont_know" },
        baseVersion: 0,
      });
      assert.equal(saved.status, "saved");
      assert.equal(
        get<{ n: number }>("SELECT count(*) n FROM responses WHERE assessment_id = ? AND kind = 'member'", assessmentId)
          .n,
        1,
      );
    } finally {
      exec("DROP TRIGGER twin_response");
    }
  });
});

describe("creating a cycle", () => {
  test("a label taken between our check and our insert is refused with the message, not a database error", () => {
    exec(`CREATE TEMP TRIGGER twin_cycle BEFORE INSERT ON cycles
          WHEN NOT EXISTS (SELECT 1 FROM cycles WHERE label = NEW.label)
          BEGIN
            INSERT INTO cycles (label, opens_on, closes_on, status) VALUES (NEW.label, NEW.opens_on, NEW.closes_on, 'planned');
          END`);
    try {
      const before = count("cycles");
      assert.throws(
        () => national.createCycle(commissioner, { label: "2030/31", opensOn: "2030-04-01", closesOn: "2031-03-31" }),
        (e: { fieldErrors?: Record<string, string[]> }) =>
          e.fieldErrors?.label?.[0] === "A cycle with this label already exists",
      );
      // The staged twin was inserted inside our transaction, so it is rolled back with it.
      assert.equal(count("cycles"), before);
    } finally {
      exec("DROP TRIGGER twin_cycle");
    }
  });
});
