// Each dimension of the framework with its result this year, last year's, its stage's descriptor,
// members' spread and this year's target: what the summary table, the radar and the dimension
// cards all read, worked out once per page in the same way.
import type { Results } from "./load-results";

export function dimensionRows(r: Results) {
  const { ctx, scores, previous } = r;
  return ctx.framework.dimensions.map((d, i) => {
    const s = scores.dimensions.find((x) => x.dimensionId === d.id) ?? scores.dimensions[i]!;
    const prev = previous?.scores.dimensions.find((x) => x.dimensionId === d.id) ?? null;
    const stage = d.stages[s.stage.index - 1]!;
    return {
      d,
      s,
      prev,
      stage,
      spread: r.spread.find((x) => x.dimensionId === d.id),
      target: r.targetsForThisYear.get(d.id) ?? null,
    };
  });
}

export type DimensionRow = ReturnType<typeof dimensionRows>[number];

/** Where a dimension's card is: its heading's id, on the dimensions page and in the report. */
export const dimensionAnchor = (dimensionId: string) => `result-${dimensionId}`;
