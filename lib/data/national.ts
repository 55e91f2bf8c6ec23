import "server-only";
// The Commissioner's national picture, computed live with SQL aggregates over the submitted
// self-reviews of a cycle. Every function checks "read:national" (or "manage:cycles") itself.
import { randomInt } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction } from "@/db/client";
import { anonymisedCodes, cycles } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/action-result";
import { recordAudit, recordExport } from "@/lib/data/audit";
import { getFramework, BASELINE_2017 } from "@/lib/framework";
import type { AnswerValue } from "@/lib/framework/types";
import type { NationalFilters } from "@/lib/national/filters";
import { daysUntil, median, percentileRank } from "@/lib/national/stats";
import { overviewAggregates } from "@/lib/national/aggregates";
import { bumpGeneration, cachedByGeneration } from "@/lib/data/generations";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

function assertNational(actor: Actor) {
  if (!can(actor, "read:national")) throw NOT_FOUND();
}

const cyclesNewestFirst = preparedOnce((db) => db.select().from(cycles).orderBy(desc(cycles.opensOn)).prepare());
const regionNames = preparedOnce((db) =>
  db.$client.prepare<[], { region: string }>("SELECT DISTINCT region FROM force_areas ORDER BY region"),
);

export function listAllCycles(actor: Actor) {
  assertNational(actor);
  return cyclesNewestFirst().all();
}

/**
 * Every cycle (for the page's cycle picker) and the one the page shows: the one asked for, else
 * the latest that has opened. One query for both.
 */
export function nationalCycles(actor: Actor, cycleId?: number) {
  const cycles = listAllCycles(actor);
  const today = new Date().toISOString().slice(0, 10);
  const cycle =
    (cycleId ? cycles.find((c) => c.id === cycleId) : undefined) ??
    cycles.find((c) => c.status !== "planned" && c.opensOn <= today) ??
    cycles[0] ??
    null;
  return { cycles, cycle };
}

export function createCycle(actor: Actor, input: { label: string; opensOn: string; closesOn: string }): { id: number } {
  if (!can(actor, "manage:cycles")) throw NOT_FOUND();
  const taken = () =>
    new ActionError("There is a problem", "invalid", { label: ["A cycle with this label already exists"] });
  return writeTransaction((tx) => {
    // insert … on conflict do nothing: a cycle created with the same label a moment ago (another
    // tab, another server process) is refused with the message, never a unique-constraint error.
    const row = tx
      .insert(cycles)
      .values({ ...input, status: "planned" })
      .onConflictDoNothing()
      .returning({ id: cycles.id })
      .get();
    if (!row) throw taken();
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "cycle.create",
      targetType: "cycle",
      targetId: row.id,
      outcome: "success",
      detail: input,
    });
    return row;
  });
}

/** Per cycle, how many self-reviews are unsubmitted and submitted: what opening or closing it affects. */
export function cycleSelfReviewCounts(actor: Actor): Map<number, { unsubmitted: number; submitted: number }> {
  if (!can(actor, "manage:cycles")) throw NOT_FOUND();
  const rows = getDb()
    .$client.prepare(
      `SELECT cycle_id AS cycleId, sum(status = 'in_progress') AS unsubmitted, sum(status = 'submitted') AS submitted
       FROM assessments GROUP BY cycle_id`,
    )
    .all() as { cycleId: number; unsubmitted: number; submitted: number }[];
  return new Map(rows.map((r) => [r.cycleId, { unsubmitted: r.unsubmitted, submitted: r.submitted }]));
}

export function setCycleStatus(actor: Actor, cycleId: number, status: "open" | "closed"): void {
  if (!can(actor, "manage:cycles")) throw NOT_FOUND();
  writeTransaction(() => {
    const res = getDb().update(cycles).set({ status }).where(eq(cycles.id, cycleId)).run();
    if (res.changes === 0) throw NOT_FOUND();
    const counts = cycleSelfReviewCounts(actor).get(cycleId) ?? { unsubmitted: 0, submitted: 0 };
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: `cycle.${status === "open" ? "open" : "close"}`,
      targetType: "cycle",
      targetId: cycleId,
      outcome: "success",
      detail: counts,
    });
  });
}

export type TrackerStatus = "not_started" | "in_progress" | "submitted" | "reviewed";

