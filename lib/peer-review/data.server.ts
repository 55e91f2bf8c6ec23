import "server-only";
// Peer review: the assignment and its review record. A reviewer sees only the partnerships
// assigned to them, read-only, and only while the assignment's cycle is not closed (as for the
// partnership's own pages: lib/auth/sessions.server.ts); the commissioner and admin may read too.
// The visit pack: visit-pack.server.ts.
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction } from "@/db/client";
import { assessments, cycles, partnerships, peerReviewDimensions, peerReviews, reviewAssignments } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { recordAudit } from "@/lib/audit/record.server";
import { bumpGeneration } from "@/lib/cache/generations.server";
import { getFramework } from "@/lib/framework";
import type { AssessmentScore } from "@/lib/framework/scoring";
import { queueMessageToEach } from "@/lib/mail/queue.server";
import { coordinatorEmails } from "@/lib/mail/recipients.server";

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
export function reviewedAssessment(a: Assignment) {
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

export type PeerReviewInput = {
  dimensions: Record<string, { agree: boolean; validatedStage: number; findings: string; reason: string }>;
  overallFeedback: string;
};

export function getPeerReview(actor: Actor, assignmentId: number) {
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

export function savePeerReview(actor: Actor, assignmentId: number, input: PeerReviewInput, publish: boolean): void {
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
        // The self-review the stages above were taken from: a draft begun against last year's
        // (this year's not yet submitted) moves to this year's once it is.
        assessmentId: reviewed.id,
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
    if (publish) {
      // "Your peer review is published", to the coordinators, queued with the publication.
      queueMessageToEach(coordinatorEmails(a.partnershipId), {
        kind: "review-published",
        partnershipId: a.partnershipId,
        partnershipName: a.partnershipName,
        cycleLabel: a.cycleLabel,
      });
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

// Read on every view of a partnership's results: plain SQL prepared once per connection
// (docs/decisions/0012).
const validatedStatements = preparedOnce((db) => ({
  review: db.$client.prepare<{ assessmentId: number }, { id: number; overallFeedback: string | null }>(
    `SELECT id, overall_feedback AS overallFeedback FROM peer_reviews
     WHERE assessment_id = :assessmentId AND status = 'published'
     ORDER BY published_at DESC LIMIT 1`,
  ),
  dimensions: db.$client.prepare<
    { reviewId: number },
    { dimensionId: string; validatedStage: number; findings: string | null; reason: string | null }
  >(
    `SELECT dimension_id AS dimensionId, validated_stage AS validatedStage, findings, reason
     FROM peer_review_dimensions WHERE review_id = :reviewId`,
  ),
}));

/** Validated stages of a published review of this assessment, for the partnership's results. */
export function validatedStages(assessmentId: number): {
  stages: Map<string, { stage: number; findings: string | null; reason: string | null }>;
  feedback: string | null;
} | null {
  const q = validatedStatements();
  const r = q.review.get({ assessmentId });
  if (!r) return null;
  const dims = q.dimensions.all({ reviewId: r.id });
  return {
    stages: new Map(
      dims.map((d) => [d.dimensionId, { stage: d.validatedStage, findings: d.findings, reason: d.reason }]),
    ),
    feedback: r.overallFeedback,
  };
}
