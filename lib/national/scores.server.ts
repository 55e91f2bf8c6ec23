import "server-only";
// Every submitted score of a cycle, per partnership and dimension (under the current framework
// version where it can be): the national scores export (named or anonymised), compare and benchmark.
import { randomInt } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { anonymisedCodes, cycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordExport } from "@/lib/audit/record.server";
import { getFramework } from "@/lib/framework";
import { median, percentileRank } from "@/lib/national/rules";
import { cachedByGeneration } from "@/lib/cache/generations.server";
import { assertNational } from "@/lib/national/data.server";
import { partnershipFilter } from "@/lib/national/overview.server";
import type { NationalFilters } from "@/lib/national/schemas";

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

/** The ids of the partnerships that match the overview's filters. */
function matchingPartnerships(cycleId: number, f: NationalFilters): Set<number> {
  const { where, params } = partnershipFilter(f, cycleId);
  const rows = getDb()
    .$client.prepare(`SELECT p.id FROM partnerships p WHERE ${where}`)
    .all(...params) as { id: number }[];
  return new Set(rows.map((r) => r.id));
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
export function nationalScores(actor: Actor, cycleId: number, anonymised: boolean, filters: NationalFilters = {}) {
  assertNational(actor);
  const cycle = getDb().select().from(cycles).where(eq(cycles.id, cycleId)).get();
  if (!cycle) return null;
  const filtered = Object.values(filters).some(Boolean);
  recordExport(actor, "export.national-scores", "cycle", cycleId, filtered ? { anonymised, filters } : { anonymised });
  // The overview's filters (level, nation, region, force area, peer review), as on its page.
  const matching = filtered ? matchingPartnerships(cycleId, filters) : null;
  const rows = matching ? scoreRows(cycleId).filter((r) => matching.has(r.partnershipId)) : scoreRows(cycleId);
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
        /** How many peers this dimension's figures rest on. */
        peerCount: peers.length,
        peerMedian: median(peers),
        percentile: m?.score === null || !m ? null : percentileRank(m.score, peers),
      };
    }),
  };
}
