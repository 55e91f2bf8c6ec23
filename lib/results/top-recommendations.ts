// The results page shows only the first few recommendations, each saying in words why it comes
// where it does; the rest are one link away. Pure. The order itself is `recommend`'s
// (lib/framework/recommendations.ts): the dimension at the lowest stage first; within it the most
// foundational (lowest stage it builds towards); then those fitted to the partnership's answers;
// then the catalogue's order; and never before a recommendation it declares it comes after.
import type { RecommendedItem } from "@/lib/framework/recommendations";

/** How many recommendations the results page shows before "See all". */
export const TOP_RECOMMENDATIONS = 5;

/** The ranking rule in words, shown above the list. */
export const RANKING_RULE =
  "In order of priority: first the dimensions at the lowest stage; within a dimension, the most basic steps (those that build towards its next stage) first; then those that fit your partnership's answers; and never before a step they depend on.";

type Rankable = Pick<RecommendedItem, "id" | "text" | "dimensionName" | "stage" | "targetStage" | "after" | "priority">;

/** Why one recommendation stands where it does in the list, in words. */
export function whyFirst(rec: Rankable, all: readonly Rankable[]): string {
  const lowest = Math.min(...all.map((r) => r.stage.index));
  const parts: string[] = [];
  parts.push(
    rec.stage.index === lowest
      ? `${rec.dimensionName} is at stage ${rec.stage.index} (${rec.stage.name}), the lowest of your dimensions with something to do`
      : `${rec.dimensionName} is at stage ${rec.stage.index} (${rec.stage.name}); only dimensions at lower stages come before it`,
  );
  parts.push(
    rec.targetStage <= rec.stage.index
      ? `it is something stage ${rec.targetStage} needs that your answers do not yet show, so it comes before steps further ahead`
      : rec.targetStage === rec.stage.index + 1
        ? `it builds towards the next stage, ${rec.targetStage}, so it is a foundation for the rest`
        : `it builds towards stage ${rec.targetStage}, further ahead, so the next stage's steps come first`,
  );
  if (rec.after.length) {
    const byId = new Map(all.map((r) => [r.id, r]));
    const first = rec.after.map((id) => byId.get(id)?.priority).filter((p): p is number => p !== undefined);
    parts.push(
      `it depends on ${first.length === 1 ? `number ${first[0]}` : `numbers ${first.join(", ")}`}, so it comes after ${first.length === 1 ? "it" : "them"}`,
    );
  }
  return `Number ${rec.priority}: ${parts.join("; ")}.`;
}

/**
 * The first `n` recommendations in priority order, each with why it stands there, and how many
 * more there are. `n` below 1 is treated as 1.
 */
export function topRecommendations<R extends Rankable>(
  recommendations: readonly R[],
  n: number = TOP_RECOMMENDATIONS,
): { top: (R & { why: string })[]; more: number } {
  const count = Math.max(1, Math.floor(n));
  const ordered = [...recommendations].sort((a, b) => a.priority - b.priority);
  return {
    top: ordered.slice(0, count).map((r) => ({ ...r, why: whyFirst(r, ordered) })),
    more: Math.max(0, ordered.length - count),
  };
}
