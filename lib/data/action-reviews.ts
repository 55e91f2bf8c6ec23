import "server-only";
// The follow-up of last year's action plan inside this year's self-review: every action still
// open when the cycle began is asked about (done? what changed?) before the review is submitted.
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { actionReviews, actions, cycles, users } from "@/db/schema";
import type { ActionStatus } from "@/lib/domain/enums";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/action-result";
import type { AssessmentContext } from "@/lib/data/assessments";

/** Actions from earlier cycles still open when this assessment started, with this year's review. */
export function actionsToReview(ctx: Pick<AssessmentContext, "partnership" | "cycle" | "assessment">) {
  const db = getDb();
  const earlier = db
    .select({
      id: actions.id,
      title: actions.title,
      dimensionId: actions.dimensionId,
      status: actions.status,
      dueOn: actions.dueOn,
      ownerOrganisation: actions.ownerOrganisation,
      cycleLabel: cycles.label,
    })
    .from(actions)
    .innerJoin(cycles, eq(cycles.id, actions.cycleId))
    .where(and(eq(actions.partnershipId, ctx.partnership.id), lt(cycles.opensOn, ctx.cycle.opensOn)))
    .orderBy(asc(cycles.opensOn), asc(actions.id))
    .all();
  const reviews = earlier.length
    ? db
        .select({
          actionId: actionReviews.actionId,
          status: actionReviews.status,
          whatChanged: actionReviews.whatChanged,
          reviewedAt: actionReviews.reviewedAt,
          by: users.name,
        })
        .from(actionReviews)
        .leftJoin(users, eq(users.id, actionReviews.reviewedByUserId))
        .where(
          and(
            eq(actionReviews.assessmentId, ctx.assessment.id),
            inArray(
              actionReviews.actionId,
              earlier.map((a) => a.id),
            ),
          ),
        )
        .all()
    : [];
  const byAction = new Map(reviews.map((r) => [r.actionId, r]));
  // Open = not done or dropped before this year's review; an action reviewed this year stays listed.
  return earlier
    .filter((a) => byAction.has(a.id) || (a.status !== "done" && a.status !== "dropped"))
    .map((a) => ({ ...a, review: byAction.get(a.id) ?? null }));
}

export function reviewAction(
  actor: Actor,
  ctx: AssessmentContext,
  actionId: number,
  status: ActionStatus,
  whatChanged: string,
): void {
  if (ctx.role !== "consolidated" || !ctx.canEdit) throw new ActionError("Page not found", "not-found");
  const open = actionsToReview(ctx).find((a) => a.id === actionId);
  if (!open) throw new ActionError("Page not found", "not-found");
  const now = new Date().toISOString();
  writeTransaction((tx) => {
    tx.insert(actionReviews)
      .values({
        actionId,
        assessmentId: ctx.assessment.id,
        status,
        whatChanged: whatChanged || null,
        reviewedByUserId: actor.userId,
        reviewedAt: now,
      })
      .onConflictDoUpdate({
        target: [actionReviews.actionId, actionReviews.assessmentId],
        set: { status, whatChanged: whatChanged || null, reviewedByUserId: actor.userId, reviewedAt: now },
      })
      .run();
    tx.update(actions)
      .set({ status, progressNote: whatChanged || null, updatedAt: now, rowVersion: sql`${actions.rowVersion} + 1` })
      .where(eq(actions.id, actionId))
      .run();
  });
}
