// Last year's answers carried into this year's self-review, against a real (temporary) database:
// "Confirm all unchanged answers in this section" confirms only the section's carried-over answers
// that are unconfirmed and still valid, and changes nothing else (issue 19, part A).
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "../auth/actor";
import { temporaryDatabase, testActor as actor } from "./test-database";

const database = temporaryDatabase("carried-over");

type Data = typeof import("./data.server") &
  typeof import("./comments.server") &
  typeof import("./schemas") &
  typeof import("./answers.server") &
  typeof import("./lifecycle.server") &
  typeof import("./rules");
let data: Data;
let get: (q: string, ...p: unknown[]) => unknown;
let all: (q: string, ...p: unknown[]) => unknown[];
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let fw: import("../framework/types").Framework;

let partnershipId = 0;
let coordinator: Actor;
let outsider: Actor;
let assessmentId = 0;
let pastCycleId = 0;

before(async () => {
  const db = await database.open();
  data = {
    ...(await import("./data.server")),
    ...(await import("./comments.server")),
    ...(await import("./schemas")),
    ...(await import("./answers.server")),
    ...(await import("./lifecycle.server")),
    ...(await import("./rules")),
  };
  fw = (await import("../framework")).getFramework()!;
  get = (q, ...p) => db.$client.prepare(q).get(...p);
  all = (q, ...p) => db.$client.prepare(q).all(...p);
  run = (q, ...p) => db.$client.prepare(q).run(...p);

  pastCycleId = Number(
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2023/24', '2023-04-01', '2024-03-31', 'closed')",
    ).lastInsertRowid,
  );
  run("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')");
  partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('Carried', 'sub_regional', 'england')").lastInsertRowid,
  );
  const other = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('Other', 'local', 'england')").lastInsertRowid,
  );
  const userId = Number(
    run("INSERT INTO users (email, name, password_hash) VALUES ('c@x.org', 'c@x.org', 'x')").lastInsertRowid,
  );
  const outsiderId = Number(
    run("INSERT INTO users (email, name, password_hash) VALUES ('o@x.org', 'o@x.org', 'x')").lastInsertRowid,
  );
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", userId, partnershipId);
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", outsiderId, other);
  coordinator = actor(userId, "c@x.org", [{ partnershipId, role: "coordinator" }]);
  outsider = actor(outsiderId, "o@x.org", [{ partnershipId: other, role: "coordinator" }]);

  // Last year's submitted self-review: "Done at regional / national level for us" for the reception
  // question (offered to a sub-regional partnership), "Don't know" everywhere else in two sections.
  const pastId = Number(
    run(
      "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at) VALUES (?, ?, 'submitted', ?, '2024-02-01T00:00:00Z')",
      partnershipId,
      pastCycleId,
      fw.version,
    ).lastInsertRowid,
  );
  const responseId = Number(
    run("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')", pastId).lastInsertRowid,
  );
  for (const d of ["prepare", "protect"])
    for (const q of fw.dimensions.find((x) => x.id === d)!.questions)
      run(
        "INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)",
        responseId,
        q.id,
        JSON.stringify(q.id === "prepare.reception" ? { kind: "choice", option: "elsewhere" } : { kind: "dont_know" }),
      );
  for (const [section, body] of [
    ["prepare", "Reception centre run by the region."],
    ["retired", "A section no longer asked."],
  ])
    run("INSERT INTO section_comments (response_id, section_id, body) VALUES (?, ?, ?)", responseId, section, body);
  assessmentId = data.startAssessment(coordinator, partnershipId).assessmentId;
});
after(database.remove);

const pending = (section: string) =>
  (
    all(
      "SELECT a.question_id q FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? AND a.carried_over_from_cycle_id IS NOT NULL AND a.confirmed_at IS NULL AND a.question_id LIKE ?",
      assessmentId,
      `${section}.%`,
    ) as { q: string }[]
  ).map((r) => r.q);

