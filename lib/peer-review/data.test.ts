// Peer reviews against a real (temporary) database: a reviewer's access ends when the assignment's
// cycle closes (issue 16, item 2), no assignment is made for a closed cycle, and the visit pack
// shows the partnership as it stood in the cycle, not people or actions added after it.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-reviews-"));
process.env.DATABASE_PATH = path.join(dir, "reviews.db");

let reviews: typeof import("./data.server") & typeof import("./visit-pack.server");
let users: typeof import("../admin/users.server");
let fw: import("../framework/types").Framework;
let scoreAssessment: typeof import("../framework").scoreAssessment;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let get: <T>(q: string, ...p: unknown[]) => T;
let reviewer: Actor;
let commissioner: Actor;
let admin: Actor;
let partnershipId = 0;
let cycleId = 0;
let assignmentId = 0;

const id = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);

function actor(userId: number, globalRole: Actor["globalRole"], reviewAssignments: Actor["reviewAssignments"] = []) {
  return {
    userId,
    email: `${userId}@x.org`,
    name: `User ${userId}`,
    globalRole,
    memberships: [],
    reviewAssignments,
    sessionId: "test",
  } satisfies Actor;
}

function review(publish: boolean) {
  return {
    dimensions: Object.fromEntries(
      fw.dimensions.map((d) => [d.id, { agree: true, validatedStage: 1, findings: "Seen the minutes", reason: "" }]),
    ),
    overallFeedback: publish ? "A well-run partnership" : "",
  };
}

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  reviews = { ...(await import("./data.server")), ...(await import("./visit-pack.server")) };
  users = await import("../admin/users.server");
  const framework = await import("../framework");
  const { getFramework } = framework;
  scoreAssessment = framework.scoreAssessment;
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  get = (q, ...p) => db.$client.prepare(q).get(...p) as never;
  partnershipId = id(run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')"));
  const reviewerId = id(
    run("INSERT INTO users (email, name, password_hash, global_role) VALUES ('r@x.org', 'R', 'x', 'reviewer')"),
  );
  const commissionerId = id(
    run("INSERT INTO users (email, name, password_hash, global_role) VALUES ('c@x.org', 'C', 'x', 'commissioner')"),
  );
  const adminId = id(
    run("INSERT INTO users (email, name, password_hash, global_role) VALUES ('a@x.org', 'A', 'x', 'admin')"),
  );
  const memberId = id(run("INSERT INTO users (email, name, password_hash) VALUES ('m@x.org', 'Early Member', 'x')"));
  cycleId = id(
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')",
    ),
  );
  run(
    "INSERT INTO memberships (user_id, partnership_id, role, created_at) VALUES (?, ?, 'coordinator', '2024-05-01T00:00:00.000Z')",
    memberId,
    partnershipId,
  );
  fw = getFramework()!;
  const scores = scoreAssessment(fw, {});
  const assessmentId = id(
    run(
      "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, scores_snapshot) VALUES (?, ?, 'submitted', ?, '2024-09-01T00:00:00.000Z', ?)",
      partnershipId,
      cycleId,
      fw.version,
      JSON.stringify(scores),
    ),
  );
  const responseId = id(run("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')", assessmentId));
  // Written in another order than the self-review's, one on a section this version does not have.
  for (const [sectionId, body] of [
    ["retired-section", "Written under another version."],
    ["prevent", "Schools programme paused."],
    ["profile", "We merged with the county group."],
    ["gov", "Board meets in May."],
  ])
    run("INSERT INTO section_comments (response_id, section_id, body) VALUES (?, ?, ?)", responseId, sectionId, body);
  run(
    "INSERT INTO actions (partnership_id, cycle_id, dimension_id, title, due_on, created_at) VALUES (?, ?, ?, 'Raised in the cycle', '2024-06-01', '2024-10-01T00:00:00.000Z')",
    partnershipId,
    cycleId,
    fw.dimensions[0]!.id,
  );
  assignmentId = id(
    run(
      "INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)",
      reviewerId,
      partnershipId,
      cycleId,
    ),
  );
  reviewer = actor(reviewerId, "reviewer", [{ partnershipId, cycleId }] as Actor["reviewAssignments"]);
  commissioner = actor(commissionerId, "commissioner");
  admin = actor(adminId, "admin");
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("while the cycle is open", () => {
  test("the reviewer reads the pack and saves a draft", () => {
    // The partnership's comments on its sections are in the pack (issue 19, part A).
    // In the self-review's order, under the titles it shows; nothing is left out.
    assert.deepEqual(reviews.visitPack(reviewer, assignmentId)?.comments, [
      { sectionId: "profile", section: "Partnership profile", body: "We merged with the county group." },
      { sectionId: "gov", section: "Structure & governance", body: "Board meets in May." },
      { sectionId: "prevent", section: "Prevent", body: "Schools programme paused." },
      { sectionId: "retired-section", section: "retired-section", body: "Written under another version." },
    ]);
    assert.equal(reviews.assignmentFor(reviewer, assignmentId)?.canRecord, true);
    reviews.savePeerReview(reviewer, assignmentId, review(false), false);
    assert.equal(get<{ status: string }>("SELECT status FROM peer_reviews").status, "draft");
  });
});

