// The action plan's shapes as the data layer returns them: plain objects, safe to import anywhere.
import type { ActionStatus } from "@/lib/domain/enums";
import type { ActionVersion, TargetConflict } from "@/lib/action-plan/schemas";

export type ActionRow = {
  id: number;
  cycleLabel: string;
  cycleId: number;
  dimensionId: string;
  recommendationId: string | null;
  title: string;
  ownerOrganisation: string | null;
  ownerPerson: string | null;
  dueOn: string | null;
  status: ActionStatus;
  progressNote: string | null;
  rowVersion: number;
};

export type ActionInput = {
  partnershipId: number;
  dimensionId: string;
  recommendationId: string | null;
  title: string;
  ownerOrganisation: string;
  ownerPerson: string;
  dueOn: string;
  status: ActionStatus;
  progressNote: string;
};

export type UpdateActionResult =
  { status: "saved"; id: number; rowVersion: number } | { status: "conflict"; current: ActionVersion };

export type SetTargetsResult =
  { status: "saved"; changed: number } | { status: "conflict"; conflicts: TargetConflict[] };
