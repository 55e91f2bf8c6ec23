import "server-only";
// Results, history, action plan and exports of a partnership, scoped by the acting user.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction } from "@/db/client";
import { actions, assessments, cycles, dimensionTargets, partnerships, responses, users } from "@/db/schema";
import type { ActionStatus } from "@/lib/domain/enums";
import { can, partnershipRelation } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/action-result";
import { recordAudit, recordExport } from "@/lib/data/audit";
import { getAssessmentContext, loadAnswers, answerMapOf, consolidatedResponseId } from "@/lib/data/assessments";
import { CURRENT_FRAMEWORK_VERSION, getFramework, mapAnswers } from "@/lib/framework";
import { scoreAssessment, type AssessmentScore } from "@/lib/framework/scoring";
import { dimensionSpread } from "@/lib/framework/respondents";
import { recommend } from "@/lib/framework/recommendations";
import type { AnswerMap } from "@/lib/framework/types";
import { whatChanged } from "@/lib/results/changes";
import type { ActionVersion, TargetConflict } from "@/lib/results/schemas";
import { validatedStages } from "@/lib/data/reviews";

type Snapshot = AssessmentScore & { computedAt?: string };

// The results page runs these on every view: prepared once per connection.
const statements = preparedOnce((db) => ({
  history: db
    .select({
      id: assessments.id,
      status: assessments.status,
      frameworkVersion: assessments.frameworkVersion,
      scoresSnapshot: assessments.scoresSnapshot,
      rescoredSnapshot: assessments.rescoredSnapshot,
      rescoredVersion: assessments.rescoredVersion,
      cycleId: cycles.id,
      cycleLabel: cycles.label,
      opensOn: cycles.opensOn,
    })
    .from(assessments)
    .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
    .where(eq(assessments.partnershipId, sql.placeholder("partnershipId")))
    .orderBy(asc(cycles.opensOn))
    .prepare(),
  memberResponses: db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.assessmentId, sql.placeholder("assessmentId")), eq(responses.kind, "member")))
    .prepare(),
  actions: db
    .select({
      id: actions.id,
      cycleLabel: cycles.label,
      cycleId: actions.cycleId,
      dimensionId: actions.dimensionId,
      recommendationId: actions.recommendationId,
      title: actions.title,
      ownerOrganisation: actions.ownerOrganisation,
      ownerPerson: actions.ownerPerson,
      dueOn: actions.dueOn,
      status: actions.status,
      progressNote: actions.progressNote,
      rowVersion: actions.rowVersion,
    })
    .from(actions)
    .innerJoin(cycles, eq(cycles.id, actions.cycleId))
    .where(eq(actions.partnershipId, sql.placeholder("partnershipId")))
    .orderBy(asc(cycles.opensOn), asc(actions.id))
    .prepare(),
  targets: db
    .select({ dimensionId: dimensionTargets.dimensionId, targetStage: dimensionTargets.targetStage })
    .from(dimensionTargets)
    .where(
      and(
        eq(dimensionTargets.partnershipId, sql.placeholder("partnershipId")),
        eq(dimensionTargets.cycleId, sql.placeholder("cycleId")),
      ),
    )
    .prepare(),
}));

function consolidatedAnswers(assessmentId: number): AnswerMap {
  return answerMapOf(loadAnswers(consolidatedResponseId(assessmentId)));
}

/**
 * Every assessment of a partnership, oldest cycle first, with its scores (the snapshot if
 * submitted, else scored from its answers; `loaded` holds answers the caller has already read).
 */
function assessmentHistory(partnershipId: number, loaded?: { assessmentId: number; answers: AnswerMap }) {
  const rows = statements().history.all({ partnershipId });
  return rows.map(({ rescoredSnapshot, rescoredVersion, ...r }) => {
    const fw = getFramework(r.frameworkVersion)!;
    const final = r.status === "submitted" && !!r.scoresSnapshot;
    const answers = () => (r.id === loaded?.assessmentId ? loaded.answers : consolidatedAnswers(r.id));
    const scores = final ? (r.scoresSnapshot as Snapshot) : scoreAssessment(fw, answers());
    // Like with like: the scores under the current framework version (the recorded ones when
    // answered under it; else the stored re-scoring, or the answers rolled forward and scored now).
    const comparable: AssessmentScore =
      r.frameworkVersion === CURRENT_FRAMEWORK_VERSION
        ? scores
        : rescoredVersion === CURRENT_FRAMEWORK_VERSION && rescoredSnapshot
          ? (rescoredSnapshot as Snapshot)
          : scoreAssessment(
              getFramework(CURRENT_FRAMEWORK_VERSION)!,
              mapAnswers(r.frameworkVersion, CURRENT_FRAMEWORK_VERSION, answers()),
            );
    return { ...r, scores, comparable, final, provisional: r.status !== "submitted" };
  });
}

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

