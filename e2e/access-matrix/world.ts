// The people and data of the access table's walk (e2e/access-matrix.spec.ts): two partnerships made
// for the test (own and other) with a year of history, every actor signed in once, and the ids of
// the things each entry addresses.
import type { APIRequestContext } from "@playwright/test";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, db, createPartnershipWithPeople, signedInRequest, demoPasswordHash, server } from "../fixtures";
import { getFramework } from "../../lib/framework";
import { sectionsOf } from "../../lib/assessment/rules";
import { seedHistory } from "../../db/seed/history";
import { ACTORS, type Actor, type GlobalIds, type ScopeIds } from "./types";
import { actionIds } from "./app";
import { callAction, type World } from "./calls";

export async function buildWorld(): Promise<World> {
  const fw = getFramework()!;
  const own = await createPartnershipWithPeople("matrix", 1);
  const other = await createPartnershipWithPeople("matrix-other", 1);
  const conn = db();
  const hash = await demoPasswordHash();
  const suffix = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const addUser = (label: string, globalRole: string | null) =>
    Number(
      conn
        .prepare("INSERT INTO users (email, name, password_hash, global_role) VALUES (?, ?, ?, ?)")
        .run(`${label}.${suffix}@example.org`, `Matrix ${label}`, hash, globalRole).lastInsertRowid,
    );
  const one = <T>(sql: string, ...params: unknown[]) => conn.prepare(sql).get(...params) as T;

  // Three years of submitted history for both partnerships, as the demo partnerships have.
  // The three closed cycles before the current one (other specs may have added older or later ones).
  const past = (
    conn
      .prepare(
        "SELECT id, label, opens_on AS opensOn FROM cycles WHERE status = 'closed' AND opens_on < (SELECT min(opens_on) FROM cycles WHERE status = 'open') ORDER BY opens_on DESC LIMIT 3",
      )
      .all() as { id: number; label: string; opensOn: string }[]
  ).reverse();
  for (const p of [own, other]) {
    seedHistory(conn, fw, past, {
      partnershipId: p.partnershipId,
      maturity: [0.2, 0.35, 0.5],
      coordinatorUserId: p.coordinator.userId,
      memberUserIds: [p.members[0]!.userId],
    });
  }
  const currentCycleId = one<{ id: number }>(
    "SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on LIMIT 1",
  ).id;

  const users: Record<Exclude<Actor, "anonymous" | "member" | "coordinator">, number> & {
    otherReviewer: number;
    spareUser: number;
    spareReviewer: number;
    erasable: number;
  } = {
    reviewer: addUser("reviewer", "reviewer"),
    "reviewer-unassigned": addUser("reviewer-unassigned", "reviewer"),
    commissioner: addUser("commissioner", "commissioner"),
    admin: addUser("admin", "admin"),
    disabled: addUser("disabled", null),
    otherReviewer: addUser("other-reviewer", "reviewer"),
    spareUser: addUser("spare", null),
    spareReviewer: addUser("spare-reviewer", "reviewer"),
    erasable: addUser("erasable", null),
  };
  conn
    .prepare(
      "INSERT INTO memberships (user_id, partnership_id, role, organisation) VALUES (?, ?, 'coordinator', 'Matrix organisation')",
    )
    .run(users.disabled, own.partnershipId);
  const assign = (reviewer: number, partnershipId: number, cycleId: number) =>
    Number(
      conn
        .prepare("INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)")
        .run(reviewer, partnershipId, cycleId).lastInsertRowid,
    );
  const ownAssignment = assign(users.reviewer, own.partnershipId, currentCycleId);
  const otherAssignment = assign(users.otherReviewer, other.partnershipId, currentCycleId);
  const pool = (
    conn.prepare("SELECT id FROM partnerships WHERE name NOT LIKE 'Test partnership %' ORDER BY id LIMIT 16").all() as {
      id: number;
    }[]
  ).map((r) => r.id);
  const spareAssignmentIds = pool.slice(8, 16).map((p) => assign(users.spareReviewer, p, past[0]!.id));
  // A year of its own each time the set-up runs (it runs again in a new worker after a failure).
  const plannedYear = 2070 + Math.floor(Math.random() * 900);
  const plannedCycleId = Number(
    conn
      .prepare("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES (?, ?, ?, 'planned')")
      .run(
        `${plannedYear}/${String((plannedYear + 1) % 100).padStart(2, "0")}`,
        `${plannedYear}-04-01`,
        `${plannedYear + 1}-03-31`,
      ).lastInsertRowid,
  );

  // Sign everyone in once.
  const emails: Record<Actor, string | null> = {
    anonymous: null,
    member: own.members[0]!.email,
    coordinator: own.coordinator.email,
    reviewer: `reviewer.${suffix}@example.org`,
    "reviewer-unassigned": `reviewer-unassigned.${suffix}@example.org`,
    commissioner: `commissioner.${suffix}@example.org`,
    admin: `admin.${suffix}@example.org`,
    disabled: `disabled.${suffix}@example.org`,
  };
  const contexts = new Map<Actor, APIRequestContext>();
  for (const actor of ACTORS) contexts.set(actor, await signedInRequest(emails[actor]));
  const userIds = new Map<Actor, number | null>(
    ACTORS.map((a) => [
      a,
      a === "anonymous"
        ? null
        : a === "member"
          ? own.members[0]!.userId
          : a === "coordinator"
            ? own.coordinator.userId
            : users[a],
    ]),
  );
  // Signed in, then disabled: every later request must treat them as signed out.
  conn.prepare("UPDATE users SET disabled = 1 WHERE id = ?").run(users.disabled);

  // This year's self-reviews, started by their coordinators as the app does (carrying answers over).
  const otherCoordinator = await signedInRequest(other.coordinator.email);
  const ids = actionIds();
  for (const [ctx, p] of [
    [contexts.get("coordinator")!, own],
    [otherCoordinator, other],
  ] as const) {
    const r = await callAction(ctx, ids.get("lib/assessment/actions.ts#startAssessmentAction")!, [
      { partnershipId: String(p.partnershipId) },
    ]);
    expect(r.result, "starting this year's self-review").toMatchObject({ ok: true });
  }
  await otherCoordinator.dispose();

  const dimension = sectionsOf(fw).find((s) => s.kind === "dimension")!;
  const question = fw.dimensions
    .find((d) => d.id === dimension.id)!
    .questions.find((q) => q.type === "single" && dimension.topics[0]!.questionIds.includes(q.id))!;
  const scopeIds = (p: { partnershipId: number }, assignmentId: number): ScopeIds => {
    const current = one<{ id: number }>(
      "SELECT id FROM assessments WHERE partnership_id = ? AND cycle_id = ?",
      p.partnershipId,
      currentCycleId,
    ).id;
    const pastAssessment = one<{ id: number }>(
      "SELECT id FROM assessments WHERE partnership_id = ? AND cycle_id = ?",
      p.partnershipId,
      past[past.length - 1]!.id,
    ).id;
    const act = one<{ id: number; row_version: number }>(
      "SELECT id, row_version FROM actions WHERE partnership_id = ? AND cycle_id = ? AND status NOT IN ('done', 'dropped') ORDER BY id LIMIT 1",
      p.partnershipId,
      past[past.length - 1]!.id,
    );
    const invitationId = Number(
      conn
        .prepare(
          "INSERT INTO invitations (partnership_id, email, organisation, token_hash, created_at, expires_at) VALUES (?, ?, 'Matrix organisation', ?, ?, ?)",
        )
        .run(
          p.partnershipId,
          `matrix.pending.${p.partnershipId}@example.org`,
          randomBytes(32).toString("hex"),
          new Date().toISOString(),
          new Date(Date.now() + 7 * 86_400_000).toISOString(),
        ).lastInsertRowid,
    );
    return {
      partnershipId: p.partnershipId,
      currentAssessmentId: current,
      pastAssessmentId: pastAssessment,
      actionId: act.id,
      actionVersion: act.row_version,
      invitationId,
      assignmentId,
      sectionId: dimension.id,
      topicId: dimension.topics[0]!.id,
    };
  };
  const ownIds = scopeIds(own, ownAssignment);
  const otherIds = scopeIds(other, otherAssignment);

  // An evidence document on each current self-review's consolidated answers, stored as the app
  // stores them (lib/evidence/storage.ts: DOCUMENTS_DIR unset, so beside the database).
  const evidenceQuestionId = fw.dimensions.flatMap((d) => d.questions).find((q) => q.type === "yesno_evidence")!.id;
  const documentsDir = path.join(path.dirname(server().databasePath), "documents");
  mkdirSync(documentsDir, { recursive: true });
  for (const assessmentId of [ownIds.currentAssessmentId, otherIds.currentAssessmentId]) {
    const storedName = randomBytes(16).toString("hex");
    const content = Buffer.from("%PDF-1.4\n% matrix evidence\n");
    writeFileSync(path.join(documentsDir, storedName), content);
    conn
      .prepare(
        `INSERT INTO evidence_documents (assessment_id, response_id, question_id, file_name, stored_name, content_type, size_bytes, sha256, uploaded_at)
         SELECT ?, r.id, ?, 'Terms of reference.pdf', ?, 'application/pdf', ?, ?, ? FROM responses r WHERE r.assessment_id = ? AND r.kind = 'consolidated'`,
      )
      .run(
        assessmentId,
        evidenceQuestionId,
        storedName,
        content.length,
        createHash("sha256").update(content).digest("hex"),
        new Date().toISOString(),
        assessmentId,
      );
  }

  // The member's own response to this year's review, as their first save creates it (opening the
  // page writes nothing: issue 16, item 11).
  expect((await contexts.get("member")!.get(`/assessments/${ownIds.currentAssessmentId}`)).status()).toBe(200);
  conn
    .prepare(
      "INSERT INTO responses (assessment_id, kind, respondent_user_id, organisation) VALUES (?, 'member', ?, 'Matrix organisation')",
    )
    .run(ownIds.currentAssessmentId, own.members[0]!.userId);
  // A recommendation the coordinator could add to the plan, as the results page offers it.
  const results = await (
    await contexts.get("coordinator")!.get(`/assessments/${ownIds.currentAssessmentId}/results`)
  ).text();
  const recommendationId = /recommendationId\\?":\\?"([a-z0-9_.-]+)/i.exec(results)?.[1];
  expect(recommendationId, "a recommendation offered on the results page").toBeTruthy();

  const pendingToken = randomBytes(32).toString("base64url");
  conn
    .prepare(
      "INSERT INTO invitations (partnership_id, email, organisation, token_hash, created_at, expires_at) VALUES (?, ?, 'Matrix organisation', ?, ?, ?)",
    )
    .run(
      own.partnershipId,
      `matrix.invitee.${suffix}@example.org`,
      createHash("sha256").update(pendingToken).digest("hex"),
      new Date().toISOString(),
      new Date(Date.now() + 7 * 86_400_000).toISOString(),
    );

  const g: GlobalIds = {
    pendingToken,
    currentCycleId,
    plannedCycleId,
    spareUserId: users.spareUser,
    erasableUserId: users.erasable,
    spareReviewerId: users.spareReviewer,
    spareAssignmentIds,
    partnershipPool: pool.slice(0, 8),
    unusedToken: randomBytes(32).toString("base64url"),
    recommendationId: recommendationId!,
    evidenceQuestionId,
    questionId: question.id,
    questionOptions: question.type === "single" ? question.options.map((o) => o.id) : [],
  };
  // The own partnership with the other's things: each must be refused as not the partnership's.
  const mixedIds: ScopeIds = {
    ...ownIds,
    actionId: otherIds.actionId,
    actionVersion: otherIds.actionVersion,
    invitationId: otherIds.invitationId,
  };
  return { ids: { own: ownIds, other: otherIds, mixed: mixedIds, g }, contexts, userIds, conn };
}
