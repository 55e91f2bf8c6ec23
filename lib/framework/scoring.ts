// Scoring: pure functions from (framework, answers) to dimension scores and stages.
//
// SCORING RULES (also published in `SCORING_RULES`, see below):
// - Every scored question is worth up to 4 points (its `maxPoints`).
// - Dimension score = round(100 × points earned ÷ maximum points of the counted questions).
// - "Not applicable" (only where the question allows it) is EXCLUDED from both the points earned
//   and the maximum: it neither helps nor harms the score. It is reported as `notApplicable`.
// - "Don't know" earns 0 points but IS counted in the maximum, so it lowers the score exactly as
//   a 0-point answer would. It is reported separately as `dontKnow` so the partnership can see the
//   score is held down by missing knowledge rather than by a known gap.
// - A question not yet answered is left out until it is answered (the score is provisional and
//   `complete` is false). If nothing countable has been answered the score is null.
// - Stages: a dimension reaches a stage when its score meets the stage threshold AND every
//   condition of that stage and of all lower stages is met. A condition on a question answered
//   "Not applicable" counts as met; "Don't know" or no answer counts as not met.
import { answerPoints, evaluate, evaluate3, isDoneElsewhere, maxPoints } from "./points";
import type { AnswerMap, Dimension, Framework, Source, Stage, StageCondition } from "./types";

export const POINTS_PER_QUESTION = 4;

export const SCORING_RULES = {
  pointsPerQuestion: POINTS_PER_QUESTION,
  score:
    "Each scored question is worth up to 4 points. A dimension's score is 100 × the points earned ÷ the most points its counted questions could earn, rounded to the nearest whole number.",
  notApplicable:
    "“Not applicable” (offered only where a question may genuinely not apply) is left out of the score altogether: it neither adds points nor counts towards the maximum. It is shown separately.",
  dontKnow:
    "“Don't know” earns 0 points but still counts towards the maximum, so it lowers the score like any 0-point answer. It is shown separately, so that a score held down by missing knowledge can be told apart from a known gap.",
  unanswered:
    "Questions not yet answered are left out until they are answered; the score is marked provisional until every question has an answer. With nothing countable answered there is no score.",
  stages:
    "A dimension reaches a stage when its score is at least the stage's threshold and every condition of that stage and of all lower stages is met. A condition about a question answered “Not applicable” counts as met; “Don't know” or no answer counts as not met. The conditions still unmet for the next stage are listed with each result.",
  multi:
    "For questions where several options can be selected, the points of the selected options are added up, to the question's maximum.",
  number: "For number questions, the points are those of the highest band the value reaches.",
  text: "Short-text answers are never scored.",
} as const;

/** The rules of framework 2026.2 onwards ("bands-and-conditions"), as published. */
export const SCORING_RULES_2026_2 = {
  pointsPerQuestion: POINTS_PER_QUESTION,
  score:
    "Each scored question is worth up to 4 points and has a weight (1 unless stated; questions about what the partnership does, such as its working structure, joint operations, survivor support and outcome measures, weigh 2 or 3). A dimension's score is 100 × the weighted points earned ÷ the most weighted points its answered questions could earn, rounded to the nearest whole number.",
  weights:
    "Weights follow the report: what a partnership achieves counts for more than a checklist of documents, so that a flexible, NGO-organised or grass-roots partnership can reach high stages by what it does.",
  notApplicable:
    "“Not applicable” (offered only where a question may genuinely not apply) is left out of the score altogether: it neither adds points nor counts towards the maximum.",
  doneElsewhere:
    "“Done at regional / national level for us” (offered where the report says a function can sit at another level) is left out of the score like “Not applicable”: it is not scored as missing.",
  dontKnow:
    "“Don't know” is left out of the score and never holds a stage back. Instead it lowers the dimension's coverage: the share of its answers given from knowledge. Low coverage is shown beside the stage.",
  coverage:
    "Coverage = answers given from knowledge ÷ (answers given from knowledge + “Don't know” answers), as a percentage. Questions not yet answered do not count in it.",
  unanswered:
    "Questions not yet answered are not “Don't know”: they are left out until answered, and the result is marked provisional until every question has an answer. With nothing countable answered there is no score.",
  stages:
    "Stages follow the score bands: Forming 0–19, Developing 20–39, Established 40–59, Embedded 60–79, Leading 80–100. A few conditions that the report itself ties to maturity (for example a current action plan, dedicated coordination, sub-groups, outputs and outcomes measured) must also be met to reach the stage they belong to. A condition holds a stage back only when the answers show it is not met; where it does, the result says which condition holds it.",
  multi:
    "For questions where several options can be selected, the points of the selected options are added up, to the question's maximum.",
  number: "For number questions, the points are those of the highest band the value reaches.",
  text: "Short-text answers are never scored.",
} as const;

/** The published scoring rules of a framework version. */
export function scoringRulesFor(framework: Framework): typeof SCORING_RULES | typeof SCORING_RULES_2026_2 {
  return (framework.scoringModel ?? "2026.1") === "bands-and-conditions" ? SCORING_RULES_2026_2 : SCORING_RULES;
}

export interface StageRef {
  index: number;
  name: string;
}

export interface UnmetCondition {
  conditionId: string;
  text: string;
}

/** The condition that holds a dimension below the stage its score band would reach. */
export interface HeldBy {
  conditionId: string;
  /** The condition as a thing to do, e.g. "Agree a current action plan". */
  text: string;
  /** As a noun phrase, e.g. "a current action plan" (for "… is needed for stage 3"). */
  needed: string;
  /** The stage it holds back (one above the stage reached). */
  stage: StageRef;
  source: Source;
}

