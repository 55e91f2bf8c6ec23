// The national report's pure parts: which recommendations were made most often in a cycle.

export type MadeRecommendation = { id: string; text: string; dimensionName: string };

/**
 * Each recommendation with how many partnerships it was made to (once per partnership however
 * often it comes up), most often first; ties in the framework's dimension order, then by text.
 */
export function mostCommonRecommendations(
  perPartnership: ReadonlyArray<ReadonlyArray<MadeRecommendation>>,
  limit: number,
): (MadeRecommendation & { partnerships: number })[] {
  const tally = new Map<string, MadeRecommendation & { partnerships: number; first: number }>();
  let order = 0;
  for (const list of perPartnership)
    for (const r of new Map(list.map((x) => [x.id, x])).values()) {
      const t = tally.get(r.id);
      if (t) t.partnerships++;
      else tally.set(r.id, { ...r, partnerships: 1, first: order++ });
    }
  return [...tally.values()]
    .sort((a, b) => b.partnerships - a.partnerships || a.first - b.first)
    .slice(0, limit)
    .map(({ first: _first, ...r }) => r);
}
