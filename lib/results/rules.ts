// "What changed since last year": the answers that differ, and how each one moved its dimension's
// score. Pure. Last year's answers are first mapped to this year's framework version, and both
// years are scored under this year's version, so that the comparison stays valid across versions.
import { mapAnswers } from "@/lib/framework/versions";
import { scoreAssessment, scoreDimension } from "@/lib/framework/scoring";
import type { AnswerMap, AnswerValue, Framework } from "@/lib/framework/types";
import { sameValue } from "@/lib/assessment/rules";

export type AnswerChange = {
  questionId: string;
  /** null for profile questions, which are never scored. */
  dimensionId: string | null;
  before: AnswerValue | null;
  after: AnswerValue | null;
  /**
   * Points on the dimension's 0–100 score that this one change made: this year's score minus the
   * score this year would have had with only this answer as it was last year. null if unscored.
   */
  scoreEffect: number | null;
};

export type DimensionChange = {
  dimensionId: string;
  before: { score: number | null; stage: number };
  after: { score: number | null; stage: number };
};

export function whatChanged(
  previous: { version: string; answers: AnswerMap },
  current: { framework: Framework; answers: AnswerMap },
): { dimensions: DimensionChange[]; answers: AnswerChange[] } {
  const fw = current.framework;
  const before = mapAnswers(previous.version, fw.version, previous.answers);
  const beforeScores = scoreAssessment(fw, before);
  const afterScores = scoreAssessment(fw, current.answers);
  const dimensions = fw.dimensions.map((d, i) => ({
    dimensionId: d.id,
    before: { score: beforeScores.dimensions[i]!.score, stage: beforeScores.dimensions[i]!.stage.index },
    after: { score: afterScores.dimensions[i]!.score, stage: afterScores.dimensions[i]!.stage.index },
  }));

  const answers: AnswerChange[] = [];
  const consider = (questionId: string, dimensionId: string | null) => {
    const b = before[questionId] ?? null;
    const a = current.answers[questionId] ?? null;
    if (b === null && a === null) return;
    if (b !== null && a !== null && sameValue(a, b)) return;
    let scoreEffect: number | null = null;
    if (dimensionId) {
      const withOld: AnswerMap = { ...current.answers };
      if (b === null) delete withOld[questionId];
      else withOld[questionId] = b;
      const now = scoreDimension(fw, dimensionId, current.answers).score;
      const then = scoreDimension(fw, dimensionId, withOld).score;
      scoreEffect = now === null || then === null ? null : now - then;
    }
    answers.push({ questionId, dimensionId, before: b, after: a, scoreEffect });
  };
  for (const d of fw.dimensions) for (const q of d.questions) consider(q.id, d.id);
  for (const q of fw.profile) consider(q.id, null);
  return { dimensions, answers };
}