function listActionRows(partnershipId: number): ActionRow[] {
  return statements().actions.all({ partnershipId });
}

function targetsFor(partnershipId: number, cycleId: number): Map<string, number> {
  return new Map(
    statements()
      .targets.all({ partnershipId, cycleId })
      .map((t) => [t.dimensionId, t.targetStage]),
  );
}

export type Results = NonNullable<ReturnType<typeof getResults>>;

/** The results of one assessment: provisional while in progress, final once submitted. */
export function getResults(actor: Actor, assessmentId: number) {
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx) return null;
  const fw = ctx.framework;
  const answers = consolidatedAnswers(assessmentId);
  // The history holds this assessment too: its scores (snapshot or scored) are read once, there.
  const history = assessmentHistory(ctx.partnership.id, { assessmentId, answers });
  const index = history.findIndex((h) => h.id === assessmentId);
  const { final, scores } = history[index]!;
  const previous = [...history.slice(0, index)].reverse().find((h) => !h.provisional) ?? null;

  const memberRows = statements().memberResponses.all({ assessmentId });
  const respondents = memberRows.map((r) => ({ respondentId: String(r.id), answers: answerMapOf(loadAnswers(r.id)) }));
  const spread = dimensionSpread(fw, respondents, answers);

  const changes = previous
    ? whatChanged(
        { version: previous.frameworkVersion, answers: consolidatedAnswers(previous.id) },
        { framework: fw, answers },
      )
    : null;

  return {
    ctx,
    final,
    scores,
    // Last year's scores under this assessment's version where they can be (like with like).
    previous: previous
      ? {
          cycleLabel: previous.cycleLabel,
          cycleId: previous.cycleId,
          ...(previous.frameworkVersion !== fw.version && fw.version === CURRENT_FRAMEWORK_VERSION
            ? {
                scores: previous.comparable,
                version: CURRENT_FRAMEWORK_VERSION,
                recordedVersion: previous.frameworkVersion,
              }
            : {
                scores: previous.scores,
                version: previous.frameworkVersion,
                recordedVersion: previous.frameworkVersion,
              }),
        }
      : null,
    history,
    spread,
    respondentCount: respondents.length,
    recommendations: recommend(fw, answers, scores),
    actions: listActionRows(ctx.partnership.id),
    // Targets set last year for this year, and this year's for next year.
    targetsForThisYear: previous ? targetsFor(ctx.partnership.id, previous.cycleId) : new Map<string, number>(),
    targetsForNextYear: targetsFor(ctx.partnership.id, ctx.cycle.id),
    changes,
    canPlan: can(actor, "update:assessment:own", { partnershipId: ctx.partnership.id }),
    validated: validatedStages(assessmentId),
  };
}

// ---- Action plan --------------------------------------------------------------------------

function assertPlanner(actor: Actor, partnershipId: number) {
  if (!can(actor, "update:assessment:own", { partnershipId })) throw new ActionError("Page not found", "not-found");
}

