// Several respondents: the coordinator's consolidated answers are the official ones (scored with
// scoreAssessment); members' own answers show how far views differ. Spreads are shown only when at
// least MIN_RESPONDENTS_FOR_SPREAD people answered, so that individuals cannot be singled out.
//
// Disagreement rules (peer reviewers raise lines of enquiry from these):
// - Dimension: the respondents' stages span 2 or more stages (e.g. one says Developing, another
//   Embedded), or the official score lies outside the range of members' scores.
// - Question: answers are split (the most common answer has less than 60% of those answering), or
//   the points given are far apart (a range of 3 or more on the 0–4 scale).
import { answerPoints, maxPoints } from "./points";
import { scoreAssessment } from "./scoring";
import type { AnswerMap, Framework, Question } from "./types";

export const MIN_RESPONDENTS_FOR_SPREAD = 3;
export const SPLIT_SHARE = 0.6;
export const FAR_APART_POINTS = 3;
export const STAGE_RANGE_DISAGREEMENT = 2;

export interface Respondent {
  respondentId: string;
  answers: AnswerMap;
}

export interface DimensionSpread {
  dimensionId: string;
  /** Respondents with a score for this dimension. */
  n: number;
  showSpread: boolean;
  /** Only when showSpread; otherwise null. */
  min: number | null;
  max: number | null;
  median: number | null;
  stageMin: number | null;
  stageMax: number | null;
  officialScore: number | null;
  officialStage: number | null;
  disagreement: boolean;
  disagreementReasons: string[];
}

export interface QuestionSpread {
  questionId: string;
  /** Respondents who answered (N/A and Don't know included). */
  n: number;
  showSpread: boolean;
  /** Answers per option id ("yes"/"no" for yes/no questions); for multi, how many selected each. */
  counts: Record<string, number>;
  notApplicable: number;
  dontKnow: number;
  /** Number questions: summary of the values. */
  numbers: { min: number; max: number; median: number } | null;
  /** Share of those answering who gave the most common answer (0–1), null if nobody answered. */
  modalShare: number | null;
  pointsRange: number | null;
  official: string | null;
  disagreement: boolean;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Per-dimension spread of respondents' scores, with the official (consolidated) score beside it. */
export function dimensionSpread(
  framework: Framework,
  respondents: Respondent[],
  official?: AnswerMap,
): DimensionSpread[] {
  const scored = respondents.map((r) => scoreAssessment(framework, r.answers));
  const off = official ? scoreAssessment(framework, official) : null;
  return framework.dimensions.map((d, i) => {
    const rows = scored.map((s) => s.dimensions[i]!).filter((x) => x.score !== null);
    const scores = rows.map((x) => x.score!);
    const stagesIdx = rows.map((x) => x.stage.index);
    const n = rows.length;
    const showSpread = n >= MIN_RESPONDENTS_FOR_SPREAD;
    const o = off?.dimensions[i] ?? null;
    const reasons: string[] = [];
    if (showSpread) {
      const range = Math.max(...stagesIdx) - Math.min(...stagesIdx);
      if (range >= STAGE_RANGE_DISAGREEMENT)
        reasons.push(`Respondents' answers place this dimension ${range} stages apart`);
      if (o?.score != null && (o.score < Math.min(...scores) || o.score > Math.max(...scores)))
        reasons.push("The consolidated score is outside the range of respondents' scores");
    }
    return {
      dimensionId: d.id,
      n,
      showSpread,
      min: showSpread ? Math.min(...scores) : null,
      max: showSpread ? Math.max(...scores) : null,
      median: showSpread ? median(scores) : null,
      stageMin: showSpread ? Math.min(...stagesIdx) : null,
      stageMax: showSpread ? Math.max(...stagesIdx) : null,
      officialScore: o?.score ?? null,
      officialStage: o ? o.stage.index : null,
      disagreement: reasons.length > 0,
      disagreementReasons: reasons,
    };
  });
}

function answerKey(q: Question, a: AnswerMap[string]): string[] {
  switch (a.kind) {
    case "choice":
      return [a.option];
    case "choices":
      return a.options;
    case "yesno":
      return [a.answer];
    case "number":
      return [String(a.value)];
    default:
      void q;
      return [];
  }
}

/** Per-question spread of members' answers, for the coordinator's view (all questions, scored and profile). */
export function questionSpread(
  framework: Framework,
  respondents: Respondent[],
  official?: AnswerMap,
): QuestionSpread[] {
  const questions = [...framework.dimensions.flatMap((d) => d.questions), ...framework.profile];
  return questions
    .filter((q) => q.type !== "text")
    .map((q) => {
      const counts: Record<string, number> = {};
      if (q.type === "single" || q.type === "multi") for (const o of q.options) counts[o.id] = 0;
      if (q.type === "yesno_evidence") Object.assign(counts, { yes: 0, no: 0 });
      let n = 0;
      let na = 0;
      let dk = 0;
      const nums: number[] = [];
      const pts: number[] = [];
      const whole: Record<string, number> = {};
      for (const r of respondents) {
        const a = r.answers[q.id];
        if (!a) continue;
        n++;
        if (a.kind === "not_applicable") {
          na++;
          continue;
        }
        if (a.kind === "dont_know") {
          dk++;
          continue;
        }
        if (a.kind === "number") nums.push(a.value);
        else for (const k of answerKey(q, a)) counts[k] = (counts[k] ?? 0) + 1;
        const key = a.kind === "choices" ? [...a.options].sort().join("+") : answerKey(q, a).join("");
        whole[key] = (whole[key] ?? 0) + 1;
        const p = answerPoints(q, a);
        if (p !== null && maxPoints(q) > 0) pts.push(p);
      }
      const showSpread = n >= MIN_RESPONDENTS_FOR_SPREAD;
      // N/A and Don't know are answers too when judging whether people agree.
      const groups = [...Object.values(whole), na, dk].filter((x) => x > 0);
      const modal = groups.length ? Math.max(...groups) : 0;
      const modalShare = n ? modal / n : null;
      const pointsRange = pts.length ? Math.max(...pts) - Math.min(...pts) : null;
      const oa = official?.[q.id];
      return {
        questionId: q.id,
        n,
        showSpread,
        counts,
        notApplicable: na,
        dontKnow: dk,
        numbers: nums.length ? { min: Math.min(...nums), max: Math.max(...nums), median: median(nums)! } : null,
        modalShare,
        pointsRange,
        official: oa
          ? oa.kind === "not_applicable" || oa.kind === "dont_know"
            ? oa.kind
            : answerKey(q, oa).join("+")
          : null,
        disagreement:
          showSpread &&
          ((modalShare !== null && modalShare < SPLIT_SHARE) ||
            (pointsRange !== null && pointsRange >= FAR_APART_POINTS)),
      };
    });
}
