import "server-only";
// The action plan of a partnership: its actions (created from a recommendation or by hand, edited
// with optimistic concurrency) and the latest year it follows. Next year's targets:
// targets.server.ts; last year's actions followed up in this year's self-review: follow-up.server.ts.
import { and, desc, eq } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction } from "@/db/client";
import { planActions, assessments, cycles, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { recordAudit } from "@/lib/audit/record.server";
import { getFramework } from "@/lib/framework";
import type { PlanActionVersion } from "@/lib/action-plan/schemas";
import type { PlanActionInput, PlanAction, UpdatePlanActionResult } from "@/lib/action-plan/types";
import { assessmentHistory } from "@/lib/results/history.server";
import { partnershipHeading } from "@/lib/partnership/data.server";
import { actionNeedsConfirmation } from "@/lib/action-plan/rules";
import { todayIso } from "@/lib/format";

// The plan and the results pages read these on every view: plain SQL prepared once per
// connection (docs/decisions/0012).
const statements = preparedOnce((db) => ({
  actions: db.$client.prepare<{ partnershipId: number }, PlanAction>(
    `SELECT pa.id, c.label AS cycleLabel, pa.cycle_id AS cycleId, pa.dimension_id AS dimensionId,
            pa.recommendation_id AS recommendationId, pa.title, pa.owner_organisation AS ownerOrganisation,
            pa.owner_person AS ownerPerson, pa.due_on AS dueOn, pa.status, pa.progress_note AS progressNote,
            pa.row_version AS rowVersion
     FROM actions pa JOIN cycles c ON c.id = pa.cycle_id
     WHERE pa.partnership_id = :partnershipId
     ORDER BY c.opens_on, pa.id`,
  ),
  targets: db.$client.prepare<{ partnershipId: number; cycleId: number }, { dimensionId: string; targetStage: number }>(
    `SELECT dimension_id AS dimensionId, target_stage AS targetStage FROM dimension_targets
     WHERE partnership_id = :partnershipId AND cycle_id = :cycleId`,
  ),
}));

export function listPlanActions(partnershipId: number): PlanAction[] {
  return statements().actions.all({ partnershipId });
}

export function targetsFor(partnershipId: number, cycleId: number): Map<string, number> {
  return new Map(
    statements()
      .targets.all({ partnershipId, cycleId })
      .map((t) => [t.dimensionId, t.targetStage]),
  );
}

export function assertPlanner(actor: Actor, partnershipId: number) {
  if (!can(actor, "update:assessment:own", { partnershipId })) throw new ActionError("Page not found", "not-found");
}

export function getActionPlan(actor: Actor, partnershipId: number) {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  const p = partnershipHeading(partnershipId);
  if (!p) return null;
  const history = assessmentHistory(partnershipId);
  const latest = history[history.length - 1] ?? null;
  return {
    partnership: p,
    actions: listPlanActions(partnershipId),
    latest: latest
      ? {
          assessmentId: latest.id,
          cycleId: latest.cycleId,
          cycleLabel: latest.cycleLabel,
          scores: latest.scores,
          provisional: latest.provisional,
        }
      : null,
    targets: latest ? targetsFor(partnershipId, latest.cycleId) : new Map<string, number>(),
    canEdit: can(actor, "update:assessment:own", { partnershipId }),
  };
}

export function latestCycleId(partnershipId: number): number {
  const h = getDb()
    .select({ cycleId: assessments.cycleId })
    .from(assessments)
    .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
    .where(eq(assessments.partnershipId, partnershipId))
    .orderBy(desc(cycles.opensOn))
    .get();
  if (!h)
    throw new ActionError(
      "Start this year’s self-review before adding actions: actions follow from its results.",
      "invalid",
    );
  return h.cycleId;
}

export function createPlanAction(actor: Actor, input: PlanActionInput): { id: number } {
  assertPlanner(actor, input.partnershipId);
  return writeTransaction(() => {
    const row = getDb()
      .insert(planActions)
      .values({
        partnershipId: input.partnershipId,
        cycleId: latestCycleId(input.partnershipId),
        ...storedPlanActionFields(input),
        recommendationId: input.recommendationId,
        createdByUserId: actor.userId,
        updatedByUserId: actor.userId,
      })
      .returning({ id: planActions.id })
      .get();
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "action.create",
      targetType: "partnership",
      targetId: input.partnershipId,
      outcome: "success",
      detail: { actionId: row.id, recommendationId: input.recommendationId },
    });
    return row;
  });
}