export function getActionPlan(actor: Actor, partnershipId: number) {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  const p = getDb()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!p) return null;
  const history = assessmentHistory(partnershipId);
  const latest = history[history.length - 1] ?? null;
  return {
    partnership: p,
    actions: listActionRows(partnershipId),
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

function latestCycleId(partnershipId: number): number {
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

export function createAction(actor: Actor, input: ActionInput): { id: number } {
  assertPlanner(actor, input.partnershipId);
  return writeTransaction(() => {
    const row = getDb()
      .insert(actions)
      .values({
        partnershipId: input.partnershipId,
        cycleId: latestCycleId(input.partnershipId),
        ...storedActionFields(input),
        recommendationId: input.recommendationId,
        createdByUserId: actor.userId,
        updatedByUserId: actor.userId,
      })
      .returning({ id: actions.id })
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
function storedActionFields(input: ActionInput) {
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

export type UpdateActionResult =
  { status: "saved"; id: number; rowVersion: number } | { status: "conflict"; current: ActionVersion };

const EDITABLE_ACTION_FIELDS = [
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
export function updateAction(
  actor: Actor,
  actionId: number,
  baseVersion: number,
  input: ActionInput,
): UpdateActionResult {
  assertPlanner(actor, input.partnershipId);
  const next = storedActionFields(input);
  return writeTransaction((tx) => {
    const current = tx
      .select({
        dimensionId: actions.dimensionId,
        title: actions.title,
        ownerOrganisation: actions.ownerOrganisation,
        ownerPerson: actions.ownerPerson,
        dueOn: actions.dueOn,
        status: actions.status,
        progressNote: actions.progressNote,
        rowVersion: actions.rowVersion,
        updatedAt: actions.updatedAt,
        updatedByName: users.name,
      })
      .from(actions)
      .leftJoin(users, eq(users.id, actions.updatedByUserId))
      .where(and(eq(actions.id, actionId), eq(actions.partnershipId, input.partnershipId)))
      .get();
    if (!current) throw new ActionError("Page not found", "not-found");
    const asShown = (): ActionVersion => ({
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
    const changed = EDITABLE_ACTION_FIELDS.filter((f) => (current[f] ?? null) !== next[f]);
    if (!changed.length) return { status: "saved" as const, id: actionId, rowVersion: current.rowVersion };
    const res = tx
      .update(actions)
      .set({
        ...next,
        rowVersion: baseVersion + 1,
        updatedByUserId: actor.userId,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(actions.id, actionId), eq(actions.rowVersion, baseVersion)))
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

export function getAction(actor: Actor, partnershipId: number, actionId: number): ActionRow | null {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  return listActionRows(partnershipId).find((a) => a.id === actionId) ?? null;
}

export type SetTargetsResult =
  { status: "saved"; changed: number } | { status: "conflict"; conflicts: TargetConflict[] };

/**
 * Sets next year's targets. `base` is what the editor's page showed for each dimension: only the
 * targets they changed are written, and only if nobody changed the same target since (checked and
 * written in one transaction). Otherwise nothing is written and both values are returned.
 * A target changed to null is removed.
 */
export function setTargets(
  actor: Actor,
  partnershipId: number,
  targets: Record<string, number | null>,
  base: Record<string, number | null>,
): SetTargetsResult {
  assertPlanner(actor, partnershipId);
  const fw = getFramework()!;
  const now = new Date().toISOString();
  return writeTransaction((tx) => {
    const cycleId = latestCycleId(partnershipId);
    const stored = new Map(
      tx
        .select({
          dimensionId: dimensionTargets.dimensionId,
          targetStage: dimensionTargets.targetStage,
          setAt: dimensionTargets.setAt,
          setByName: users.name,
        })
        .from(dimensionTargets)
        .leftJoin(users, eq(users.id, dimensionTargets.setByUserId))
        .where(and(eq(dimensionTargets.partnershipId, partnershipId), eq(dimensionTargets.cycleId, cycleId)))
        .all()
        .map((t) => [t.dimensionId, t]),
    );
    const conflicts: TargetConflict[] = [];
    const changes: { dimensionId: string; from: number | null; to: number | null }[] = [];
    for (const d of fw.dimensions) {
      if (!(d.id in targets)) continue;
      const yours = targets[d.id] ?? null;
      const was = base[d.id] ?? null;
      if (yours === was) continue; // not changed on this page: whatever is stored stays
      const now = stored.get(d.id);
      const theirs = now?.targetStage ?? null;
      if (theirs !== was)
        conflicts.push({
          dimensionId: d.id,
          theirs,
          yours,
          setByName: now?.setByName ?? null,
          setAt: now?.setAt ?? null,
        });
      else changes.push({ dimensionId: d.id, from: was, to: yours });
    }
    if (conflicts.length) return { status: "conflict" as const, conflicts };
    for (const c of changes) {
      const key = and(
        eq(dimensionTargets.partnershipId, partnershipId),
        eq(dimensionTargets.cycleId, cycleId),
        eq(dimensionTargets.dimensionId, c.dimensionId),
      );
      if (c.to === null) {
        tx.delete(dimensionTargets).where(key).run();
        continue;
      }
      tx.insert(dimensionTargets)
        .values({
          partnershipId,
          cycleId,
          dimensionId: c.dimensionId,
          targetStage: c.to,
          setByUserId: actor.userId,
          setAt: now,
        })
        .onConflictDoUpdate({
          target: [dimensionTargets.partnershipId, dimensionTargets.cycleId, dimensionTargets.dimensionId],
          set: { targetStage: c.to, setByUserId: actor.userId, setAt: now },
        })
        .run();
    }
    if (changes.length)
      recordAudit({
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: "targets.set",
        targetType: "partnership",
        targetId: partnershipId,
        outcome: "success",
        detail: { cycleId, changes },
      });
    return { status: "saved" as const, changed: changes.length };
  });
}

// ---- Exports -------------------------------------------------------------------------------

/** Everything a partnership has recorded, every cycle: for its coordinators, the commissioner and its reviewer. */
export function exportPartnership(actor: Actor, partnershipId: number) {
  const relation = partnershipRelation(actor, partnershipId);
  if (!(relation === "coordinator" || relation === "commissioner" || relation === "reviewer")) return null;
  const p = getDb().select().from(partnerships).where(eq(partnerships.id, partnershipId)).get();
  if (!p) return null;
  const acts = listActionRows(partnershipId);
  const history = assessmentHistory(partnershipId);
  recordExport(actor, "export.partnership", "partnership", partnershipId);
  return {
    partnership: { id: p.id, name: p.name, level: p.level, nation: p.nation },
    exportedAt: new Date().toISOString(),
    cycles: history.map((h) => ({
      cycle: h.cycleLabel,
      assessment: { id: h.id, status: h.status, frameworkVersion: h.frameworkVersion, provisional: h.provisional },
      answers: Object.entries(consolidatedAnswers(h.id)).map(([questionId, value]) => ({ questionId, value })),
      // As recorded, under the version the year was answered on.
      dimensions: h.scores.dimensions.map((d) => ({
        dimensionId: d.dimensionId,
        frameworkVersion: h.frameworkVersion,
        score: d.score,
        stage: d.stage.index,
        stageName: d.stage.name,
        coverage: d.coverage ?? null,
        heldByConditionId: d.heldBy?.conditionId ?? null,
      })),
      // Under the current version (like with like across years).
      ...(h.frameworkVersion !== CURRENT_FRAMEWORK_VERSION
        ? {
            rescored: {
              frameworkVersion: CURRENT_FRAMEWORK_VERSION,
              dimensions: h.comparable.dimensions.map((d) => ({
                dimensionId: d.dimensionId,
                score: d.score,
                stage: d.stage.index,
                stageName: d.stage.name,
                coverage: d.coverage ?? null,
                heldByConditionId: d.heldBy?.conditionId ?? null,
              })),
            },
          }
        : {}),
      actions: acts.filter((a) => a.cycleId === h.cycleId).map(({ rowVersion: _v, cycleId: _c, ...a }) => a),
    })),
  };
}

/**
 * Every cycle of a partnership, per dimension. Each point carries the scores as recorded (under
 * the version the year was answered on) and, for like-with-like trends, under the current version.
 */
export function getTrends(actor: Actor, partnershipId: number) {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  const p = getDb()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!p) return null;
  const history = assessmentHistory(partnershipId);
  return {
    partnership: p,
    currentVersion: CURRENT_FRAMEWORK_VERSION,
    cycles: history.map((h) => ({
      assessmentId: h.id,
      label: h.cycleLabel,
      provisional: h.provisional,
      version: h.frameworkVersion,
    })),
    byDimension: new Map(
      getFramework()!.dimensions.map((d) => [
        d.id,
        history.map((h) => {
          const s = h.comparable.dimensions.find((x) => x.dimensionId === d.id);
          const rec = h.scores.dimensions.find((x) => x.dimensionId === d.id);
          return {
            cycle: h.cycleLabel,
            // Under the current version (like with like).
            version: CURRENT_FRAMEWORK_VERSION,
            score: s?.score ?? null,
            stage: s?.stage.index ?? null,
            stageName: s?.stage.name ?? null,
            coverage: s?.coverage ?? null,
            // As recorded when the year was answered.
            recordedVersion: h.frameworkVersion,
            recordedScore: rec?.score ?? null,
            recordedStage: rec?.stage.index ?? null,
          };
        }),
      ]),
    ),
  };
}