describe("confirm all unchanged answers in a section", () => {
  test("the rule picks unconfirmed, still-valid answers of the section only", () => {
    const section = { questionIds: ["a", "b", "c", "d"] };
    const answers = new Map([
      ["a", { needsConfirmation: true, value: 1 }],
      ["b", { needsConfirmation: false, value: 1 }],
      ["c", { needsConfirmation: true, value: "bad" }],
      ["x", { needsConfirmation: true, value: 1 }],
    ]);
    assert.deepEqual(
      data.confirmableCarriedOver(section, answers, (_, v) => v !== "bad"),
      ["a"],
    );
    assert.equal(data.confirmedMessage(1, 0), "1 answer carried over from last year was confirmed.");
    assert.equal(
      data.confirmedMessage(5, 1),
      "5 answers carried over from last year were confirmed. 1 carried-over answer was left to check on its own page: give a new answer with Change.",
    );
    assert.equal(data.confirmedMessage(0, 0), "No answers needed confirming.");
  });

  test("a coordinator of another partnership is refused and nothing changes", () => {
    const before = pending("prepare").length;
    assert.throws(
      () => data.confirmCarriedOverInSection(outsider, { assessmentId, sectionId: "prepare" }),
      (e: { code?: string }) => e.code === "not-found",
    );
    assert.equal(pending("prepare").length, before);
  });

  test("an unknown section is refused", () => {
    assert.throws(
      () => data.confirmCarriedOverInSection(coordinator, { assessmentId, sectionId: "nope" }),
      (e: { code?: string }) => e.code === "not-found",
    );
  });

  test("confirms the section's valid answers, leaves one the level rule refuses, touches no other section", () => {
    const prepareQuestions = fw.dimensions.find((d) => d.id === "prepare")!.questions.length;
    assert.equal(pending("prepare").length, prepareQuestions);
    // The partnership becomes national: its carried-over "Done at regional / national level" needs a new answer.
    run("UPDATE partnerships SET level = 'national' WHERE id = ?", partnershipId);
    const protectBefore = pending("protect");
    const versionsBefore = all(
      "SELECT a.question_id q, a.row_version v FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? ORDER BY a.question_id",
      assessmentId,
    ) as { q: string; v: number }[];

    const result = data.confirmCarriedOverInSection(coordinator, { assessmentId, sectionId: "prepare" });
    assert.deepEqual(result, { confirmed: prepareQuestions - 1, left: 1 });
    assert.deepEqual(pending("prepare"), ["prepare.reception"]);
    assert.deepEqual(pending("protect"), protectBefore, "another section is untouched");
    const versionsAfter = all(
      "SELECT a.question_id q, a.row_version v FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? ORDER BY a.question_id",
      assessmentId,
    ) as { q: string; v: number }[];
    for (const [i, b] of versionsBefore.entries()) {
      const bumped = b.q.startsWith("prepare.") && b.q !== "prepare.reception";
      assert.equal(versionsAfter[i]!.v, b.v + (bumped ? 1 : 0), b.q);
    }
    const audit = get(
      "SELECT detail FROM audit_log WHERE action = 'section.confirm-carried-over' AND target_id = ? ORDER BY id DESC",
      String(assessmentId),
    ) as { detail: string };
    assert.deepEqual(JSON.parse(audit.detail), { section: "prepare", confirmed: prepareQuestions - 1, left: 1 });

    // Again: nothing left to confirm, nothing changes.
    assert.deepEqual(data.confirmCarriedOverInSection(coordinator, { assessmentId, sectionId: "prepare" }), {
      confirmed: 0,
      left: 1,
    });
    run("UPDATE partnerships SET level = 'sub_regional' WHERE id = ?", partnershipId);
  });
});

