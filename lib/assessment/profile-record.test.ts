// The partnership record and the profile section agree (issue 19, part A): the mapping both ways as
// pure functions, then against a real (temporary) database: the profile starts from the record, and
// the partnership's own answer updates the record in the same transaction, audited; a member's never.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "../auth/actor";
import { getFramework, getQuestion } from "../framework";
import { answerValueSchemaFor } from "../framework/schema";
import { answersFromRecord, changedFields, recordChangeFromAnswer, PROFILE_RECORD_QUESTIONS } from "./profile-record";
import { temporaryDatabase } from "./test-database";

const database = temporaryDatabase("profile-record");

const record = {
  level: "sub_regional" as const,
  nation: "england" as const,
  forceAreaIds: ["nottinghamshire", "derbyshire"],
  yearEstablished: 2016,
};

describe("the mapping", () => {
  test("record → answers: every field, force areas in the question's order, each a valid answer", () => {
    const answers = answersFromRecord(record);
    assert.deepEqual(answers, {
      "profile.level": { kind: "choice", option: "sub_regional" },
      "profile.nation": { kind: "choice", option: "england" },
      "profile.force_areas": { kind: "choices", options: ["derbyshire", "nottinghamshire"] },
      "profile.established_year": { kind: "number", value: 2016 },
    });
    const fw = getFramework()!;
    for (const [id, value] of Object.entries(answers))
      assert.ok(answerValueSchemaFor(getQuestion(fw, id)!, "sub_regional").safeParse(value).success, id);
    // What the record does not know is left for the coordinator.
    assert.deepEqual(Object.keys(answersFromRecord({ ...record, forceAreaIds: [], yearEstablished: null })), [
      "profile.level",
      "profile.nation",
    ]);
  });

  test("answers → record, and back: the same record", () => {
    const back = Object.assign(
      {},
      ...Object.entries(answersFromRecord(record)).map(([id, v]) => recordChangeFromAnswer(id, v)),
    );
    assert.deepEqual(changedFields(record, back), {});
    assert.deepEqual(
      { ...back, forceAreaIds: [...back.forceAreaIds].sort() },
      {
        ...record,
        forceAreaIds: [...record.forceAreaIds].sort(),
      },
    );
  });

  test("answers that say nothing the record holds change nothing", () => {
    assert.equal(recordChangeFromAnswer(PROFILE_RECORD_QUESTIONS.yearEstablished, { kind: "dont_know" }), null);
    assert.equal(recordChangeFromAnswer(PROFILE_RECORD_QUESTIONS.level, { kind: "choice", option: "galactic" }), null);
    assert.equal(
      recordChangeFromAnswer(PROFILE_RECORD_QUESTIONS.forceAreas, { kind: "choices", options: ["x"] }),
      null,
    );
    assert.equal(recordChangeFromAnswer("profile.chair_org", { kind: "choice", option: "police" }), null);
    assert.deepEqual(changedFields(record, { nation: "wales", forceAreaIds: ["derbyshire", "nottinghamshire"] }), {
      nation: "wales",
    });
  });
});

