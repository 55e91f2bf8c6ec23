import "server-only";
// The national overview: counts, the stages of every dimension and the report's Figures 5–14 drawn
// again from the submitted self-reviews of a cycle, with the page's filters. Its SQL aggregates run
// on a plain better-sqlite3 connection, so that the benchmark can time them on their own.
import type Database from "better-sqlite3";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getFramework, BASELINE_2017 } from "@/lib/framework";
import type { AnswerValue, Framework } from "@/lib/framework/types";
import type { NationalFilters } from "@/lib/national/schemas";
import { median } from "@/lib/national/rules";
import { compareFigure, type FigureComparison } from "@/lib/national/against2017";
import { cachedByGeneration } from "@/lib/cache/generations.server";
import { assertNational } from "@/lib/national/data.server";

export type FigureTable = {
  id: string;
  figure: string;
  title: string;
  questionId: string;
  respondents: number;
  rows: { label: string; optionIds: string[]; n: number; share: number }[];
  /** Today's figure beside the 2017 report's, as numbers where it gives them (lib/national/against2017.ts). */
  against2017: FigureComparison;
};

const FIGURES: { figure: string; questionId: string; title: string }[] = [
  { figure: "Figure 5", questionId: "profile.chair_org", title: "Who chairs the partnership" },
  { figure: "Figure 6", questionId: "profile.coordinator_org", title: "Who coordinates the partnership" },
  { figure: "Figure 7", questionId: "profile.member_types", title: "Member organisation types" },
  { figure: "Figure 8", questionId: "profile.activities", title: "Activities" },
  { figure: "Figure 9", questionId: "profile.governance_documents", title: "Governance documents held" },
  { figure: "Figure 10", questionId: "profile.progress_measures", title: "How progress is measured" },
  { figure: "Figure 11", questionId: "profile.funding_sources", title: "Funding sources" },
  { figure: "Figure 12", questionId: "profile.gaps", title: "Gaps" },
  { figure: "Figure 13", questionId: "profile.challenges", title: "Challenges" },
  { figure: "Figure 14", questionId: "profile.effectiveness", title: "What would make partnerships more effective" },
];

export function nationalOverview(actor: Actor, cycleId: number, f: NationalFilters) {
  assertNational(actor);
  // Submitted self-reviews are locked, so the overview only changes when a submission, reopening,
  // partnership or cycle changes: those bump the "national" generation.
  return cachedByGeneration("national", `overview:${cycleId}:${JSON.stringify(f)}`, () => computeOverview(cycleId, f));
}