export interface DimensionScore {
  dimensionId: string;
  /** 0–100 integer, or null when nothing countable has been answered. */
  score: number | null;
  stage: StageRef;
  /** The stage the score band alone would reach. */
  bandStage?: StageRef;
  /** Set when a condition holds the stage below `bandStage`. */
  heldBy?: HeldBy | null;
  /**
   * Coverage: the share (0–100) of the answers given that were given from knowledge rather than
   * "Don't know". Null when nothing has been answered. Unanswered questions do not count here.
   */
  coverage?: number | null;
  /** Answered "Done at regional / national level for us" (left out of the score). */
  doneElsewhere?: number;
  /** Scored questions in the dimension. */
  total: number;
  /** Answered with a real answer (not N/A, not Don't know). */
  answered: number;
  /** Questions that count (total minus N/A). */
  applicable: number;
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
  /** Every scored question has an answer (N/A and Don't know included). */
  complete: boolean;
  pointsEarned: number;
  pointsPossible: number;
  /** What would move the dimension to the next stage; empty at the top stage. */
  unmetForNextStage: UnmetCondition[];
  nextStage: StageRef | null;
}

export interface AssessmentScore {
  version: string;
  dimensions: DimensionScore[];
}

function stageRef(s: Stage): StageRef {
  return { index: s.index, name: s.name };
}

/** The scoring model of a framework version (2026.1 rules unless it says otherwise). */
export function scoringModel(framework: Framework) {
  return framework.scoringModel ?? "2026.1";
}

export function scoreDimensionData(framework: Framework, dim: Dimension, answers: AnswerMap): DimensionScore {
  const bands = scoringModel(framework) === "bands-and-conditions";
  let earned = 0;
  let possible = 0;
  let total = 0;
  let answered = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let doneElsewhere = 0;
  let unanswered = 0;
  for (const q of dim.questions) {
    const max = maxPoints(q);
    if (max === 0) continue; // unscored (text) questions
    const w = bands ? (q.weight ?? 1) : 1;
    total++;
    const a = answers[q.id];
    if (!a) {
      unanswered++;
      continue;
    }
    if (a.kind === "not_applicable" && q.allowNotApplicable) {
      notApplicable++;
      continue;
    }
    if (isDoneElsewhere(q, a)) {
      doneElsewhere++;
      continue;
    }
    if (a.kind === "dont_know" || a.kind === "not_applicable") {
      // N/A where it is not allowed is treated as Don't know. Under 2026.1 rules Don't know counts
      // in the maximum with 0 points; from 2026.2 it is left out of the score and lowers coverage.
      dontKnow++;
      if (!bands) possible += max;
      continue;
    }
    const pts = answerPoints(q, a);
    if (pts === null) {
      // An answer that does not fit the question (e.g. left over from an old version) is ignored.
      unanswered++;
      continue;
    }
    answered++;
    earned += w * pts;
    possible += w * max;
  }
  const score = possible > 0 ? Math.round((100 * earned) / possible) : null;

  // A condition holds a stage back when it is false; under 2026.1 rules also when it cannot be
  // known (Don't know or no answer), from 2026.2 only when it is known to be unmet.
  const blocks = (c: StageCondition) =>
    bands ? evaluate3(framework, c.requires, answers) === false : !evaluate(framework, c.requires, answers);
  const stages = dim.stages;
  const s = score ?? 0;
  let bandStage = stages[0]!;
  for (const st of stages) if (score !== null && s >= st.threshold) bandStage = st;
  let reached = stages[0]!;
  let heldBy: HeldBy | null = null;
  for (let i = 1; i < stages.length; i++) {
    const st = stages[i]!;
    if (score === null || s < st.threshold) break;
    const blocking = st.conditions.find(blocks);
    if (blocking) {
      heldBy = {
        conditionId: blocking.id,
        text: blocking.text,
        needed: blocking.needed ?? blocking.text,
        stage: stageRef(st),
        source: blocking.source,
      };
      break;
    }
    reached = st;
  }
  const next = stages.find((x) => x.index === reached.index + 1) ?? null;
  const unmet: { conditionId: string; text: string }[] = [];
  if (next) {
    if (s < next.threshold || score === null) {
      unmet.push({
        conditionId: `${dim.id}.score.${next.index}`,
        text:
          score === null
            ? `Answer the questions in this section: ${next.name} needs a score of at least ${next.threshold}`
            : `Raise the score from ${score} to at least ${next.threshold}`,
      });
    }
    for (const st of stages) {
      if (st.index > next.index) break;
      for (const c of st.conditions) if (blocks(c)) unmet.push({ conditionId: c.id, text: c.text });
    }
  }
  const known = answered;
  return {
    dimensionId: dim.id,
    score,
    stage: stageRef(reached),
    bandStage: stageRef(bandStage),
    heldBy,
    coverage: known + dontKnow > 0 ? Math.round((100 * known) / (known + dontKnow)) : null,
    total,
    answered,
    applicable: total - notApplicable - doneElsewhere,
    dontKnow,
    notApplicable,
    doneElsewhere,
    unanswered,
    complete: unanswered === 0,
    pointsEarned: earned,
    pointsPossible: possible,
    unmetForNextStage: unmet,
    nextStage: next ? stageRef(next) : null,
  };
}
export function scoreDimension(framework: Framework, dimensionId: string, answers: AnswerMap): DimensionScore {
  const dim = framework.dimensions.find((d) => d.id === dimensionId);
  if (!dim) throw new Error(`Unknown dimension "${dimensionId}" in framework ${framework.version}`);
  return scoreDimensionData(framework, dim, answers);
}

export function scoreAssessment(framework: Framework, answers: AnswerMap): AssessmentScore {
  return {
    version: framework.version,
    dimensions: framework.dimensions.map((d) => scoreDimensionData(framework, d, answers)),
  };
}
