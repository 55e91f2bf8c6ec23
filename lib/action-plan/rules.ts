// The action plan's pure rules.
import type { PlanActionStatus } from "@/lib/domain/enums";

/** Open: not yet done or dropped. Open actions are listed first, followed up next year, and can fall overdue. */
export const OPEN_PLAN_ACTION_STATUSES: readonly PlanActionStatus[] = ["not_started", "in_progress"];

export function isOpenPlanAction(action: { status: string }): boolean {
  return (OPEN_PLAN_ACTION_STATUSES as readonly string[]).includes(action.status);
}

/** The recommendations already in the plan: those of its open actions (a done or dropped one may be added again). */
export function recommendationsInPlan(actions: ReadonlyArray<{ status: string; recommendationId: string | null }>) {
  return new Set(actions.filter(isOpenPlanAction).map((a) => a.recommendationId));
}
