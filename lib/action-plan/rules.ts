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

/** Overdue: still open, and its due date has passed (due today is not yet overdue). */
export function isOverdue(action: { status: string; dueOn: string | null }, today: string): boolean {
  return isOpenPlanAction(action) && !!action.dueOn && action.dueOn < today;
}

/** Open actions with the overdue ones first, the longest overdue at the top; the rest keep their order. */
export function sortOpenActions<A extends { status: string; dueOn: string | null }>(
  actions: readonly A[],
  today: string,
): A[] {
  const overdue = actions.filter((a) => isOverdue(a, today)).sort((a, b) => a.dueOn!.localeCompare(b.dueOn!));
  return [...overdue, ...actions.filter((a) => !isOverdue(a, today))];
}

/** The "Yes, save it anyway" checkbox's value as a form or a script sends it. */
export function isConfirmed(value: unknown): boolean {
  return value === true || value === "yes" || (Array.isArray(value) && value.includes("yes"));
}

/**
 * Why saving an action needs an explicit "Yes, save it anyway", or null: an open action given a due
 * date that has already passed. Only when the date is new or changed, so that updating an action
 * that has simply fallen overdue (its progress, or marking it done) asks nothing.
 */
export function actionNeedsConfirmation(
  next: { status: string; dueOn: string },
  saved: { dueOn: string | null } | null,
  today: string,
): string | null {
  if (!next.dueOn || !isOpenPlanAction(next) || next.dueOn >= today) return null;
  if (saved && (saved.dueOn ?? "") === next.dueOn) return null;
  return "The due date is in the past. Check the date, or select ‘Yes, save it anyway’ if it is right";
}

/**
 * Why saving targets needs an explicit "Yes, save it anyway", or null: a target changed to a stage
 * below the stage the dimension is at now (a target is where the partnership aims to be next year).
 */
export function targetsNeedConfirmation(
  changed: ReadonlyArray<{ dimensionId: string; to: number | null }>,
  currentStage: ReadonlyMap<string, number>,
  dimensionName: (id: string) => string,
): string | null {
  const below = changed.filter((c) => c.to !== null && c.to < (currentStage.get(c.dimensionId) ?? 0));
  if (!below.length) return null;
  const list = below
    .map((c) => `${dimensionName(c.dimensionId)} (target ${c.to}, now at stage ${currentStage.get(c.dimensionId)})`)
    .join("; ");
  return `${below.length === 1 ? "This target is" : "These targets are"} below the stage the dimension is at now: ${list}. Check ${below.length === 1 ? "it" : "them"}, or select ‘Yes, save it anyway’ if ${below.length === 1 ? "it is" : "they are"} right`;
}

/** Whether a dimension reached its target, and against which stage that was judged. */
export type TargetJudgement = {
  target: number;
  /** The stage judged: the peer reviewer's validated stage where a published review has one. */
  stage: number;
  against: "validated" | "self-assessed";
  reached: boolean;
};

/**
 * Judges last year's targets against this year's stages. Where a published peer review validated
 * a dimension's stage, the target is judged against that, not the self-assessed stage (issue 20):
 * a target "reached" on a stage the reviewer did not find is not reached. Dimensions without a
 * target are left out. (The results summary shows these.)
 */
export function judgeTargets(
  targets: ReadonlyMap<string, number>,
  selfStages: ReadonlyMap<string, number>,
  validated: ReadonlyMap<string, { stage: number }> | null | undefined,
): Map<string, TargetJudgement> {
  const out = new Map<string, TargetJudgement>();
  for (const [dimensionId, target] of targets) {
    const v = validated?.get(dimensionId);
    const self = selfStages.get(dimensionId);
    if (!v && self === undefined) continue;
    const stage = v ? v.stage : self!;
    out.set(dimensionId, { target, stage, against: v ? "validated" : "self-assessed", reached: stage >= target });
  }
  return out;
}

/**
 * The plan in one sentence, for the results summary (the plan's own page has the table): how many
 * actions are open, how many of those are overdue, and how many are done.
 */
export function planSummary(actions: ReadonlyArray<{ status: string; dueOn: string | null }>, today: string): string {
  if (!actions.length) return "No actions yet. Add recommendations to the plan above.";
  const open = actions.filter(isOpenPlanAction).length;
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  const done = actions.filter((a) => a.status === "done").length;
  const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
  const parts = [`${n(open, "open action")}${overdue ? ` (${overdue} overdue)` : ""}`, `${done} done`];
  return `${n(actions.length, "action")} from every year: ${parts.join(", ")}.`;
}
