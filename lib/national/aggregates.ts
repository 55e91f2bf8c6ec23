// The SQL aggregates behind the national overview, on a plain better-sqlite3 connection so that
// the benchmark can time them on their own.
import type Database from "better-sqlite3";
import type { Framework } from "../framework/types";
import type { NationalFilters } from "./filters";

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
  const stages = sqlite
    .prepare(
      `SELECT json_extract(d.value, '$.dimensionId') AS dimensionId, json_extract(d.value, '$.stage.index') AS stage, count(*) AS n
       FROM assessments a JOIN partnerships p ON p.id = a.partnership_id,
         json_each(CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_snapshot ELSE a.scores_snapshot END, '$.dimensions') d
       WHERE a.cycle_id = ? AND a.status = 'submitted' AND ${where} GROUP BY 1, 2`,
    )
    .all(fw.version, fw.version, cycleId, ...params) as { dimensionId: string; stage: number; n: number }[];
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