describe("against the database", () => {
  type Data = typeof import("./data.server") &
    typeof import("./answers.server") &
    typeof import("./lifecycle.server") &
    typeof import("./profile-record.server");
  let data: Data;
  let get: (q: string, ...p: unknown[]) => unknown;
  let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
  let coordinator: Actor;
  let member: Actor;
  let partnershipId = 0;
  let assessmentId = 0;
  const actor = (userId: number, email: string, role: "coordinator" | "member"): Actor => ({
    userId,
    email,
    name: email,
    globalRole: null,
    memberships: [{ partnershipId, role }],
    reviewAssignments: [],
    sessionId: "test",
  });
  const recordNow = () => ({
    ...(get("SELECT level, nation, year_established y FROM partnerships WHERE id = ?", partnershipId) as object),
    areas: (
      get(
        "SELECT group_concat(force_area_id) a FROM (SELECT force_area_id FROM partnership_force_areas WHERE partnership_id = ? ORDER BY 1)",
        partnershipId,
      ) as { a: string }
    ).a,
  });

  before(async () => {
    const db = await database.open();
    data = {
      ...(await import("./data.server")),
      ...(await import("./answers.server")),
      ...(await import("./lifecycle.server")),
      ...(await import("./profile-record.server")),
    };
    get = (q, ...p) => db.$client.prepare(q).get(...p);
    run = (q, ...p) => db.$client.prepare(q).run(...p);
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')",
    );
    partnershipId = Number(
      run(
        "INSERT INTO partnerships (name, level, nation, year_established) VALUES ('Notts', 'sub_regional', 'england', 2016)",
      ).lastInsertRowid,
    );
    run(
      "INSERT INTO partnership_force_areas (partnership_id, force_area_id) VALUES (?, 'nottinghamshire')",
      partnershipId,
    );
    const user = (email: string, role: "coordinator" | "member") => {
      const id = Number(
        run("INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')", email, email).lastInsertRowid,
      );
      run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, ?)", id, partnershipId, role);
      return actor(id, email, role);
    };
    coordinator = user("c@notts.org", "coordinator");
    member = user("m@notts.org", "member");
    assessmentId = data.startAssessment(coordinator, partnershipId).assessmentId;
  });
  after(database.remove);

  test("the profile starts from the record", () => {
    const ctx = data.getAssessmentContext(coordinator, assessmentId)!;
    assert.deepEqual(data.profileAnswersFromRecord(ctx.partnership.id, ctx.framework), {
      "profile.level": { kind: "choice", option: "sub_regional" },
      "profile.nation": { kind: "choice", option: "england" },
      "profile.force_areas": { kind: "choices", options: ["nottinghamshire"] },
      "profile.established_year": { kind: "number", value: 2016 },
    });
  });

  test("a member's answer never changes the record (members do not answer the profile at all)", () => {
    const before = recordNow();
    assert.throws(
      () =>
        data.saveAnswer(member, {
          assessmentId,
          questionId: "profile.nation",
          value: { kind: "choice", option: "scotland" },
          baseVersion: 0,
        }),
      /There is a problem/,
    );
    assert.deepEqual(recordNow(), before);
  });

  test("the coordinator's answers update the record in the same save, audited", () => {
    const save = (questionId: string, value: unknown) =>
      assert.equal(data.saveAnswer(coordinator, { assessmentId, questionId, value, baseVersion: 0 }).status, "saved");
    save("profile.force_areas", { kind: "choices", options: ["nottinghamshire", "derbyshire"] });
    save("profile.established_year", { kind: "number", value: 2015 });
    save("profile.nation", { kind: "choice", option: "england" });
    assert.deepEqual(recordNow(), {
      level: "sub_regional",
      nation: "england",
      y: 2015,
      areas: "derbyshire,nottinghamshire",
    });
    const audit = get(
      "SELECT detail FROM audit_log WHERE action = 'partnership.update-from-profile' AND target_id = ? ORDER BY id DESC",
      String(partnershipId),
    ) as { detail: string };
    assert.deepEqual(JSON.parse(audit.detail), {
      question: "profile.established_year",
      before: { yearEstablished: 2016 },
      after: { yearEstablished: 2015 },
    });
    // The unchanged nation wrote nothing: two entries, not three.
    assert.equal(
      (
        get(
          "SELECT count(*) n FROM audit_log WHERE action = 'partnership.update-from-profile' AND target_id = ?",
          String(partnershipId),
        ) as { n: number }
      ).n,
      2,
    );
  });

  test("confirm-all leaves a carried-over profile answer the record contradicts, confirms one it agrees with", () => {
    const past = Number(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2023/24', '2023-04-01', '2024-03-31', 'closed')",
      ).lastInsertRowid,
    );
    const ctx = data.getAssessmentContext(coordinator, assessmentId)!;
    run(
      "DELETE FROM answers WHERE response_id = ? AND question_id IN ('profile.level', 'profile.nation')",
      ctx.responseId,
    );
    for (const [q, option] of [
      ["profile.level", "regional"],
      ["profile.nation", "england"],
    ])
      run(
        "INSERT INTO answers (response_id, question_id, value, carried_over_from_cycle_id) VALUES (?, ?, ?, ?)",
        ctx.responseId,
        q,
        JSON.stringify({ kind: "choice", option }),
        past,
      );
    const before = recordNow();
    assert.deepEqual(data.confirmCarriedOverInSection(coordinator, { assessmentId, sectionId: "profile" }), {
      confirmed: 1,
      left: 1,
    });
    const records = data.loadAnswers(ctx.responseId);
    assert.equal(records.get("profile.level")!.needsConfirmation, true, "regional is not what the record says");
    assert.equal(records.get("profile.nation")!.needsConfirmation, false);
    assert.deepEqual(recordNow(), before, "confirming changes no record");
  });

  test("a save refused for its value changes neither the answer nor the record", () => {
    const before = recordNow();
    assert.throws(() =>
      data.saveAnswer(coordinator, {
        assessmentId,
        questionId: "profile.level",
        value: { kind: "choice", option: "galactic" },
        baseVersion: 0,
      }),
    );
    assert.deepEqual(recordNow(), before);
  });
});
