// Recommending: `recommend` picks the catalogue's recommendations that fit a partnership's answers
// and scores, and orders them. The catalogues (data): recommendations-2026-1.ts and -2026-2.ts,
// resting on the report's twelve (report-recommendations.ts) and practice examples.
import { evaluate, evaluate3, questionIndex } from "./points";
import { scoringModel, scoreAssessment, type AssessmentScore } from "./scoring";
import type {
  AnswerMap,
  Framework,
  PracticeExample,
  Predicate,
  Recommendation,
  ReportRecommendation,
  ReportRecommendationId,
} from "./types";
import { REPORT_RECOMMENDATIONS } from "./report-recommendations";
import { RECOMMENDATIONS_2026_1 } from "./recommendations-2026-1";
import { RECOMMENDATIONS_2026_2 } from "./recommendations-2026-2";

const CATALOGUES: Record<string, Recommendation[]> = {
  "2026.1": RECOMMENDATIONS_2026_1,
  "2026.2": RECOMMENDATIONS_2026_2,
};

/** The recommendation catalogue that goes with a framework version (empty if none). */
export function recommendationsFor(version: string): Recommendation[] {
  return CATALOGUES[version] ?? [];
}

export interface RecommendedItem {
  id: string;
  text: string;
  reportRecommendation: ReportRecommendationId[];
  reportRecommendationText: string[];
  /** The linked report recommendations, each saying whether it is a national ask. */
  reportRecommendations: Pick<ReportRecommendation, "id" | "theme" | "text" | "audience" | "localAction">[];
  examples: PracticeExample[];
  source: Recommendation["source"];
  dimensionId: string;
  dimensionName: string;
  /** Current stage of the dimension. */
  stage: { index: number; name: string };
  /** Lowest stage among the unmet conditions it addresses (or the catalogue's target). */
  targetStage: number;
  /** Unmet stage conditions it addresses. */
  addresses: { conditionId: string; text: string }[];
  /** Recommendations in this list to act on first. */
  after: string[];
  /** 1 = do first. */
  priority: number;
  reason: string;
}

export interface RecommendOptions {
  /** Leave out recommendations aimed more than this many stages above the dimension's current stage (default 2). */
  maxStagesAhead?: number;
}

/** The text of the first question whose answer makes an explicit need true. */
function needQuestion(framework: Framework, p: Predicate, answers: AnswerMap): string | undefined {
  if ("allOf" in p || "anyOf" in p) {
    for (const x of "allOf" in p ? p.allOf : p.anyOf) {
      const t = evaluate(framework, x, answers) ? needQuestion(framework, x, answers) : undefined;
      if (t) return t;
    }
    return undefined;
  }
  if ("not" in p) return undefined;
  return questionIndex(framework).get(p.question)?.text;
}

/**
 * Prioritised recommendations for one partnership. Order: the dimension at the lowest stage first;
 * within that, the most foundational (lowest target stage) first; then those fitted to the
 * partnership by `appliesWhen`; then catalogue order. A recommendation never comes before another
 * listed one it declares `after` (e.g. no outcome measures before an action plan).
 */
