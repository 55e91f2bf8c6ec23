import "server-only";
// The Commissioner's national picture, computed live with SQL over the submitted self-reviews of a
// cycle: the submission tracker, the force-area map, national trends and the pages' choices. Every
// function checks "read:national" itself. The overview: overview.server.ts; scores, compare and
// benchmark: scores.server.ts; the cycles: cycles.server.ts.
import { eq } from "drizzle-orm";
import { getDb, preparedOnce } from "@/db/client";
import { cycles } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { getFramework } from "@/lib/framework";
import { daysUntil, median, trackerStatusOf } from "@/lib/national/rules";
import { cachedByGeneration } from "@/lib/cache/generations.server";
import { todayIso } from "@/lib/format";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

export function assertNational(actor: Actor) {
  if (!can(actor, "read:national")) throw NOT_FOUND();
}

const regionNames = preparedOnce((db) =>
  db.$client.prepare<[], { region: string }>("SELECT DISTINCT region FROM force_areas ORDER BY region"),
);

/** Every partnership's status in a cycle, with days to the deadline. */
export function submissionTracker(actor: Actor, cycleId: number) {
  assertNational(actor);
  const db = getDb();
  const cycle = db.select().from(cycles).where(eq(cycles.id, cycleId)).get();
  if (!cycle) return null;
  const rows = db.$client
    .prepare(
      `SELECT p.id, p.name, p.level, p.nation, a.status, a.submitted_at AS submittedAt,
              EXISTS (SELECT 1 FROM peer_reviews pr WHERE pr.assessment_id = a.id AND pr.status = 'published') AS reviewed,
              (SELECT json_group_array(json_object('name', u.name, 'email', u.email)) FROM
                 (SELECT u.name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
                  WHERE m.partnership_id = p.id AND m.role = 'coordinator' AND u.disabled = 0 AND u.erased_at IS NULL
                  ORDER BY u.name) u) AS coordinators,
              (SELECT max(x.at) FROM (
                 SELECT a.updated_at AS at UNION ALL SELECT a.submitted_at
                 UNION ALL SELECT max(an.updated_at) FROM responses r JOIN answers an ON an.response_id = r.id WHERE r.assessment_id = a.id
               ) x) AS lastActivity,
              (SELECT count(*) FROM responses r JOIN section_completions sc ON sc.response_id = r.id
               WHERE r.assessment_id = a.id AND r.kind = 'consolidated') AS sectionsDone
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
    coordinators: string;
    lastActivity: string | null;
    sectionsDone: number;
  }[];
  // The task list's sections: the profile and each dimension.
  const sections = 1 + getFramework()!.dimensions.length;
  const today = todayIso();
  return {
    cycle,
    daysToDeadline: daysUntil(cycle.closesOn, today),
    sections,
    rows: rows.map((r) => ({
      ...r,
      // A reopened self-review keeps its earlier submission time in the table, but is not submitted.
      submittedAt: r.status === "submitted" ? r.submittedAt : null,
      coordinators: JSON.parse(r.coordinators) as { name: string; email: string }[],
      lastActivity: r.status ? r.lastActivity : null,
      sectionsDone: r.status === "submitted" ? sections : Math.min(sections, r.sectionsDone),
      trackerStatus: trackerStatusOf({ status: r.status, reviewed: r.reviewed === 1 }),
    })),
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