describe("after the cycle closes", () => {
  before(() => {
    run("UPDATE cycles SET status = 'closed' WHERE id = ?", cycleId);
    // Joined and raised after the close: not part of the partnership as it stood in the cycle.
    const late = id(run("INSERT INTO users (email, name, password_hash) VALUES ('late@x.org', 'Late Joiner', 'x')"));
    run(
      "INSERT INTO memberships (user_id, partnership_id, role, created_at) VALUES (?, ?, 'member', '2025-06-01T00:00:00.000Z')",
      late,
      partnershipId,
    );
    run(
      "INSERT INTO actions (partnership_id, cycle_id, dimension_id, title, due_on, created_at) VALUES (?, ?, ?, 'Raised after the close', '2025-01-01', '2025-07-01T00:00:00.000Z')",
      partnershipId,
      cycleId,
      fw.dimensions[0]!.id,
    );
  });

  test("the reviewer can no longer read the pack or the record", () => {
    assert.equal(reviews.assignmentFor(reviewer, assignmentId), null);
    assert.equal(reviews.visitPack(reviewer, assignmentId), null);
    assert.equal(reviews.getPeerReview(reviewer, assignmentId), null);
  });

  test("the reviewer can neither save nor publish, and nothing changes", () => {
    const snapshot = () =>
      JSON.stringify([get("SELECT * FROM peer_reviews"), get("SELECT count(*) n FROM peer_review_dimensions")]);
    const before = snapshot();
    assert.throws(() => reviews.savePeerReview(reviewer, assignmentId, review(false), false), /Page not found/);
    assert.throws(() => reviews.savePeerReview(reviewer, assignmentId, review(true), true), /Page not found/);
    assert.equal(get<{ status: string }>("SELECT status FROM peer_reviews").status, "draft");
    assert.equal(snapshot(), before);
  });

  test("the commissioner still reads the pack, as the partnership stood in the cycle", () => {
    const pack = reviews.visitPack(commissioner, assignmentId)!;
    assert.ok(pack);
    assert.equal(pack.assignment.canRecord, false);
    assert.deepEqual(
      pack.people.map((p) => p.name),
      ["Early Member"],
    );
    const overdue = (pack.lines ?? []).filter((l) => l.kind === "overdue-action").map((l) => l.reason);
    assert.ok(
      overdue.some((t) => t.includes("Raised in the cycle")),
      JSON.stringify(overdue),
    );
    assert.ok(!overdue.some((t) => t.includes("Raised after the close")), JSON.stringify(overdue));
  });

  test("no assignment can be made for a closed cycle, and none is offered", () => {
    const other = id(run("INSERT INTO partnerships (name, level, nation) VALUES ('Q', 'local', 'england')"));
    const count = () => get<{ n: number }>("SELECT count(*) n FROM review_assignments").n;
    const before = count();
    assert.throws(
      () =>
        users.addAssignment(admin, {
          reviewerUserId: String(reviewer.userId),
          partnershipId: String(other),
          cycleId: String(cycleId),
        }),
      (e: Error & { fieldErrors?: Record<string, string[]> }) =>
        /closed/.test(JSON.stringify(e.fieldErrors ?? e.message)),
    );
    assert.equal(count(), before);
    assert.ok(!users.listAssignableCycles().some((c) => c.id === cycleId));
  });

  test("an assignment tells the reviewer once; a user without the reviewer role is refused, nothing written", () => {
    const other = id(run("INSERT INTO partnerships (name, level, nation) VALUES ('Lincolnshire', 'local', 'england')"));
    const planned = id(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2026/27', '2026-04-01', '2027-03-31', 'planned')",
      ),
    );
    const assignments = () => get<{ n: number }>("SELECT count(*) n FROM review_assignments").n;
    const messages = () =>
      get<{ n: number }>(
        "SELECT count(*) n FROM mail_outbox WHERE to_address = 'r@x.org' AND kind = 'reviewer-assigned'",
      ).n;
    const input = { reviewerUserId: String(reviewer.userId), partnershipId: String(other), cycleId: String(planned) };
    const [a0, m0] = [assignments(), messages()];
    users.addAssignment(admin, input);
    assert.equal(assignments(), a0 + 1);
    assert.equal(messages(), m0 + 1);
    const mail = get<{ subject: string; text_body: string }>(
      "SELECT subject, text_body FROM mail_outbox WHERE to_address = 'r@x.org' ORDER BY id DESC LIMIT 1",
    );
    assert.match(mail.subject, /^You have been assigned to review Lincolnshire\b/);
    assert.match(mail.text_body, /for 2026\/27/);
    // The same assignment again: no second row, no second message.
    users.addAssignment(admin, input);
    assert.equal(assignments(), a0 + 1);
    assert.equal(messages(), m0 + 1);
    assert.throws(
      () => users.addAssignment(admin, { ...input, reviewerUserId: String(commissioner.userId) }),
      (e: Error & { fieldErrors?: Record<string, string[]> }) =>
        /peer reviewer role/.test(JSON.stringify(e.fieldErrors ?? e.message)),
    );
    assert.throws(
      () => users.addAssignment(admin, { ...input, partnershipId: "999999" }),
      (e: Error & { fieldErrors?: Record<string, string[]> }) =>
        /Select a partnership/.test(JSON.stringify(e.fieldErrors ?? e.message)),
    );
    assert.equal(assignments(), a0 + 1);
    assert.equal(messages(), m0 + 1);
  });
});

