import "server-only";
// The follow-up of last year's action plan inside this year's self-review: every action still
// open when the cycle began is asked about (done? what changed?) before the review is submitted.
import { and, asc, eq, inArray, lt } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { planActionFollowUps, planActions, cycles, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { FollowUpInput, FollowUpResult } from "@/lib/action-plan/types";
import { ActionError } from "@/lib/server-action-result";
import { recordAudit } from "@/lib/audit/record.server";
import type { AssessmentContext } from "@/lib/assessment/types";
import { isOpenPlanAction } from "@/lib/action-plan/rules";
import { followUpKey } from "@/lib/action-plan/schemas";

/** Actions from earlier cycles still open when this assessment started, with this year's review. */
export function planActionsToFollowUp(ctx: Pick<AssessmentContext, "partnership" | "cycle" | "assessment">) {
  return earlierPlanActions(ctx).filter(isFollowedUp);
}

// Open = not done or dropped before this year's review; an action reviewed this year stays listed.
function isFollowedUp(a: { status: string; review: unknown }): boolean {
  return a.review !== null || isOpenPlanAction(a);
}

/** Every action from the partnership's earlier cycles, with this year's review of it, if any. */
function earlierPlanActions(ctx: Pick<AssessmentContext, "partnership" | "cycle" | "assessment">) {
  const db = getDb();
  const earlier = db
    .select({
      id: planActions.id,
      title: planActions.title,
      dimensionId: planActions.dimensionId,
      status: planActions.status,
      dueOn: planActions.dueOn,
      ownerOrganisation: planActions.ownerOrganisation,
      rowVersion: planActions.rowVersion,
      cycleLabel: cycles.label,
    })
    .from(planActions)
    .innerJoin(cycles, eq(cycles.id, planActions.cycleId))
    .where(and(eq(planActions.partnershipId, ctx.partnership.id), lt(cycles.opensOn, ctx.cycle.opensOn)))
    .orderBy(asc(cycles.opensOn), asc(planActions.id))
    .all();
  const reviews = earlier.length
    ? db
        .select({
          actionId: planActionFollowUps.actionId,
          status: planActionFollowUps.status,
          whatChanged: planActionFollowUps.whatChanged,
          reviewedAt: planActionFollowUps.reviewedAt,
          by: users.name,
        })
        .from(planActionFollowUps)
        .leftJoin(users, eq(users.id, planActionFollowUps.reviewedByUserId))
        .where(
          and(
            eq(planActionFollowUps.assessmentId, ctx.assessment.id),
            inArray(
              planActionFollowUps.actionId,
              earlier.map((a) => a.id),
            ),
          ),
        )
        .all()
    : [];
  const byAction = new Map(reviews.map((r) => [r.actionId, r]));
  return earlier.map((a) => ({ ...a, review: byAction.get(a.id) ?? null }));
}

/**
 * Saves the answers on "Last year's action plan" in one go, in one transaction: every action
 * with a status is saved (an action someone changed since the page was opened is not: both
 * versions come back, as for answers, also where it was closed on the action plan meanwhile); an
 * action without one stays unanswered and is listed, so the page can say so. Nothing typed is
 * dropped: a note without a status is refused, with every such error at once, before anything is
 * written. A note left blank keeps the action's progress note as it is.
 */
export function saveFollowUp(actor: Actor, ctx: AssessmentContext, items: FollowUpInput[]): FollowUpResult {
  if (ctx.role !== "consolidated") throw new ActionError("Page not found", "not-found");
  return writeTransaction((tx) => {
    if (!ctx.canEdit)
      throw new ActionError(
        ctx.assessment.status === "submitted"
          ? "This self-review has been submitted and is locked. A coordinator can reopen it while the cycle is open."
          : "The cycle for this self-review is closed, so it can no longer be changed.",
        "invalid",
      );
    // Any of the partnership's earlier actions may be on the page: one closed on the action plan
    // since the page was opened is no longer listed, but is still the partnership's to answer for.
    const earlier = new Map(earlierPlanActions(ctx).map((a) => [a.id, a]));
    if (items.some((i) => !earlier.has(i.actionId))) throw new ActionError("Page not found", "not-found");
    const errors: Record<string, string[]> = {};
    for (const i of items)
      if (!i.status && i.whatChanged.trim())
        errors[`reviews.${followUpKey(i.actionId)}.status`] = [
          `Select what became of ‘${earlier.get(i.actionId)!.title}’`,
        ];
    if (Object.keys(errors).length) throw new ActionError("There is a problem", "invalid", errors);

    const now = new Date().toISOString();
    const result: FollowUpResult = { versions: {}, saved: 0, conflicts: [], unanswered: [] };
    for (const i of items) {
      if (!i.status) continue;
      const current = tx
        .select({
          status: planActions.status,
          progressNote: planActions.progressNote,
          rowVersion: planActions.rowVersion,
          updatedAt: planActions.updatedAt,
          updatedByName: users.name,
        })
        .from(planActions)
        .leftJoin(users, eq(users.id, planActions.updatedByUserId))
        .where(eq(planActions.id, i.actionId))
        .get()!;
      const review = earlier.get(i.actionId)!.review;
      const whatChanged = i.whatChanged.trim() || null;
      if (review && review.status === i.status && (review.whatChanged ?? null) === whatChanged) {
        result.versions[i.actionId] = current.rowVersion; // saved before, unchanged
        continue;
      }
      // An action closed on the action plan meanwhile has a newer version too: it comes back here,
      // and "Keep my answer" then saves on its new version like any other.
      if (current.rowVersion !== i.baseVersion) {
        result.conflicts.push({
          actionId: i.actionId,
          current: { ...current, progressNote: current.progressNote ?? "" },
        });
        continue;
      }
      tx.insert(planActionFollowUps)
        .values({
          actionId: i.actionId,
          assessmentId: ctx.assessment.id,
          status: i.status,
          whatChanged,
          reviewedByUserId: actor.userId,
          reviewedAt: now,
        })
        .onConflictDoUpdate({
          target: [planActionFollowUps.actionId, planActionFollowUps.assessmentId],
          set: { status: i.status, whatChanged, reviewedByUserId: actor.userId, reviewedAt: now },
        })
        .run();
      const res = tx
        .update(planActions)
        .set({
          status: i.status,
          progressNote: whatChanged ?? current.progressNote,
          updatedAt: now,
          updatedByUserId: actor.userId,
          rowVersion: i.baseVersion + 1,
        })
        .where(and(eq(planActions.id, i.actionId), eq(planActions.rowVersion, i.baseVersion)))
        .run();
      if (res.changes !== 1) throw new Error("action changed inside its own write transaction");
      recordAudit({
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: "action.review",
        targetType: "partnership",
        targetId: ctx.partnership.id,
        outcome: "success",
        detail: { actionId: i.actionId, assessmentId: ctx.assessment.id, status: i.status, fromVersion: i.baseVersion },
      });
      result.versions[i.actionId] = i.baseVersion + 1;
      result.saved++;
    }
    const answered = new Set(
      tx
        .select({ actionId: planActionFollowUps.actionId })
        .from(planActionFollowUps)
        .where(eq(planActionFollowUps.assessmentId, ctx.assessment.id))
        .all()
        .map((r) => r.actionId),
    );
    result.unanswered = [...earlier.values()].filter((a) => isFollowedUp(a) && !answered.has(a.id)).map((a) => a.id);
    return result;
  });
}
