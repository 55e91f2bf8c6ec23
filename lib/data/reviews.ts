import "server-only";
// Peer review: the visit pack generated for an assignment, and the review record. A reviewer sees
// only the partnerships assigned to them, read-only, and only while the assignment's cycle is not
// closed (as for the partnership's own pages: lib/data/sessions.ts); the commissioner and admin may
// read too. The pack shows the partnership as it stood in that cycle: members who had joined and
// actions that had been raised by its close, not people or actions added since.
import { and, desc, eq, lt, lte, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import {
  assessments,
  cycles,
  memberships,
  partnerships,
  peerReviewDimensions,
  peerReviews,
  responses,
  reviewAssignments,
  users,
} from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/action-result";
import { recordAudit } from "@/lib/data/audit";
import { answerMapOf, loadAnswers } from "@/lib/data/assessments";
import { bumpGeneration } from "@/lib/data/generations";
import { getFramework, getQuestion, mapAnswers } from "@/lib/framework";
import { scoreAssessment, type AssessmentScore } from "@/lib/framework/scoring";
import type { AnswerMap } from "@/lib/framework/types";
import { dimensionSpread } from "@/lib/framework/respondents";
import { describeAnswer } from "@/lib/assessment/describe";
import { linesOfEnquiry } from "@/lib/review/enquiry";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

type Assignment = {
  id: number;
  reviewerUserId: number;
  partnershipId: number;
  cycleId: number;
  cycleLabel: string;
  cycleOpensOn: string;
  cycleClosesOn: string;
  cycleStatus: "planned" | "open" | "closed";
  partnershipName: string;
};

function loadAssignment(assignmentId: number): Assignment | undefined {
  return getDb()
    .select({
      id: reviewAssignments.id,
      reviewerUserId: reviewAssignments.reviewerUserId,
      partnershipId: reviewAssignments.partnershipId,
      cycleId: reviewAssignments.cycleId,
      cycleLabel: cycles.label,
      cycleOpensOn: cycles.opensOn,
      cycleClosesOn: cycles.closesOn,
      cycleStatus: cycles.status,
      partnershipName: partnerships.name,
    })
    .from(reviewAssignments)
    .innerJoin(cycles, eq(cycles.id, reviewAssignments.cycleId))
    .innerJoin(partnerships, eq(partnerships.id, reviewAssignments.partnershipId))
    .where(eq(reviewAssignments.id, assignmentId))
    .get();
}

/**
 * The assignment if this actor is its reviewer while its cycle is not closed (may record), or the
 * commissioner/admin (may read, at any time).
 */
export function assignmentFor(actor: Actor, assignmentId: number): (Assignment & { canRecord: boolean }) | null {
  const a = loadAssignment(assignmentId);
  if (!a) return null;
  const own = actor.globalRole === "reviewer" && a.reviewerUserId === actor.userId && a.cycleStatus !== "closed";
  if (!own && !can(actor, "read:national")) return null;
  return { ...a, canRecord: own };
}

/** The last moment of a cycle (its closing day, UTC), to read what existed by then. */
export function endOfCycle(closesOn: string): string {
  return `${closesOn}T23:59:59.999Z`;
}

export function listMyAssignments(actor: Actor) {
  return getDb()
    .select({
      id: reviewAssignments.id,
      partnershipId: partnerships.id,
      partnershipName: partnerships.name,
      cycleLabel: cycles.label,
      cycleClosed: sql<boolean>`${cycles.status} = 'closed'`.mapWith(Boolean),
      status: peerReviews.status,
    })
    .from(reviewAssignments)
    .innerJoin(partnerships, eq(partnerships.id, reviewAssignments.partnershipId))
    .innerJoin(cycles, eq(cycles.id, reviewAssignments.cycleId))
    .leftJoin(peerReviews, eq(peerReviews.assignmentId, reviewAssignments.id))
    .where(eq(reviewAssignments.reviewerUserId, actor.userId))
    .orderBy(desc(cycles.opensOn))
    .all();
}

/** The self-assessment a review looks at: the cycle's own if submitted, else the latest submitted before it. */
function reviewedAssessment(a: Assignment) {
  return (
    getDb()
      .select({
        id: assessments.id,
        status: assessments.status,
        frameworkVersion: assessments.frameworkVersion,
        scores: assessments.scoresSnapshot,
        rescored: assessments.rescoredSnapshot,
        rescoredVersion: assessments.rescoredVersion,
        cycleLabel: cycles.label,
        opensOn: cycles.opensOn,
      })
      .from(assessments)
      .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
      .where(and(eq(assessments.partnershipId, a.partnershipId), eq(assessments.status, "submitted")))
      .orderBy(desc(cycles.opensOn))
      .all()
      .find((r) => r.opensOn <= a.cycleOpensOn) ?? null
  );
}

function consolidatedOf(assessmentId: number) {
  const r = getDb()
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.assessmentId, assessmentId), eq(responses.kind, "consolidated")))
    .get();
  return answerMapOf(loadAnswers(r?.id ?? null));
}

