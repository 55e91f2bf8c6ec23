// The action plan's shapes as the data layer returns them: plain objects, safe to import anywhere.
import type { PlanActionStatus } from "@/lib/domain/enums";
import type { PlanActionVersion, TargetConflict } from "@/lib/action-plan/schemas";

export type PlanAction = {
  id: number;
  cycleLabel: string;
  cycleId: number;
  dimensionId: string;
  recommendationId: string | null;
  title: string;
  ownerOrganisation: string | null;
  ownerPerson: string | null;
  dueOn: string | null;
  status: PlanActionStatus;
  progressNote: string | null;
  rowVersion: number;
};

export type PlanActionInput = {
  partnershipId: number;
  dimensionId: string;
  recommendationId: string | null;
  title: string;
  ownerOrganisation: string;
  ownerPerson: string;
  dueOn: string;
  status: PlanActionStatus;
  progressNote: string;
};

export type UpdatePlanActionResult =
  { status: "saved"; id: number; rowVersion: number } | { status: "conflict"; current: PlanActionVersion };

export type SetTargetsResult =
  { status: "saved"; changed: number } | { status: "conflict"; conflicts: TargetConflict[] };

// Last year's actions followed up in this year's self-review (follow-up.server.ts).
export type FollowUpInput = {
  actionId: number;
  status: PlanActionStatus | "";
  whatChanged: string;
  /** The action's version the page showed. */
  baseVersion: number;
};

export type FollowUpConflict = {
  actionId: number;
  current: {
    status: PlanActionStatus;
    progressNote: string;
    rowVersion: number;
    updatedByName: string | null;
    updatedAt: string;
  };
};

export type FollowUpResult = {
  /** The new version of each action saved now (and of those unchanged). */
  versions: Record<number, number>;
  saved: number;
  /** Actions someone else changed since the page was opened: nothing of these was written. */
  conflicts: FollowUpConflict[];
  /** Open actions still without an answer (after this save). */
  unanswered: number[];
};