/** Every partnership's status in a cycle, with days to the deadline. */
export function submissionTracker(actor: Actor, cycleId: number) {
  assertNational(actor);
  const db = getDb();
  const cycle = db.select().from(cycles).where(eq(cycles.id, cycleId)).get();
  if (!cycle) return null;
  const rows = db.$client
    .prepare(
      `SELECT p.id, p.name, p.level, p.nation, a.status, a.submitted_at AS submittedAt,
              EXISTS (SELECT 1 FROM peer_reviews pr WHERE pr.assessment_id = a.id AND pr.status = 'published') AS reviewed
       FROM partnerships p LEFT JOIN assessments a ON a.partnership_id = p.id AND a.cycle_id = ?
       ORDER BY p.name`,
    )
    .all(cycleId) as {
    id: number;
    name: string;
    level: string;
    nation: string;
    status: string | null;
    submittedAt: string | null;
    reviewed: number;
  }[];
  const today = new Date().toISOString().slice(0, 10);
  return {
    cycle,
    daysToDeadline: daysUntil(cycle.closesOn, today),
    rows: rows.map((r) => ({
      ...r,
      trackerStatus: (r.reviewed
        ? "reviewed"
        : r.status === "submitted"
          ? "submitted"
          : r.status
            ? "in_progress"
            : "not_started") as TrackerStatus,
    })),
  };
}

