import "server-only";
// The results of one self-review (scores, last year's beside them, members' spread, what changed,
// recommendations, the plan's targets) and a partnership's trends across every year, scoped by
// the acting user.
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { answerValues, getAssessmentContext } from "@/lib/assessment/data.server";
import { CURRENT_FRAMEWORK_VERSION, getFramework } from "@/lib/framework";
import { recommendationsOf, spreadOf } from "@/lib/results/memo.server";
import { whatChanged } from "@/lib/results/rules";
import {
  assessmentHistory,
  consolidatedAnswers,
  memberResponseIds,
  yearAndPrevious,
} from "@/lib/results/history.server";
import { listPlanActions, targetsFor } from "@/lib/action-plan/data.server";
import { validatedStages } from "@/lib/peer-review/data.server";
import { partnershipHeading } from "@/lib/partnership/data.server";

export type Results = NonNullable<ReturnType<typeof getResults>>;

/**
 * The results of one assessment: provisional while in progress, final once submitted. "What
 * changed" (each answer scored with and without its change) is worked out only when asked for:
 * its own page needs it, the results page does not.
 */
export function getResults(actor: Actor, assessmentId: number, options: { withChanges?: boolean } = {}) {
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx) return null;
  const fw = ctx.framework;
  const answers = consolidatedAnswers(assessmentId);
  // This year's scores (snapshot or scored from the answers above) and last submitted year's.
  const years = yearAndPrevious(ctx.partnership.id, { assessmentId, answers });
  if (!years) return null;
  const { final, scores } = years.year;
  const previous = years.previous;

  const respondents = memberResponseIds(assessmentId).map((id) => ({
    respondentId: String(id),
    answers: answerValues(id),
  }));
  const spread = spreadOf(fw, respondents, answers);

  const changes =
    previous && options.withChanges
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
    spread,
    respondentCount: respondents.length,
    recommendations: recommendationsOf(fw, answers, scores),
    actions: listPlanActions(ctx.partnership.id),
    // Targets set last year for this year, and this year's for next year.
    targetsForThisYear: previous ? targetsFor(ctx.partnership.id, previous.cycleId) : new Map<string, number>(),
    targetsForNextYear: targetsFor(ctx.partnership.id, ctx.cycle.id),
    changes,
    canPlan: can(actor, "update:assessment:own", { partnershipId: ctx.partnership.id }),
    validated: validatedStages(assessmentId),
  };
}

/**
 * Every cycle of a partnership, per dimension. Each point carries the scores as recorded (under
 * the version the year was answered on) and, for like-with-like trends, under the current version.
 */
export function getTrends(actor: Actor, partnershipId: number) {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  const p = partnershipHeading(partnershipId);
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