describe("a comment per section", () => {
  const comments = () => {
    const ctx = data.getAssessmentContext(coordinator, assessmentId)!;
    return data.loadSectionComments(ctx.responseId);
  };

  test("last year's comment is carried over, as last year's, for sections still asked", () => {
    const c = comments();
    assert.deepEqual([...c.keys()], ["prepare"]);
    assert.equal(c.get("prepare")!.body, "Reception centre run by the region.");
    assert.equal(c.get("prepare")!.needsConfirmation, true);
    assert.equal(c.get("prepare")!.carriedOverFrom, "2023/24");
    // The partnership's comments are what its results and the visit pack show.
    assert.equal(data.partnershipSectionComments({ assessment: { id: assessmentId } } as never).size, 1);
  });

  test("saving it unchanged confirms it; a stale save is refused with the newer text and changes nothing", () => {
    const stored = comments().get("prepare")!;
    const saved = data.saveSectionComment(coordinator, {
      assessmentId,
      sectionId: "prepare",
      body: stored.body,
      baseVersion: stored.rowVersion,
    });
    assert.deepEqual(saved, { status: "saved", rowVersion: stored.rowVersion + 1 });
    assert.equal(comments().get("prepare")!.needsConfirmation, false);
    const stale = data.saveSectionComment(coordinator, {
      assessmentId,
      sectionId: "prepare",
      body: "Overwrite",
      baseVersion: stored.rowVersion,
    });
    assert.equal(stale.status, "conflict");
    assert.equal(stale.status === "conflict" && stale.current.body, "Reception centre run by the region.");
    // When theirs was saved, for the conflict panel ("saved a newer comment at 3 Dec, 17:07").
    assert.match((stale.status === "conflict" && stale.current.updatedAt) || "", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    assert.equal(comments().get("prepare")!.body, "Reception centre run by the region.");
  });

  test("a new comment, then an empty one removes it; another partnership's coordinator is refused", () => {
    assert.deepEqual(
      data.saveSectionComment(coordinator, { assessmentId, sectionId: "protect", body: "  New.  ", baseVersion: 0 }),
      { status: "saved", rowVersion: 1 },
    );
    assert.equal(comments().get("protect")!.body, "New.");
    assert.throws(
      () => data.saveSectionComment(outsider, { assessmentId, sectionId: "protect", body: "x", baseVersion: 1 }),
      (e: { code?: string }) => e.code === "not-found",
    );
    data.saveSectionComment(coordinator, { assessmentId, sectionId: "protect", body: "", baseVersion: 1 });
    assert.equal(comments().has("protect"), false);
  });

  test("a cleared comment keeps counting versions: a page from before it cannot overwrite a later one unseen", () => {
    // "protect" was saved (1) and cleared (2) above; someone saves a new comment on the cleared one.
    const cleared = data
      .loadSectionComments(data.getAssessmentContext(coordinator, assessmentId)!.responseId, {
        withCleared: true,
      })
      .get("protect")!;
    assert.equal(cleared.body, "");
    assert.deepEqual(
      data.saveSectionComment(coordinator, {
        assessmentId,
        sectionId: "protect",
        body: "Later.",
        baseVersion: cleared.rowVersion,
      }),
      { status: "saved", rowVersion: cleared.rowVersion + 1 },
    );
    // A page opened when the first comment was at version 1 is refused, and shown the later text.
    const stale = data.saveSectionComment(coordinator, {
      assessmentId,
      sectionId: "protect",
      body: "Old page.",
      baseVersion: 1,
    });
    assert.equal(stale.status === "conflict" && stale.current.body, "Later.");
    // Saving what is already there is not a conflict and changes nothing.
    const same = data.saveSectionComment(coordinator, {
      assessmentId,
      sectionId: "protect",
      body: "Later.",
      baseVersion: 1,
    });
    assert.deepEqual(same, { status: "saved", rowVersion: cleared.rowVersion + 1 });
  });

  test("the form's schema limits its length with a clear message", () => {
    const input = { assessmentId: "1", sectionId: "prepare", baseVersion: "0" };
    assert.equal(data.sectionCommentSchema.safeParse({ ...input, comment: "x".repeat(2000) }).success, true);
    const tooLong = data.sectionCommentSchema.safeParse({ ...input, comment: "x".repeat(2001) });
    assert.equal(tooLong.success, false);
    assert.equal(tooLong.error!.issues[0]!.message, "Your comment must be 2,000 characters or fewer");
  });
});
