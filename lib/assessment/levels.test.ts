// A partnership's level against a real (temporary) database: an option "Done at regional / national
// level for us" is not offered to a national partnership, and an answer its level no longer offers
// keeps its score but needs a new answer (issue 15).
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "../auth/actor";
import { scoreAssessment } from "../framework/scoring";
import { temporaryDatabase, testActor as actor } from "./test-database";

const database = temporaryDatabase("assessment-levels");

type Data = typeof import("./data.server") &
  typeof import("./answers.server") &
  typeof import("./lifecycle.server") &
  typeof import("./members.server") &
  typeof import("./rules");
let data: Data;
let sql: (q: string, ...p: unknown[]) => unknown;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let fw: import("../framework/types").Framework;

before(async () => {
  const db = await database.open();
  data = {
    ...(await import("./data.server")),
    ...(await import("./answers.server")),
    ...(await import("./lifecycle.server")),
    ...(await import("./members.server")),
    ...(await import("./rules")),
  };
  fw = (await import("../framework")).getFramework()!;
  sql = (q, ...p) => db.$client.prepare(q).get(...p);
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  run("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')");
});
after(database.remove);

describe("the partnership's level: 'Done at regional / national level for us'", () => {
  let assessmentId = 0;
  let nationalCoordinator: Actor;
  let national = 0;
  const elsewhere = { kind: "choice", option: "elsewhere" } as const;
  const answersOf = () =>
    sql(
      "SELECT count(*) n FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ?",
      assessmentId,
    ) as { n: number };
  const prepare = () => {
    const ctx = data.getAssessmentContext(nationalCoordinator, assessmentId)!;
    return { ctx, progress: data.progressOf(ctx, data.loadAnswers(ctx.responseId)).get("prepare")! };
  };

  before(() => {
    national = Number(
      run("INSERT INTO partnerships (name, level, nation) VALUES ('National', 'national', 'wales')").lastInsertRowid,
    );
    const userId = Number(
      run("INSERT INTO users (email, name, password_hash) VALUES ('n@x.org', 'n@x.org', 'x')").lastInsertRowid,
    );
    run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", userId, national);
    nationalCoordinator = actor(userId, "n@x.org", [{ partnershipId: national, role: "coordinator" }]);
    assessmentId = data.startAssessment(nationalCoordinator, national).assessmentId;
  });

  test("a national partnership choosing it is refused with a clear message, and nothing is stored", () => {
    assert.equal(data.getAssessmentContext(nationalCoordinator, assessmentId)!.partnership.level, "national");
    const before = answersOf().n;
    assert.throws(
      () =>
        data.saveAnswer(nationalCoordinator, {
          assessmentId,
          questionId: "prepare.reception",
          value: elsewhere,
          baseVersion: 0,
        }),
      (e: { fieldErrors?: Record<string, string[]> }) =>
        /^‘Done at regional \/ national level for us’ is not offered to a national partnership\. /.test(
          e.fieldErrors?.value?.[0] ?? "",
        ),
    );
    assert.equal(answersOf().n, before);
  });

  test("a sub-regional partnership may choose it; if its level then becomes national, the answer needs a new one", () => {
    run("UPDATE partnerships SET level = 'sub_regional' WHERE id = ?", national);
    const questions = fw.dimensions.find((d) => d.id === "prepare")!.questions;
    for (const q of questions) {
      const value = q.id === "prepare.reception" ? elsewhere : { kind: "dont_know" };
      assert.equal(
        data.saveAnswer(nationalCoordinator, { assessmentId, questionId: q.id, value, baseVersion: 0 }).status,
        "saved",
      );
    }
    data.setSectionComplete(nationalCoordinator, { assessmentId, sectionId: "prepare", complete: true });
    assert.equal(prepare().progress.status, "completed");

    run("UPDATE partnerships SET level = 'national' WHERE id = ?", national);
    const { ctx, progress } = prepare();
    assert.equal(progress.needNewAnswer, 1);
    assert.equal(progress.status, "in_progress", "no longer complete");
    assert.equal(data.needsNewAnswer(ctx, "prepare.reception", elsewhere), true);
    // Still left out of the score (scoring is a pure function of the answers), not scored as missing.
    const d = scoreAssessment(ctx.framework, data.answerMapOf(data.loadAnswers(ctx.responseId))).dimensions.find(
      (x) => x.dimensionId === "prepare",
    )!;
    assert.equal(d.doneElsewhere, 1);
    assert.throws(
      () => data.setSectionComplete(nationalCoordinator, { assessmentId, sectionId: "prepare", complete: true }),
      (e: { fieldErrors?: Record<string, string[]> }) =>
        e.fieldErrors?.complete?.[0] ===
        "Give a new answer to the 1 question whose answer is not offered to a national partnership before marking this section as complete",
    );

    const stored = data.loadAnswers(ctx.responseId).get("prepare.reception")!;
    data.saveAnswer(nationalCoordinator, {
      assessmentId,
      questionId: "prepare.reception",
      value: { kind: "choice", option: "agreed" },
      baseVersion: stored.rowVersion,
    });
    assert.equal(prepare().progress.needNewAnswer, 0);
    data.setSectionComplete(nationalCoordinator, { assessmentId, sectionId: "prepare", complete: true });
    assert.equal(prepare().progress.status, "completed");
  });
});