export function visitPack(actor: Actor, assignmentId: number) {
  const a = assignmentFor(actor, assignmentId);
  if (!a) return null;
  const fw = getFramework()!;
  const db = getDb();
  const reviewed = reviewedAssessment(a);
  const cycleEnd = endOfCycle(a.cycleClosesOn);
  const people = db
    .select({ name: users.name, role: memberships.role, organisation: memberships.organisation })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, a.partnershipId), lte(memberships.createdAt, cycleEnd)))
    .all();
  const forceAreas = db.$client
    .prepare(
      "SELECT fa.name FROM partnership_force_areas x JOIN force_areas fa ON fa.id = x.force_area_id WHERE x.partnership_id = ? ORDER BY fa.name",
    )
    .all(a.partnershipId) as { name: string }[];
  const p = db.select().from(partnerships).where(eq(partnerships.id, a.partnershipId)).get()!;
  if (!reviewed)
    return { assignment: a, partnership: p, forceAreas: forceAreas.map((f) => f.name), people, reviewed: null };

  // The pack reads the self-review under the current framework version (answers rolled forward,
  // scores as re-scored), so that every line of enquiry rests on one version; it says which.
  const toCurrent = (version: string, a: AnswerMap) =>
    version === fw.version ? a : mapAnswers(version, fw.version, a);
  const comparable = (row: {
    frameworkVersion: string;
    scores: unknown;
    rescored: unknown;
    rescoredVersion: string | null;
    id: number;
  }) =>
    row.frameworkVersion === fw.version
      ? (row.scores as AssessmentScore)
      : row.rescoredVersion === fw.version && row.rescored
        ? (row.rescored as AssessmentScore)
        : scoreAssessment(fw, toCurrent(row.frameworkVersion, consolidatedOf(row.id)));
  const answers = toCurrent(reviewed.frameworkVersion, consolidatedOf(reviewed.id));
  const scores = comparable(reviewed).dimensions;
  const members = db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.assessmentId, reviewed.id), eq(responses.kind, "member")))
    .all();
  const spread = dimensionSpread(
    fw,
    members.map((m) => ({
      respondentId: String(m.id),
      answers: toCurrent(reviewed.frameworkVersion, answerMapOf(loadAnswers(m.id))),
    })),
    answers,
  );
  const previous = db
    .select({
      id: assessments.id,
      frameworkVersion: assessments.frameworkVersion,
      scores: assessments.scoresSnapshot,
      rescored: assessments.rescoredSnapshot,
      rescoredVersion: assessments.rescoredVersion,
      label: cycles.label,
    })
    .from(assessments)
    .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
    .where(
      and(
        eq(assessments.partnershipId, a.partnershipId),
        eq(assessments.status, "submitted"),
        lt(cycles.opensOn, reviewed.opensOn),
      ),
    )
    .orderBy(desc(cycles.opensOn))
    .get();
  // The plan as it stood in the assignment's cycle: actions raised in it or before, by its close.
  const actionRows = db.$client
    .prepare(
      `SELECT a.title, a.dimension_id AS dimensionId, a.due_on AS dueOn, a.status
       FROM actions a JOIN cycles c ON c.id = a.cycle_id
       WHERE a.partnership_id = ? AND c.opens_on <= ? AND a.created_at <= ?`,
    )
    .all(a.partnershipId, a.cycleOpensOn, cycleEnd) as {
    title: string;
    dimensionId: string;
    dueOn: string | null;
    status: string;
  }[];
  const lines = linesOfEnquiry({
    framework: fw,
    answers,
    scores,
    spread,
    previous: previous ? { cycleLabel: previous.label, scores: comparable(previous).dimensions } : null,
    actions: actionRows,
    cycleOpensOn: reviewed.opensOn,
    today: new Date().toISOString().slice(0, 10),
  });
  const ranked = [...scores].filter((s) => s.score !== null).sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
  const name = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;
  const documents = fw.dimensions.flatMap((d) =>
    d.questions
      .filter((q) => q.type === "yesno_evidence")
      .map((q) => ({
        question: q.text,
        answer: describeAnswer(q, answers[q.id]),
        prompt: q.type === "yesno_evidence" ? (q.evidencePrompt ?? null) : null,
      })),
  );
  const profile = [
    "profile.chair_org",
    "profile.coordinator_org",
    "profile.activities",
    "profile.funding_sources",
    "profile.member_types",
  ].map((id) => {
    const q = getQuestion(fw, id);
    return { id, text: q?.text ?? id, answer: q ? describeAnswer(q, answers[id]) : "" };
  });
  const lastReview = db
    .select({ id: peerReviews.id, feedback: peerReviews.overallFeedback, cycleLabel: cycles.label })
    .from(peerReviews)
    .innerJoin(reviewAssignments, eq(reviewAssignments.id, peerReviews.assignmentId))
    .innerJoin(cycles, eq(cycles.id, reviewAssignments.cycleId))
    .where(
      and(
        eq(reviewAssignments.partnershipId, a.partnershipId),
        eq(peerReviews.status, "published"),
        lt(cycles.opensOn, a.cycleOpensOn),
      ),
    )
    .orderBy(desc(cycles.opensOn))
    .get();
  return {
    assignment: a,
    partnership: p,
    forceAreas: forceAreas.map((f) => f.name),
    people,
    reviewed: {
      id: reviewed.id,
      cycleLabel: reviewed.cycleLabel,
      recordedVersion: reviewed.frameworkVersion,
      version: fw.version,
    },
    profile,
    scores,
    strengths: ranked.slice(0, 3).map((s) => ({ name: name(s.dimensionId), stage: s.stage, score: s.score })),
    development: ranked
      .slice(-3)
      .reverse()
      .map((s) => ({ name: name(s.dimensionId), stage: s.stage, score: s.score })),
    lines,
    documents,
    lastReview: lastReview
      ? {
          cycleLabel: lastReview.cycleLabel,
          feedback: lastReview.feedback,
          dimensions: db
            .select()
            .from(peerReviewDimensions)
            .where(eq(peerReviewDimensions.reviewId, lastReview.id))
            .all(),
        }
      : null,
  };
}