export type FigureTable = {
  id: string;
  figure: string;
  title: string;
  questionId: string;
  respondents: number;
  rows: { label: string; n: number; share: number }[];
  baseline: { statement: string }[];
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
    let respondents = 0;
    for (const v of values) {
      const ids = v.kind === "choices" ? v.options : v.kind === "choice" ? [v.option] : [];
      if (!ids.length) continue;
      respondents++;
      for (const id of new Set(
        ids.map((i) => options.find((o) => o.id === i)?.reportLabel ?? options.find((o) => o.id === i)?.label ?? i),
      ))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const rows = [...counts]
      .map(([label, n]) => ({ label, n, share: respondents ? Math.round((100 * n) / respondents) : 0 }))
      .sort((a, b) => b.n - a.n);
    return {
      id: fig.questionId,
      figure: fig.figure,
      title: fig.title,
      questionId: fig.questionId,
      respondents,
      rows,
      baseline: BASELINE_2017.filter((b) => b.figure === fig.figure).map((b) => ({ statement: b.statement })),
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
    stageDistribution,
    figures,
    actionPlan: {
      answered: actionPlans.length,
      withPlan,
      baseline: BASELINE_2017.filter((b) => b.id === "governance.no_action_plan").map((b) => b.statement),
    },
  };
}

/** Median stage per force area (for the map), or the number of partnerships there. */
export function forceAreaMap(actor: Actor, cycleId: number, dimensionId: string | null) {
  assertNational(actor);
  const sqlite = getDb().$client;
  const counts = sqlite
    .prepare(
      `SELECT fa.id, fa.name, fa.region, fa.nation, count(x.partnership_id) AS n FROM force_areas fa LEFT JOIN partnership_force_areas x ON x.force_area_id = fa.id GROUP BY fa.id ORDER BY fa.name`,
    )
    .all() as { id: string; name: string; region: string; nation: string; n: number }[];
  const stages = dimensionId
    ? (sqlite
        .prepare(
          `SELECT x.force_area_id AS id, json_extract(d.value, '$.stage.index') AS stage
           FROM assessments a JOIN partnership_force_areas x ON x.partnership_id = a.partnership_id, json_each(a.scores_snapshot, '$.dimensions') d
           WHERE a.cycle_id = ? AND a.status = 'submitted' AND json_extract(d.value, '$.dimensionId') = ?`,
        )
        .all(cycleId, dimensionId) as { id: string; stage: number }[])
    : [];
  const byArea = new Map<string, number[]>();
  for (const s of stages) byArea.set(s.id, [...(byArea.get(s.id) ?? []), s.stage]);
  return counts.map((c) => ({ ...c, medianStage: median(byArea.get(c.id) ?? []) }));
}

type ScoreRow = {
  partnershipId: number;
  name: string;
  level: string;
  nation: string;
  dimensionId: string;
  score: number | null;
  stage: number;
  coverage: number | null;
  /** The framework version the score is under (re-scored under the current one where possible). */
  version: string;
};

/** Every submitted score in a cycle, cached per "national" generation (compare, benchmark, exports). */
function scoreRows(cycleId: number): ScoreRow[] {
  return cachedByGeneration("national", `scores:${cycleId}`, () => queryScoreRows(cycleId));
}

// Scores under the current framework version: a year submitted under an earlier version is read
// from its re-scoring (db/framework-move.ts) where there is one; `version` says which was read.
function queryScoreRows(cycleId: number): ScoreRow[] {
  const v = getFramework()!.version;
  return getDb()
    .$client.prepare(
      `SELECT p.id AS partnershipId, p.name, p.level, p.nation, json_extract(d.value, '$.dimensionId') AS dimensionId,
              json_extract(d.value, '$.score') AS score, json_extract(d.value, '$.stage.index') AS stage,
              json_extract(d.value, '$.coverage') AS coverage,
              CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_version ELSE a.framework_version END AS version
       FROM assessments a JOIN partnerships p ON p.id = a.partnership_id,
         json_each(CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_snapshot ELSE a.scores_snapshot END, '$.dimensions') d
       WHERE a.cycle_id = ? AND a.status = 'submitted' ORDER BY p.name, d.key`,
    )
    .all(v, v, v, v, cycleId) as ScoreRow[];
}

// Codes such as "P-7KQ2XM": letters and digits that cannot be misread for one another.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 6;

function randomCode(): string {
  let code = "P-";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * Each partnership's anonymised code in a cycle, made on first use: random, stored, and kept for
 * every later export of that cycle. Insert-or-ignore, so two exports at once agree on one code.
 */
function anonymisedCodesFor(cycleId: number, partnershipIds: number[]): Map<number, string> {
  const read = () =>
    new Map(
      getDb()
        .select({ partnershipId: anonymisedCodes.partnershipId, code: anonymisedCodes.code })
        .from(anonymisedCodes)
        .where(and(eq(anonymisedCodes.cycleId, cycleId), inArray(anonymisedCodes.partnershipId, partnershipIds)))
        .all()
        .map((r) => [r.partnershipId, r.code]),
    );
  if (!partnershipIds.length) return new Map();
  const known = read();
  const missing = partnershipIds.filter((id) => !known.has(id));
  if (!missing.length) return known;
  writeTransaction((tx) => {
    for (const partnershipId of missing) {
      // 32^6 codes: a clash within a cycle is rare; try again with a fresh code when it happens.
      const taken = (code: string) =>
        tx
          .select({ id: anonymisedCodes.partnershipId })
          .from(anonymisedCodes)
          .where(and(eq(anonymisedCodes.cycleId, cycleId), eq(anonymisedCodes.code, code)))
          .get() !== undefined;
      let code = randomCode();
      for (let attempt = 0; taken(code); attempt++) {
        if (attempt === 20) throw new Error("Could not find a free anonymised code");
        code = randomCode();
      }
      tx.insert(anonymisedCodes).values({ cycleId, partnershipId, code }).onConflictDoNothing().run();
    }
  });
  return read();
}

/**
 * One row per partnership and dimension. Anonymised, the name and id give way to the partnership's
 * random code for the cycle and the rows are ordered by code (ordered by name, they would give the
 * names away); named, each row also carries that code, for re-identifying an anonymised row.
 */
export function nationalScores(actor: Actor, cycleId: number, anonymised: boolean) {
  assertNational(actor);
  const cycle = getDb().select().from(cycles).where(eq(cycles.id, cycleId)).get();
  if (!cycle) return null;
  recordExport(actor, "export.national-scores", "cycle", cycleId, { anonymised });
  const rows = scoreRows(cycleId);
  const codes = anonymisedCodesFor(cycleId, [...new Set(rows.map((r) => r.partnershipId))]);
  const out = rows.map((r) => ({
    partnership: anonymised ? codes.get(r.partnershipId)! : r.name,
    partnershipId: anonymised ? null : r.partnershipId,
    anonymisedCode: codes.get(r.partnershipId)!,
    level: r.level,
    nation: r.nation,
    dimensionId: r.dimensionId,
    score: r.score,
    stage: r.stage,
    coverage: r.coverage,
    frameworkVersion: r.version,
  }));
  // A stable sort: within a partnership the dimensions keep the framework's order.
  if (anonymised) out.sort((a, b) => (a.partnership < b.partnership ? -1 : a.partnership > b.partnership ? 1 : 0));
  return {
    cycle: cycle.label,
    rows: anonymised ? out.map(({ anonymisedCode: _, ...r }) => r) : out,
  };
}

export function compare(actor: Actor, cycleId: number, partnershipIds: number[]) {
  assertNational(actor);
  const rows = scoreRows(cycleId).filter((r) => partnershipIds.includes(r.partnershipId));
  const fw = getFramework()!;
  const names = new Map(rows.map((r) => [r.partnershipId, r.name]));
  return {
    partnerships: partnershipIds.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
    dimensions: fw.dimensions.map((d) => ({
      dimensionId: d.id,
      name: d.name,
      values: partnershipIds.map((id) => rows.find((r) => r.partnershipId === id && r.dimensionId === d.id) ?? null),
    })),
  };
}

export function benchmark(actor: Actor, cycleId: number, partnershipId: number) {
  assertNational(actor);
  const rows = scoreRows(cycleId);
  const mine = rows.filter((r) => r.partnershipId === partnershipId);
  if (!mine.length) return null;
  const level = mine[0]!.level;
  const fw = getFramework()!;
  return {
    name: mine[0]!.name,
    level,
    peers: new Set(
      rows.filter((r) => r.level === level && r.partnershipId !== partnershipId).map((r) => r.partnershipId),
    ).size,
    dimensions: fw.dimensions.map((d) => {
      const m = mine.find((r) => r.dimensionId === d.id)!;
      const peers = rows
        .filter(
          (r) => r.level === level && r.partnershipId !== partnershipId && r.dimensionId === d.id && r.score !== null,
        )
        .map((r) => r.score!);
      return {
        dimensionId: d.id,
        name: d.name,
        score: m?.score ?? null,
        stage: m?.stage ?? null,
        coverage: m?.coverage ?? null,
        version: m?.version ?? null,
        peerMedian: median(peers),
        percentile: m?.score === null || !m ? null : percentileRank(m.score, peers),
      };
    }),
  };
}

/** National median stage per dimension across every cycle. */
export function nationalTrends(actor: Actor) {
  assertNational(actor);
  // Only submissions, reopenings and cycle changes alter it: cached per "national" generation.
  return cachedByGeneration("national", "trends", computeTrends);
}

function computeTrends() {
  const rows = getDb()
    .$client.prepare(
      `SELECT c.label, json_extract(d.value, '$.dimensionId') AS dimensionId, json_extract(d.value, '$.stage.index') AS stage
       FROM assessments a JOIN cycles c ON c.id = a.cycle_id,
         json_each(CASE WHEN a.framework_version != ? AND a.rescored_version = ? THEN a.rescored_snapshot ELSE a.scores_snapshot END, '$.dimensions') d
       WHERE a.status = 'submitted' ORDER BY c.opens_on`,
    )
    .all(getFramework()!.version, getFramework()!.version) as { label: string; dimensionId: string; stage: number }[];
  const labels = [...new Set(rows.map((r) => r.label))];
  // One pass into cycle × dimension buckets (was a filter per cell: quadratic at national scale).
  const buckets = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.label}\u0000${r.dimensionId}`;
    const list = buckets.get(key);
    if (list) list.push(r.stage);
    else buckets.set(key, [r.stage]);
  }
  const fw = getFramework()!;
  return {
    cycles: labels,
    dimensions: fw.dimensions.map((d) => {
      const stages = labels.map((l) => buckets.get(`${l}\u0000${d.id}`) ?? []);
      return { dimensionId: d.id, name: d.name, medians: stages.map((s) => median(s)), n: stages.map((s) => s.length) };
    }),
  };
}

export function partnershipOptions(actor: Actor) {
  assertNational(actor);
  return getDb().$client.prepare("SELECT id, name, level FROM partnerships ORDER BY name").all() as {
    id: number;
    name: string;
    level: string;
  }[];
}

export function regions(actor: Actor) {
  assertNational(actor);
  return regionNames()
    .all()
    .map((r) => r.region);
}
