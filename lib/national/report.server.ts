import "server-only";
// The national report for a cycle: one printable page with what the Commissioner's office would
// otherwise assemble by hand each year — the report's Figures 5–14 drawn from the cycle's answers
// beside 2017, the stages per dimension, who has not submitted, and the recommendations made most.
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assessments } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getFramework, recommend } from "@/lib/framework";
import type { AssessmentScore } from "@/lib/framework/scoring";
import { cachedByGeneration } from "@/lib/cache/generations.server";
import { consolidatedAnswers } from "@/lib/results/history.server";
import { assertNational, submissionTracker } from "@/lib/national/data.server";
import { nationalOverview } from "@/lib/national/overview.server";
import { mostCommonRecommendations } from "@/lib/national/report";
import { isNotSubmitted } from "@/lib/national/rules";

/** How many of the most common recommendations the report lists. */
const MOST_COMMON_LISTED = 10;

export function nationalReport(actor: Actor, cycleId: number) {
  assertNational(actor);
  const tracker = submissionTracker(actor, cycleId);
  if (!tracker) return null;
  const overview = nationalOverview(actor, cycleId, {});
  const notSubmitted = tracker.rows.filter(isNotSubmitted).map((r) => ({
    id: r.id,
    name: r.name,
    status: r.trackerStatus,
    sectionsDone: r.sectionsDone,
    coordinators: r.coordinators,
  }));
  // Submitted self-reviews are locked: the tally changes only when the national generation does.
  const recommendations = cachedByGeneration("national", `report-recommendations:${cycleId}`, () =>
    recommendationsMade(cycleId),
  );
  return {
    cycle: tracker.cycle,
    partnerships: tracker.rows.length,
    sections: tracker.sections,
    overview,
    notSubmitted,
    recommendations,
  };
}

/** Each submitted self-review's recommendations, as its results page gives them, tallied. */
function recommendationsMade(cycleId: number) {
  const rows = getDb()
    .select({ id: assessments.id, version: assessments.frameworkVersion, scores: assessments.scoresSnapshot })
    .from(assessments)
    .where(and(eq(assessments.cycleId, cycleId), eq(assessments.status, "submitted")))
    .all();
  const lists = rows.map((a) => {
    const fw = getFramework(a.version)!;
    return recommend(fw, consolidatedAnswers(a.id), (a.scores as AssessmentScore | null) ?? undefined).map((r) => ({
      id: r.id,
      text: r.text,
      dimensionName: r.dimensionName,
    }));
  });
  return { from: rows.length, top: mostCommonRecommendations(lists, MOST_COMMON_LISTED) };
}