describe("a draft begun before this year's self-review is submitted", () => {
  test("moves to this year's self-review once it is, so the published stages are recorded against it", () => {
    const p = id(run("INSERT INTO partnerships (name, level, nation) VALUES ('Rutland', 'local', 'england')"));
    const lastYear = id(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2030/31', '2030-04-01', '2031-03-31', 'closed')",
      ),
    );
    const thisYear = id(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2031/32', '2031-04-01', '2032-03-31', 'open')",
      ),
    );
    const submitted = (cycle: number, at: string) =>
      id(
        run(
          "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, scores_snapshot) VALUES (?, ?, 'submitted', ?, ?, ?)",
          p,
          cycle,
          fw.version,
          at,
          JSON.stringify(scoreAssessment(fw, {})),
        ),
      );
    const before = submitted(lastYear, "2031-02-01T10:00:00.000Z");
    const assignment = id(
      run(
        "INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)",
        reviewer.userId,
        p,
        thisYear,
      ),
    );
    const linked = () =>
      get<{ assessmentId: number }>(
        "SELECT assessment_id AS assessmentId FROM peer_reviews WHERE assignment_id = ?",
        assignment,
      ).assessmentId;
    reviews.savePeerReview(reviewer, assignment, review(false), false);
    assert.equal(linked(), before);
    const now = submitted(thisYear, "2031-09-01T10:00:00.000Z");
    reviews.savePeerReview(reviewer, assignment, review(true), true);
    assert.equal(linked(), now);
    // The partnership's results for this year find the published review; last year's do not.
    const published = (assessmentId: number) =>
      get<{ n: number }>(
        "SELECT count(*) n FROM peer_reviews WHERE assessment_id = ? AND status = 'published'",
        assessmentId,
      ).n;
    assert.equal(published(now), 1);
    assert.equal(published(before), 0);
  });
});

describe("the visit pack's documents to request", () => {
  test("a document is listed beside a 'Yes', and not once the answer is no longer 'Yes'", () => {
    const { assessmentId: reviewedId } = get<{ assessmentId: number }>(
      "SELECT assessment_id AS assessmentId FROM peer_reviews WHERE assignment_id = ?",
      assignmentId,
    );
    const responseId = get<{ id: number }>(
      "SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated'",
      reviewedId,
    ).id;
    const q = fw.dimensions.flatMap((d) => d.questions).find((x) => x.type === "yesno_evidence")!;
    const answer = (value: unknown) =>
      run(
        "INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?) ON CONFLICT (response_id, question_id) DO UPDATE SET value = excluded.value",
        responseId,
        q.id,
        JSON.stringify(value),
      );
    answer({ kind: "yesno", answer: "yes", evidence: { title: "Terms of reference", date: "2024-05-01" } });
    run(
      "INSERT INTO evidence_documents (assessment_id, response_id, question_id, file_name, stored_name, content_type, size_bytes, sha256, uploaded_at) VALUES (?, ?, ?, 'terms.pdf', 'pack-test', 'application/pdf', 10, 'x', '2024-05-02')",
      reviewedId,
      responseId,
      q.id,
    );
    const listed = () =>
      reviews.visitPack(commissioner, assignmentId)!.documents!.find((d) => d.question === q.text)!.file;
    assert.equal(listed()?.fileName, "terms.pdf");
    answer({ kind: "yesno", answer: "no" });
    assert.equal(listed(), null);
  });
});