export type ReviewInput = {
  dimensions: Record<string, { agree: boolean; validatedStage: number; findings: string; reason: string }>;
  overallFeedback: string;
};

export function getReview(actor: Actor, assignmentId: number) {
  const a = assignmentFor(actor, assignmentId);
  if (!a) return null;
  const r = getDb().select().from(peerReviews).where(eq(peerReviews.assignmentId, assignmentId)).get();
  return {
    assignment: a,
    review: r ?? null,
    dimensions: r
      ? getDb().select().from(peerReviewDimensions).where(eq(peerReviewDimensions.reviewId, r.id)).all()
      : [],
  };
}

export function saveReview(actor: Actor, assignmentId: number, input: ReviewInput, publish: boolean): void {
  const a = assignmentFor(actor, assignmentId);
  if (!a || !a.canRecord) throw NOT_FOUND();
  const reviewed = reviewedAssessment(a);
  if (!reviewed) throw new ActionError("There is no submitted self-assessment to review yet.", "invalid");
  const scores = (reviewed.scores as AssessmentScore).dimensions;
  const fw = getFramework()!;
  const errors: Record<string, string[]> = {};
  // A draft saves whatever is there (an adjustment still without its reason, say): leaving the
  // page must never lose it. Only publishing needs the review complete.
  if (publish) {
    for (const d of fw.dimensions) {
      const v = input.dimensions[d.id];
      if (!v) continue;
      const self = scores.find((s) => s.dimensionId === d.id)?.stage.index ?? 1;
      if (!v.agree && v.validatedStage === self)
        errors[`dimensions.${d.id}.validatedStage`] = ["Choose a different stage, or agree with the self-assessed one"];
      if (!v.agree && !v.reason.trim())
        errors[`dimensions.${d.id}.reason`] = [`Give the reason for adjusting the stage of ${d.name}`];
    }
    for (const d of fw.dimensions)
      if (!input.dimensions[d.id])
        errors[`dimensions.${d.id}.agree`] = [`Record a finding for ${d.name} before publishing`];
    if (!input.overallFeedback.trim()) errors.overallFeedback = ["Write the overall feedback before publishing"];
  }
  if (Object.keys(errors).length) throw new ActionError("There is a problem", "invalid", errors);
  const now = new Date().toISOString();
  writeTransaction((tx) => {
    // Checked again under the write lock: the cycle may have closed since the assignment was read.
    const cycle = tx.select({ status: cycles.status }).from(cycles).where(eq(cycles.id, a.cycleId)).get();
    if (!cycle || cycle.status === "closed") throw NOT_FOUND();
    const existing = tx.select().from(peerReviews).where(eq(peerReviews.assignmentId, assignmentId)).get();
    if (existing?.status === "published")
      throw new ActionError("This review has been published and can no longer be changed.", "invalid");
    const reviewId =
      existing?.id ??
      tx
        .insert(peerReviews)
        .values({ assignmentId, assessmentId: reviewed.id, updatedAt: now })
        .returning({ id: peerReviews.id })
        .get().id;
    tx.update(peerReviews)
      .set({
        overallFeedback: input.overallFeedback.trim() || null,
        status: publish ? "published" : "draft",
        publishedAt: publish ? now : null,
        updatedAt: now,
      })
      .where(eq(peerReviews.id, reviewId))
      .run();
    tx.delete(peerReviewDimensions).where(eq(peerReviewDimensions.reviewId, reviewId)).run();
    for (const d of fw.dimensions) {
      const v = input.dimensions[d.id];
      if (!v) continue;
      const self = scores.find((s) => s.dimensionId === d.id)?.stage.index ?? 1;
      tx.insert(peerReviewDimensions)
        .values({
          reviewId,
          dimensionId: d.id,
          selfStage: self,
          validatedStage: v.agree ? self : v.validatedStage,
          findings: v.findings.trim() || null,
          reason: v.agree ? null : v.reason.trim() || null,
        })
        .run();
    }
  });
  if (publish) {
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "review.publish",
      targetType: "partnership",
      targetId: a.partnershipId,
      outcome: "success",
      detail: { assignmentId, assessmentId: reviewed.id },
    });
  }
}

/** Validated stages of a published review of this assessment, for the partnership's results. */
export function validatedStages(assessmentId: number): {
  stages: Map<string, { stage: number; findings: string | null; reason: string | null }>;
  feedback: string | null;
} | null {
  const r = getDb()
    .select()
    .from(peerReviews)
    .where(and(eq(peerReviews.assessmentId, assessmentId), eq(peerReviews.status, "published")))
    .orderBy(desc(peerReviews.publishedAt))
    .get();
  if (!r) return null;
  const dims = getDb().select().from(peerReviewDimensions).where(eq(peerReviewDimensions.reviewId, r.id)).all();
  return {
    stages: new Map(
      dims.map((d) => [d.dimensionId, { stage: d.validatedStage, findings: d.findings, reason: d.reason }]),
    ),
    feedback: r.overallFeedback,
  };
}