function computeOverview(cycleId: number, f: NationalFilters) {
  const fw = getFramework()!;
  const agg = overviewAggregates(getDb().$client, cycleId, f, getFramework()!);
  const submitted = agg.statusCounts.find((s) => s.key === "submitted")?.n ?? 0;
  const stageDistribution = fw.dimensions.map((d) => {
    const counts = [1, 2, 3, 4, 5].map((s) => agg.stages.find((x) => x.dimensionId === d.id && x.stage === s)?.n ?? 0);
    const values = counts.flatMap((n, i) => Array<number>(n).fill(i + 1));
    const cov = agg.coverage.find((x) => x.dimensionId === d.id);
    return {
      dimensionId: d.id,
      name: d.name,
      counts,
      median: median(values),
      // Mean coverage (share answered from knowledge) and how many fell below 75%.
      coverage: cov && cov.n > 0 ? { mean: cov.mean, low: cov.low } : null,
    };
  });
  const byQuestion = new Map<string, AnswerValue[]>();
  for (const a of agg.answers)
    byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), JSON.parse(a.value) as AnswerValue]);
  const figures: FigureTable[] = FIGURES.map((fig) => {
    const q = fw.profile.find((x) => x.id === fig.questionId)!;
    const values = byQuestion.get(fig.questionId) ?? [];
    const options = q.type === "single" || q.type === "multi" ? q.options : [];
    const counts = new Map<string, number>();
    const optionIds = new Map<string, Set<string>>();
    let respondents = 0;
    let withAnyButNone = 0;
    const reportLabel = (i: string) =>
      options.find((o) => o.id === i)?.reportLabel ?? options.find((o) => o.id === i)?.label ?? i;
    for (const v of values) {
      const ids = v.kind === "choices" ? v.options : v.kind === "choice" ? [v.option] : [];
      if (!ids.length) continue;
      respondents++;
      if (ids.some((i) => i !== "none")) withAnyButNone++;
      for (const i of ids) optionIds.set(reportLabel(i), (optionIds.get(reportLabel(i)) ?? new Set()).add(i));
      for (const id of new Set(ids.map(reportLabel))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const rows = [...counts]
      .map(([label, n]) => ({
        label,
        optionIds: [...(optionIds.get(label) ?? [])],
        n,
        share: respondents ? Math.round((100 * n) / respondents) : 0,
      }))
      .sort((a, b) => b.n - a.n);
    // Action plans (another question) are compared in their own line: see actionPlan below.
    const entries = BASELINE_2017.filter((b) => b.figure === fig.figure && b.id !== "governance.no_action_plan");
    return {
      id: fig.questionId,
      figure: fig.figure,
      title: fig.title,
      questionId: fig.questionId,
      respondents,
      rows,
      against2017: compareFigure({
        questionId: fig.questionId,
        rows,
        respondents,
        withAnyButNone,
        entries,
        optionLabel: reportLabel,
      }),
    };
  });
  const actionPlans = [...(byQuestion.get("gov.action_plan") ?? []), ...(byQuestion.get("strat.action_plan") ?? [])];
  const withPlan = actionPlans.filter((v) => v.kind === "yesno" && v.answer === "yes").length;
  return {
    byLevel: agg.byLevel,
    byNation: agg.byNation,
    frameworkVersion: fw.version,
    stageVersions: agg.versions,
    statusCounts: agg.statusCounts,
    submitted,
    stagesAre: f.validated === "yes" ? ("validated" as const) : ("self-assessed" as const),
    stageDistribution,
    figures,
    actionPlan: {
      answered: actionPlans.length,
      withPlan,
      baseline: BASELINE_2017.filter((b) => b.id === "governance.no_action_plan").map((b) => ({
        statement: b.statement,
        // "more than half did not" have one: under this share did.
        underPercent:
          b.value.kind === "share" && b.value.upperBound !== undefined ? Math.round(b.value.upperBound * 100) : null,
      })),
    },
  };
}

/** SQL (and its parameters) selecting the partnerships that match the filters, as `p`. */
export function partnershipFilter(f: NationalFilters, cycleId?: number): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (f.level) {
    clauses.push("p.level = ?");
    params.push(f.level);
  }
  if (f.nation) {
    clauses.push("p.nation = ?");
    params.push(f.nation);
  }
  if (f.force) {
    clauses.push(
      "EXISTS (SELECT 1 FROM partnership_force_areas x WHERE x.partnership_id = p.id AND x.force_area_id = ?)",
    );
    params.push(f.force);
  }
  if (f.region) {
    clauses.push(
      "EXISTS (SELECT 1 FROM partnership_force_areas x JOIN force_areas fa ON fa.id = x.force_area_id WHERE x.partnership_id = p.id AND fa.region = ?)",
    );
    params.push(f.region);
  }
  if (f.validated && cycleId !== undefined) {
    // Validated: a peer review of this cycle's self-review has been published.
    const exists =
      "EXISTS (SELECT 1 FROM peer_reviews pr JOIN assessments va ON va.id = pr.assessment_id WHERE va.partnership_id = p.id AND va.cycle_id = ? AND pr.status = 'published')";
    clauses.push(f.validated === "yes" ? exists : `NOT ${exists}`);
    params.push(cycleId);
  }
  return { where: clauses.length ? clauses.join(" AND ") : "1 = 1", params };
}