/**
 * An action's editable fields as stored (empty optional text kept as null), once its dimension is
 * known to be one of the current framework's.
 */
function storedPlanActionFields(input: PlanActionInput) {
  if (!getFramework()!.dimensions.some((d) => d.id === input.dimensionId))
    throw new ActionError("There is a problem", "invalid", { dimensionId: ["Select the dimension the action helps"] });
  return {
    dimensionId: input.dimensionId,
    title: input.title,
    ownerOrganisation: input.ownerOrganisation || null,
    ownerPerson: input.ownerPerson || null,
    dueOn: input.dueOn || null,
    status: input.status,
    progressNote: input.progressNote || null,
  };
}

const EDITABLE_PLAN_ACTION_FIELDS = [
  "dimensionId",
  "title",
  "ownerOrganisation",
  "ownerPerson",
  "dueOn",
  "status",
  "progressNote",
] as const;

/**
 * Saves a change to an action. `baseVersion` is the version the editor's page showed: the check
 * and the write are one transaction, and a save based on an older version changes nothing and
 * answers with the newer values and who saved them (as answers do), so that nobody's edit is lost.
 */
export function updatePlanAction(
  actor: Actor,
  actionId: number,
  baseVersion: number,
  input: PlanActionInput,
  check: { confirmed: boolean; today: string } = { confirmed: false, today: todayIso() },
): UpdatePlanActionResult {
  assertPlanner(actor, input.partnershipId);
  const next = storedPlanActionFields(input);
  return writeTransaction((tx) => {
    const current = tx
      .select({
        dimensionId: planActions.dimensionId,
        title: planActions.title,
        ownerOrganisation: planActions.ownerOrganisation,
        ownerPerson: planActions.ownerPerson,
        dueOn: planActions.dueOn,
        status: planActions.status,
        progressNote: planActions.progressNote,
        rowVersion: planActions.rowVersion,
        updatedAt: planActions.updatedAt,
        updatedByName: users.name,
      })
      .from(planActions)
      .leftJoin(users, eq(users.id, planActions.updatedByUserId))
      .where(and(eq(planActions.id, actionId), eq(planActions.partnershipId, input.partnershipId)))
      .get();
    if (!current) throw new ActionError("Page not found", "not-found");
    const asShown = (): PlanActionVersion => ({
      dimensionId: current.dimensionId,
      title: current.title,
      ownerOrganisation: current.ownerOrganisation ?? "",
      ownerPerson: current.ownerPerson ?? "",
      dueOn: current.dueOn ?? "",
      status: current.status,
      progressNote: current.progressNote ?? "",
      rowVersion: current.rowVersion,
      updatedByName: current.updatedByName,
      updatedAt: current.updatedAt,
    });
    if (current.rowVersion !== baseVersion) return { status: "conflict" as const, current: asShown() };
    // Checked against what is stored, inside the transaction: refused, nothing is written.
    const ask = actionNeedsConfirmation(input, current, check.today);
    if (ask && !check.confirmed) throw new ActionError(ask, "invalid", { confirmAnyway: [ask] });
    const changed = EDITABLE_PLAN_ACTION_FIELDS.filter((f) => (current[f] ?? null) !== next[f]);
    if (!changed.length) return { status: "saved" as const, id: actionId, rowVersion: current.rowVersion };
    const res = tx
      .update(planActions)
      .set({
        ...next,
        rowVersion: baseVersion + 1,
        updatedByUserId: actor.userId,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(planActions.id, actionId), eq(planActions.rowVersion, baseVersion)))
      .run();
    // Inside BEGIN IMMEDIATE nobody can write in between; checked all the same, never assumed.
    if (res.changes !== 1) return { status: "conflict" as const, current: asShown() };
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "action.update",
      targetType: "partnership",
      targetId: input.partnershipId,
      outcome: "success",
      detail: { actionId, fromVersion: baseVersion, changed },
    });
    return { status: "saved" as const, id: actionId, rowVersion: baseVersion + 1 };
  });
}

export function getPlanAction(actor: Actor, partnershipId: number, actionId: number): PlanAction | null {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  return listPlanActions(partnershipId).find((a) => a.id === actionId) ?? null;
}
