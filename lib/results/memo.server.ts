import "server-only";
// The framework's pure functions (scoring, rolling answers forward, recommendations, members'
// spread), memoised on their inputs' identity. Their answers come from `answerValues` and their
// recorded scores from the snapshot memo, both keyed by stored content: the same stored answers are
// the same object, so a results page viewed again does none of this work, and a changed answer is a
// new object, so nothing here can be stale (lib/cache/content-memo.ts).
import { identityMemo } from "@/lib/cache/content-memo";
import { mapAnswers } from "@/lib/framework";
import { recommend, type RecommendedItem } from "@/lib/framework/recommendations";
import { dimensionSpread, type DimensionSpread, type Respondent } from "@/lib/framework/respondents";
import { scoreAssessment, type AssessmentScore } from "@/lib/framework/scoring";
import type { AnswerMap, Framework } from "@/lib/framework/types";

const scores = identityMemo<AssessmentScore>();
export function scoreOf(framework: Framework, answers: AnswerMap): AssessmentScore {
  return scores([answers], framework.version, () => scoreAssessment(framework, answers));
}

const mapped = identityMemo<AnswerMap>();
export function answersUnder(fromVersion: string, toVersion: string, answers: AnswerMap): AnswerMap {
  return mapped([answers], `${fromVersion}>${toVersion}`, () => mapAnswers(fromVersion, toVersion, answers));
}

const recommendations = identityMemo<RecommendedItem[]>();
export function recommendationsOf(framework: Framework, answers: AnswerMap, score: AssessmentScore): RecommendedItem[] {
  return recommendations([answers, score], framework.version, () => recommend(framework, answers, score));
}

const spreads = identityMemo<DimensionSpread[]>();
export function spreadOf(framework: Framework, respondents: Respondent[], official: AnswerMap): DimensionSpread[] {
  return spreads(
    [official, ...respondents.map((r) => r.answers)],
    `${framework.version}|${respondents.map((r) => r.respondentId).join(",")}`,
    () => dimensionSpread(framework, respondents, official),
  );
}