export function recommend(
  framework: Framework,
  answers: AnswerMap,
  scores?: AssessmentScore,
  profileAnswers?: AnswerMap,
  options: RecommendOptions = {},
): RecommendedItem[] {
  const all: AnswerMap = { ...answers, ...(profileAnswers ?? {}) };
  const sc = scores ?? scoreAssessment(framework, answers);
  const maxAhead = options.maxStagesAhead ?? 2;
  const bands = scoringModel(framework) === "bands-and-conditions";
  const condInfo = new Map<string, { stage: number; text: string; met: boolean }>();
  for (const d of framework.dimensions)
    for (const s of d.stages)
      for (const c of s.conditions)
        condInfo.set(c.id, {
          stage: s.index,
          text: c.text,
          // From 2026.2 a condition is unmet only when the answers show it (not on Don't know).
          met: bands ? evaluate3(framework, c.requires, all) !== false : evaluate(framework, c.requires, all),
        });

  type Cand = RecommendedItem & { fitted: boolean; order: number; dimStage: number };
  const cands: Cand[] = [];
  recommendationsFor(framework.version).forEach((r, order) => {
    const dim = framework.dimensions.find((d) => d.id === r.dimension);
    const ds = sc.dimensions.find((x) => x.dimensionId === r.dimension);
    if (!dim || !ds) return;
    const unmet = r.addresses.map((id) => ({ id, info: condInfo.get(id) })).filter((x) => x.info && !x.info.met);
    const fitted = r.appliesWhen ? evaluate(framework, r.appliesWhen, all) : false;
    // An explicit need (the partnership answered that this is not in place) is never left out.
    const needed = r.need ? evaluate(framework, r.need, all) : false;
    if (!unmet.length && !fitted && !needed) return;
    const target = unmet.length ? Math.min(...unmet.map((x) => x.info!.stage)) : r.targetStage;
    if (!fitted && !needed && target > ds.stage.index + maxAhead) return;
    const parts: string[] = [`${dim.name} is at ${ds.stage.name}${ds.score === null ? "" : ` (score ${ds.score})`}.`];
    if (fitted && r.fitReason) parts.push(r.fitReason);
    if (needed && r.need) {
      const q = needQuestion(framework, r.need, all);
      if (q) parts.push(`Your answer to ‘${q}’ shows this is not yet in place.`);
    }
    if (unmet.length) {
      const st = dim.stages.find((s) => s.index === target);
      parts.push(
        `Needed to reach ${st ? st.name : `stage ${target}`}: ${unmet
          .filter((x) => x.info!.stage === target)
          .map((x) => x.info!.text.replace(/\.$/, ""))
          .join("; ")}.`,
      );
    }
    cands.push({
      id: r.id,
      text: r.text,
      reportRecommendation: r.reportRecommendation,
      reportRecommendationText: r.reportRecommendation.map(
        (id) => REPORT_RECOMMENDATIONS.find((x) => x.id === id)!.text,
      ),
      reportRecommendations: r.reportRecommendation.map((id) => {
        const x = REPORT_RECOMMENDATIONS.find((y) => y.id === id)!;
        return {
          id: x.id,
          theme: x.theme,
          text: x.text,
          audience: x.audience,
          ...(x.localAction ? { localAction: x.localAction } : {}),
        };
      }),
      examples: r.examples,
      source: r.source,
      dimensionId: dim.id,
      dimensionName: dim.name,
      stage: ds.stage,
      targetStage: target,
      addresses: unmet.map((x) => ({ conditionId: x.id, text: x.info!.text })),
      after: [],
      priority: 0,
      reason: parts.join(" "),
      fitted,
      order,
      dimStage: ds.stage.index,
    });
  });

  cands.sort(
    (a, b) =>
      a.dimStage - b.dimStage ||
      a.targetStage - b.targetStage ||
      Number(b.fitted) - Number(a.fitted) ||
      a.order - b.order,
  );
  const present = new Set(cands.map((c) => c.id));
  const catalogue = recommendationsFor(framework.version);
  const prereqs = new Map(
    cands.map((c) => [c.id, (catalogue.find((r) => r.id === c.id)?.after ?? []).filter((id) => present.has(id))]),
  );
  // Stable topological order: take the first candidate whose listed prerequisites are all placed.
  const placed: Cand[] = [];
  const done = new Set<string>();
  const pending = [...cands];
  while (pending.length) {
    let i = pending.findIndex((c) => prereqs.get(c.id)!.every((p) => done.has(p)));
    if (i < 0) i = 0; // a cycle in the catalogue: fall back to sort order
    const [c] = pending.splice(i, 1);
    placed.push(c!);
    done.add(c!.id);
  }
  const textOf = new Map(placed.map((c) => [c.id, c.text]));
  return placed.map((c, i) => {
    const after = prereqs.get(c.id)!;
    const { fitted: _f, order: _o, dimStage: _d, ...item } = c;
    void _f;
    void _o;
    void _d;
    return {
      ...item,
      after,
      priority: i + 1,
      reason: after.length
        ? `${c.reason} Do this after: ${after.map((id) => textOf.get(id)!.replace(/\.$/, "")).join("; ")}.`
        : c.reason,
    };
  });
}
