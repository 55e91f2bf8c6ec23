// Public entry point of the maturity framework library: versions, lookup and the published JSON.
import { REPORT_RECOMMENDATIONS } from "./report-recommendations";
import { recommendationsFor } from "./recommendations";
import { maxPoints, questionIndex } from "./points";
import { scoreAssessment, scoringRulesFor, type AssessmentScore } from "./scoring";
import { allFrameworks, findFramework, mapAnswers, mappingPath } from "./versions";
import { type AnswerMap, type Framework, type Question, DOCUMENTS } from "./types";

export * from "./types";
export { scoreAssessment, scoreDimension, SCORING_RULES, SCORING_RULES_2026_2, scoringRulesFor } from "./scoring";
export { evaluate, evaluate3, maxPoints, answerPoints, isDoneElsewhere } from "./points";
export type { AssessmentScore, DimensionScore, HeldBy, StageRef, UnmetCondition } from "./scoring";
export { recommend, recommendationsFor } from "./recommendations";
export { REPORT_RECOMMENDATIONS } from "./report-recommendations";
export { RECOMMENDATIONS_2026_1 } from "./recommendations-2026-1";
export { RECOMMENDATIONS_2026_2 } from "./recommendations-2026-2";
export { EXAMPLES } from "./practice-examples";
export type { RecommendedItem } from "./recommendations";
export { dimensionSpread, questionSpread } from "./respondents";
export { mapAnswers, mappedFrom, mappingPath, compareDimensions, frameworkChecksum } from "./versions";
export { VERSION_MAPPINGS } from "./version-mappings";
export { answerValueSchema, answerValueSchemaFor, evidenceIsOutOfDate } from "./schema";
export { BASELINE_2017 } from "./baseline2017";
// The five stages every dimension shares (each dimension describes them in its own words).
export { STAGE_NAMES } from "./build";
export { deriveProfileAnswers, figureCategory } from "./profile";

export const CURRENT_FRAMEWORK_VERSION = "2026.2";

/** A framework version (the current one by default), or undefined if unknown. */
export function getFramework(version: string = CURRENT_FRAMEWORK_VERSION): Framework | undefined {
  return findFramework(version);
}

/** Released versions, oldest first. Test versions only when asked for. */
export function listFrameworkVersions(
  options: { includeTest?: boolean } = {},
): { version: string; title: string; releasedOn: string; current: boolean }[] {
  return allFrameworks(options.includeTest ?? false).map((f) => ({
    version: f.version,
    title: f.title,
    releasedOn: f.releasedOn,
    current: f.version === CURRENT_FRAMEWORK_VERSION,
  }));
}

/**
 * A self-review's answers given under an older version, mapped and scored under the current one,
 * so that trends and the national picture compare like with like; null where the answers are
 * already under the current version or no mapping leads there.
 */
export function rescoreUnderCurrent(version: string, answers: AnswerMap): AssessmentScore | null {
  if (version === CURRENT_FRAMEWORK_VERSION || !mappingPath(version, CURRENT_FRAMEWORK_VERSION)) return null;
  return scoreAssessment(getFramework()!, mapAnswers(version, CURRENT_FRAMEWORK_VERSION, answers));
}

export function getQuestion(framework: Framework, id: string): Question | undefined {
  return questionIndex(framework).get(id);
}

function publishQuestion(q: Question) {
  const base = {
    id: q.id,
    text: q.text,
    ...(q.hint ? { hint: q.hint } : {}),
    type: q.type,
    topic: q.topic,
    allowNotApplicable: q.allowNotApplicable,
    allowDontKnow: q.allowDontKnow,
    maxPoints: maxPoints(q),
    ...(q.weight !== undefined ? { weight: q.weight } : {}),
    source: q.source,
  };
  switch (q.type) {
    case "single":
      return { ...base, options: q.options };
    case "multi":
      return { ...base, options: q.options, pointsCap: q.maxPoints };
    case "yesno_evidence":
      return {
        ...base,
        options: [
          { id: "yes", label: "Yes", points: q.yesPoints },
          { id: "no", label: "No", points: 0 },
        ],
        ...(q.evidencePrompt ? { evidencePrompt: q.evidencePrompt } : {}),
      };
    case "number":
      return {
        ...base,
        min: q.min,
        max: q.max,
        integer: q.integer,
        ...(q.unit ? { unit: q.unit } : {}),
        bands: q.bands,
      };
    case "text":
      return { ...base, maxLength: q.maxLength };
  }
}

/** The plain JSON object served by GET /api/framework and /api/framework/<version>. */
export function publishedFramework(framework: Framework) {
  return {
    version: framework.version,
    title: framework.title,
    releasedOn: framework.releasedOn,
    documents: DOCUMENTS,
    scoringModel: framework.scoringModel ?? "2026.1",
    scoring: scoringRulesFor(framework),
    dimensions: framework.dimensions.map((d) => ({
      id: d.id,
      name: d.name,
      summary: d.summary,
      source: d.source,
      stages: d.stages.map((s) => ({
        index: s.index,
        name: s.name,
        descriptor: s.descriptor,
        threshold: s.threshold,
        conditions: s.conditions.map((c) => ({
          id: c.id,
          text: c.text,
          ...(c.needed ? { needed: c.needed } : {}),
          requires: c.requires,
          source: c.source,
        })),
        source: s.source,
      })),
      questions: d.questions.map(publishQuestion),
    })),
    profile: framework.profile.map(publishQuestion),
    reportRecommendations: REPORT_RECOMMENDATIONS,
    recommendations: recommendationsFor(framework.version).map((r) => ({
      id: r.id,
      text: r.text,
      reportRecommendation: r.reportRecommendation,
      examples: r.examples,
      source: r.source,
      dimension: r.dimension,
      addresses: r.addresses,
      ...(r.appliesWhen ? { appliesWhen: r.appliesWhen } : {}),
      ...(r.need ? { need: r.need } : {}),
      ...(r.after ? { after: r.after } : {}),
    })),
  };
}

export type PublishedFramework = ReturnType<typeof publishedFramework>;
