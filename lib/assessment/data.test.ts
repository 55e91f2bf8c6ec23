// The self-assessment's data rules against a real (temporary) database: start and roll forward,
// saving with versions, completing sections, submitting, locking and reopening.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "../auth/actor";
import { temporaryDatabase, testActor as actor } from "./test-database";

const database = temporaryDatabase("assessments");

type Data = typeof import("./data.server") &
  typeof import("./answers.server") &
  typeof import("./lifecycle.server") &
  typeof import("./members.server") &
  typeof import("./member-response.server") &
  typeof import("./rules");
let data: Data;
let sql: (q: string, ...p: unknown[]) => unknown;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let fw: import("../framework/types").Framework;
let coordinator: Actor;
let member: Actor;
let outsider: Actor;
let partnershipId = 0;
let cycleId = 0;

before(async () => {
  const db = await database.open();
  data = {
    ...(await import("./data.server")),
    ...(await import("./answers.server")),
    ...(await import("./lifecycle.server")),
    ...(await import("./members.server")),
    ...(await import("./member-response.server")),
    ...(await import("./rules")),
  };
  fw = (await import("../framework")).getFramework()!;
  sql = (q, ...p) => db.$client.prepare(q).get(...p);
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
  );
  const other = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('Other', 'local', 'england')").lastInsertRowid,
  );
  const users = ["c@x.org", "m@x.org", "o@x.org"].map((e) =>
    Number(run("INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')", e, e).lastInsertRowid),
  );
  run(
    "INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator'), (?, ?, 'member'), (?, ?, 'coordinator')",
    users[0],
    partnershipId,
    users[1],
    partnershipId,
    users[2],
    other,
  );
  coordinator = actor(users[0]!, "c@x.org", [{ partnershipId, role: "coordinator" }]);
  member = actor(users[1]!, "m@x.org", [{ partnershipId, role: "member" }]);
  outsider = actor(users[2]!, "o@x.org", [{ partnershipId: other, role: "coordinator" }]);
  cycleId = Number(
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')",
    ).lastInsertRowid,
  );
});
after(database.remove);

const firstQuestion = () => fw.dimensions[0]!.questions[0]!;
const optionOf = (i: number) => {
  const q = firstQuestion();
  if (q.type !== "single") throw new Error("expected a single-choice first question");
  return { kind: "choice" as const, option: q.options[i]!.id };
};

