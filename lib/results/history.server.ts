import "server-only";
// Every self-review of a partnership with its scores, oldest cycle first: the results, the trends,
// the action plan and the export all read a partnership's years through here.
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { preparedOnce } from "@/db/client";
import { assessments, cycles, responses } from "@/db/schema";
import { answerMapOf, consolidatedResponseId, loadAnswers } from "@/lib/assessment/data.server";
import { CURRENT_FRAMEWORK_VERSION, getFramework, mapAnswers } from "@/lib/framework";
import { scoreAssessment, type AssessmentScore } from "@/lib/framework/scoring";
import type { AnswerMap } from "@/lib/framework/types";

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
    // Finished responses only: a member's half-written response is not their view yet.
    .where(
      and(
        eq(responses.assessmentId, sql.placeholder("assessmentId")),
        eq(responses.kind, "member"),
        isNotNull(responses.submittedAt),
      ),
    )
    .prepare(),
}));

export function consolidatedAnswers(assessmentId: number): AnswerMap {
  return answerMapOf(loadAnswers(consolidatedResponseId(assessmentId)));
}

/**
 * Every assessment of a partnership, oldest cycle first, with its scores (the snapshot if
 * submitted, else scored from its answers; `loaded` holds answers the caller has already read).
 */
export function assessmentHistory(partnershipId: number, loaded?: { assessmentId: number; answers: AnswerMap }) {
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

/** The finished member responses of one assessment. */
export function memberResponseIds(assessmentId: number): number[] {
  return statements()
    .memberResponses.all({ assessmentId })
    .map((r) => r.id);
}