/** The SQL aggregates behind the overview (timed on their own by the benchmark). */
export function overviewAggregates(sqlite: Database.Database, cycleId: number, f: NationalFilters, fw: Framework) {
  const { where, params } = partnershipFilter(f, cycleId);
  const byLevel = sqlite
    .prepare(`SELECT p.level AS key, count(*) AS n FROM partnerships p WHERE ${where} GROUP BY p.level`)
    .all(...params) as { key: string; n: number }[];
  const byNation = sqlite
    .prepare(`SELECT p.nation AS key, count(*) AS n FROM partnerships p WHERE ${where} GROUP BY p.nation`)
    .all(...params) as { key: string; n: number }[];
  const statusCounts = sqlite
    .prepare(
      `SELECT coalesce(a.status, 'not_started') AS key, count(*) AS n FROM partnerships p LEFT JOIN assessments a ON a.partnership_id = p.id AND a.cycle_id = ? WHERE ${where} GROUP BY 1`,
    )
    .all(cycleId, ...params) as { key: string; n: number }[];
  // Filtered to validated results, the stages are the peer reviewer's validated ones, not the
  // self-assessed ones the published review was checking.
  const stages = (
    f.validated === "yes"
      ? sqlite
          .prepare(
            `SELECT prd.dimension_id AS dimensionId, prd.validated_stage AS stage, count(*) AS n
             FROM assessments a JOIN partnerships p ON p.id = a.partnership_id
             JOIN peer_reviews pr ON pr.assessment_id = a.id AND pr.status = 'published'
             JOIN peer_review_dimensions prd ON prd.review_id = pr.id
             WHERE a.cycle_id = ? AND a.status = 'submitted' AND ${where} GROUP BY 1, 2`,
          )
          .all(cycleId, ...params)
      : sqlite
          .prepare(
            `SELECT json_extract(d.value, '$.dimensionId') AS dimensionId, json_extract(d.value, '$.stage.index') AS stage, count(*) AS n
             FROM assessments a JOIN partnerships p ON p.id = a.partnership_id,
               json_each(CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_snapshot ELSE a.scores_snapshot END, '$.dimensions') d
             WHERE a.cycle_id = ? AND a.status = 'submitted' AND ${where} GROUP BY 1, 2`,
          )
          .all(fw.version, fw.version, cycleId, ...params)
  ) as { dimensionId: string; stage: number; n: number }[];
  const coverage = sqlite
    .prepare(
      `SELECT json_extract(d.value, '$.dimensionId') AS dimensionId, round(avg(json_extract(d.value, '$.coverage'))) AS mean,
              sum(json_extract(d.value, '$.coverage') < 75) AS low, count(json_extract(d.value, '$.coverage')) AS n
       FROM assessments a JOIN partnerships p ON p.id = a.partnership_id,
         json_each(CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_snapshot ELSE a.scores_snapshot END, '$.dimensions') d
       WHERE a.cycle_id = ? AND a.status = 'submitted' AND ${where} GROUP BY 1`,
    )
    .all(fw.version, fw.version, cycleId, ...params) as {
    dimensionId: string;
    mean: number | null;
    low: number;
    n: number;
  }[];
  // Which framework versions the stages above are under (re-scored where a year was answered on
  // an earlier version and re-scored under this one).
  const versions = sqlite
    .prepare(
      `SELECT CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_version ELSE a.framework_version END AS version,
              sum(a.framework_version != ? AND a.rescored_version = ?) AS rescored, count(*) AS n
       FROM assessments a JOIN partnerships p ON p.id = a.partnership_id
       WHERE a.cycle_id = ? AND a.status = 'submitted' AND ${where} GROUP BY 1`,
    )
    .all(fw.version, fw.version, fw.version, fw.version, cycleId, ...params) as {
    version: string;
    rescored: number;
    n: number;
  }[];
  const profileIds = fw.profile.filter((q) => q.type === "single" || q.type === "multi").map((q) => q.id);
  // The action plan question moved from Structure & governance (2026.1) to Strategy (2026.2).
  const extra = ["gov.action_plan", "strat.action_plan"];
  const ids = [...profileIds, ...extra];
  const answers = sqlite
    .prepare(
      `SELECT an.question_id AS questionId, an.value AS value
       FROM assessments a JOIN partnerships p ON p.id = a.partnership_id
       JOIN responses r ON r.assessment_id = a.id AND r.kind = 'consolidated'
       JOIN answers an ON an.response_id = r.id
       WHERE a.cycle_id = ? AND a.status = 'submitted' AND ${where} AND an.question_id IN (${ids.map(() => "?").join(",")})`,
    )
    .all(cycleId, ...params, ...ids) as { questionId: string; value: string }[];
  return { byLevel, byNation, statusCounts, stages, coverage, versions, answers };
}