describe("the journey", () => {
  let assessmentId = 0;

  test("only a coordinator of the partnership starts it, once per cycle", () => {
    assert.throws(() => data.startAssessment(member, partnershipId), /Page not found/);
    assert.throws(() => data.startAssessment(outsider, partnershipId), /Page not found/);
    assessmentId = data.startAssessment(coordinator, partnershipId).assessmentId;
    assert.equal(data.startAssessment(coordinator, partnershipId).assessmentId, assessmentId);
    assert.equal(data.getAssessmentContext(outsider, assessmentId), null);
  });

  test("saves name their base version; a stale save is refused and changes nothing", () => {
    const q = firstQuestion();
    const saved = data.saveAnswer(coordinator, { assessmentId, questionId: q.id, value: optionOf(0), baseVersion: 0 });
    assert.equal(saved.status, "saved");
    const second = data.saveAnswer(coordinator, { assessmentId, questionId: q.id, value: optionOf(1), baseVersion: 1 });
    assert.deepEqual(second.status === "saved" && second.rowVersion, 2);
    const stale = data.saveAnswer(coordinator, { assessmentId, questionId: q.id, value: optionOf(2), baseVersion: 1 });
    assert.equal(stale.status, "conflict");
    assert.deepEqual(stale.status === "conflict" && stale.current.value, optionOf(1));
    const stored = sql("SELECT value, row_version FROM answers WHERE question_id = ?", q.id) as {
      value: string;
      row_version: number;
    };
    assert.deepEqual(JSON.parse(stored.value), optionOf(1));
    assert.equal(stored.row_version, 2);
  });

  test("invalid answers are refused with a message and store nothing", () => {
    const q = firstQuestion();
    const before = sql("SELECT count(*) n FROM answers") as { n: number };
    assert.throws(
      () =>
        data.saveAnswer(coordinator, {
          assessmentId,
          questionId: q.id,
          value: { kind: "choice", option: "not-an-option" },
          baseVersion: 2,
        }),
      /There is a problem/,
    );
    assert.throws(
      () =>
        data.saveAnswer(coordinator, {
          assessmentId,
          questionId: "no.such.question",
          value: { kind: "dont_know" },
          baseVersion: 0,
        }),
      /There is a problem/,
    );
    assert.throws(
      () => data.saveAnswer(outsider, { assessmentId, questionId: q.id, value: optionOf(0), baseVersion: 2 }),
      /Page not found/,
    );
    assert.deepEqual(sql("SELECT count(*) n FROM answers"), before);
  });

  test("a member's answers go to their own response, never the partnership's", () => {
    const q = firstQuestion();
    data.saveAnswer(member, { assessmentId, questionId: q.id, value: optionOf(3), baseVersion: 0 });
    const ctx = data.getAssessmentContext(member, assessmentId)!;
    assert.equal(ctx.role, "member");
    assert.deepEqual(data.loadAnswers(ctx.responseId).get(q.id)?.value, optionOf(3));
    const official = data.getAssessmentContext(coordinator, assessmentId)!;
    assert.deepEqual(data.loadAnswers(official.responseId).get(q.id)?.value, optionOf(1));
    assert.equal(data.memberResponses(member, assessmentId), null, "members do not see others' responses");
    const summary = data.memberResponses(coordinator, assessmentId)!;
    assert.deepEqual(
      summary.members.map((m) => [m.status, m.answered]),
      [["started", 1]],
    );
    // A response still being written is not counted in the spread.
    assert.equal(summary.answersByQuestion.size, 0);
    assert.deepEqual(summary.rate, { finished: 0, started: 1, notStarted: 0, total: 1, percent: 0 });
  });

  test("members do not answer the partnership profile; the refusal saves nothing", () => {
    const ctx = data.getAssessmentContext(member, assessmentId)!;
    assert.ok(!ctx.sections.some((s) => s.kind === "profile"));
    assert.ok(data.getAssessmentContext(coordinator, assessmentId)!.sections.some((s) => s.kind === "profile"));
    const before = sql("SELECT count(*) n FROM answers") as { n: number };
    assert.throws(
      () =>
        data.saveAnswer(member, {
          assessmentId,
          questionId: fw.profile[0]!.id,
          value: { kind: "dont_know" },
          baseVersion: 0,
        }),
      (e: { fieldErrors?: Record<string, string[]> }) =>
        /Members do not answer the partnership profile/.test(e.fieldErrors?.questionId?.[0] ?? ""),
    );
    assert.deepEqual(sql("SELECT count(*) n FROM answers"), before);
  });

  test("a member marks their response finished: it counts in the spread, and is locked until reopened", () => {
    const q = firstQuestion();
    assert.throws(() => data.finishMemberResponse(coordinator, assessmentId), /Page not found/);
    assert.throws(() => data.finishMemberResponse(outsider, assessmentId), /Page not found/);
    data.finishMemberResponse(member, assessmentId);
    assert.throws(
      () => data.finishMemberResponse(member, assessmentId),
      (e: { fieldErrors?: Record<string, string[]> }) => /already marked/.test(e.fieldErrors?.finish?.[0] ?? ""),
    );
    const summary = data.memberResponses(coordinator, assessmentId)!;
    assert.equal(summary.members[0]!.status, "finished");
    assert.deepEqual(summary.rate, { finished: 1, started: 0, notStarted: 0, total: 1, percent: 100 });
    assert.deepEqual(summary.answersByQuestion.get(q.id)?.[0]?.value, optionOf(3));
    const ctx = data.getAssessmentContext(member, assessmentId)!;
    assert.equal(ctx.canEdit, false);
    assert.throws(
      () => data.saveAnswer(member, { assessmentId, questionId: q.id, value: optionOf(2), baseVersion: 1 }),
      /marked your response as finished/,
    );
    assert.equal(
      (sql("SELECT count(*) n FROM audit_log WHERE action = 'member-response.finish'") as { n: number }).n,
      1,
    );
    data.reopenMemberResponse(member, assessmentId);
    assert.equal(data.getAssessmentContext(member, assessmentId)!.canEdit, true);
    assert.equal(data.memberResponses(coordinator, assessmentId)!.answersByQuestion.size, 0);
    assert.throws(
      () => data.reopenMemberResponse(member, assessmentId),
      (e: { fieldErrors?: Record<string, string[]> }) =>
        /not marked as finished/.test(e.fieldErrors?.reopen?.[0] ?? ""),
    );
    data.finishMemberResponse(member, assessmentId);
  });

  test("a section is completed only when every question is answered", () => {
    const dim = fw.dimensions[0]!;
    assert.throws(
      () => data.setSectionComplete(coordinator, { assessmentId, sectionId: dim.id, complete: true }),
      (e: { fieldErrors?: Record<string, string[]> }) =>
        /^Answer the \d+ remaining questions?/.test(e.fieldErrors?.complete?.[0] ?? ""),
    );
    for (const q of dim.questions.slice(1))
      data.saveAnswer(coordinator, { assessmentId, questionId: q.id, value: { kind: "dont_know" }, baseVersion: 0 });
    data.setSectionComplete(coordinator, { assessmentId, sectionId: dim.id, complete: true });
    const ctx = data.getAssessmentContext(coordinator, assessmentId)!;
    assert.equal(data.progressOf(ctx, data.loadAnswers(ctx.responseId)).get(dim.id)!.status, "completed");
  });

  test("submitting needs every section complete; then it is locked with its scores; reopening only while the cycle is open", () => {
    assert.throws(() => data.submitAssessment(coordinator, assessmentId), /There is a problem/);
    const ctx = data.getAssessmentContext(coordinator, assessmentId)!;
    for (const s of ctx.sections) {
      for (const qid of s.questionIds) {
        const q =
          fw.profile.find((x) => x.id === qid) ?? fw.dimensions.flatMap((d) => d.questions).find((x) => x.id === qid)!;
        const value = q.allowDontKnow
          ? { kind: "dont_know" }
          : q.type === "single"
            ? { kind: "choice", option: q.options[0]!.id }
            : q.type === "multi"
              ? { kind: "choices", options: [q.options[0]!.id] }
              : q.type === "number"
                ? { kind: "number", value: q.min }
                : q.type === "text"
                  ? { kind: "text", value: "x" }
                  : { kind: "yesno", answer: "no" };
        const existing = data.loadAnswers(ctx.responseId).get(qid);
        if (!existing) data.saveAnswer(coordinator, { assessmentId, questionId: qid, value, baseVersion: 0 });
      }
      data.setSectionComplete(coordinator, { assessmentId, sectionId: s.id, complete: true });
    }
    assert.throws(() => data.submitAssessment(member, assessmentId), /Page not found/);
    data.submitAssessment(coordinator, assessmentId);
    const row = sql(
      "SELECT status, framework_version, scores_snapshot FROM assessments WHERE id = ?",
      assessmentId,
    ) as { status: string; framework_version: string; scores_snapshot: string };
    assert.equal(row.status, "submitted");
    assert.equal(row.framework_version, fw.version);
    assert.equal(JSON.parse(row.scores_snapshot).dimensions.length, fw.dimensions.length);
    assert.throws(
      () =>
        data.saveAnswer(coordinator, {
          assessmentId,
          questionId: firstQuestion().id,
          value: optionOf(0),
          baseVersion: 2,
        }),
      /submitted and is locked/,
    );
    assert.throws(
      () =>
        data.saveAnswer(member, { assessmentId, questionId: firstQuestion().id, value: optionOf(0), baseVersion: 1 }),
      /submitted and is locked/,
    );

    run("UPDATE cycles SET status = 'closed' WHERE id = ?", cycleId);
    assert.throws(() => data.reopenAssessment(coordinator, assessmentId), /cycle has closed/);
    run("UPDATE cycles SET status = 'open' WHERE id = ?", cycleId);
    // As if it had been re-scored under a newer version: reopening drops those figures with the rest.
    run("UPDATE assessments SET rescored_snapshot = '{}', rescored_version = 'next' WHERE id = ?", assessmentId);
    data.reopenAssessment(coordinator, assessmentId);
    assert.deepEqual(
      sql("SELECT rescored_snapshot r, rescored_version v FROM assessments WHERE id = ?", assessmentId),
      {
        r: null,
        v: null,
      },
    );
    assert.equal(
      (sql("SELECT status FROM assessments WHERE id = ?", assessmentId) as { status: string }).status,
      "in_progress",
    );
    assert.equal(
      (
        sql("SELECT count(*) n FROM audit_log WHERE action IN ('assessment.submit', 'assessment.reopen')") as {
          n: number;
        }
      ).n,
      2,
    );
    data.submitAssessment(coordinator, assessmentId);
  });

  test("next year's assessment carries the answers forward, unconfirmed until saved again", () => {
    run("UPDATE cycles SET status = 'closed' WHERE id = ?", cycleId);
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2025/26', '2025-04-01', '2026-03-31', 'open')",
    );
    const { assessmentId: next, carriedOver } = data.startAssessment(coordinator, partnershipId);
    assert.ok(carriedOver > 0);
    const ctx = data.getAssessmentContext(coordinator, next)!;
    const records = data.loadAnswers(ctx.responseId);
    const first = records.get(firstQuestion().id)!;
    assert.equal(first.carriedOverFrom, "2024/25");
    assert.equal(first.needsConfirmation, true);
    const dim = fw.dimensions[0]!;
    assert.throws(
      () => data.setSectionComplete(coordinator, { assessmentId: next, sectionId: dim.id, complete: true }),
      (e: { fieldErrors?: Record<string, string[]> }) =>
        /^Confirm or change the \d+ answers? carried over/.test(e.fieldErrors?.complete?.[0] ?? ""),
    );
    for (const q of dim.questions) {
      const r = data.loadAnswers(ctx.responseId).get(q.id)!;
      const saved = data.saveAnswer(coordinator, {
        assessmentId: next,
        questionId: q.id,
        value: r.value,
        baseVersion: r.rowVersion,
      });
      assert.equal(saved.status, "saved");
    }
    data.setSectionComplete(coordinator, { assessmentId: next, sectionId: dim.id, complete: true });
  });
});
