// Each dimension of the framework with its result this year, last year's, its stage's descriptor,
// members' spread and this year's target: what the summary table, the radar and the dimension
// cards all read, worked out once per page in the same way.
import type { Results } from "./load-results";
import { judgeTargets } from "@/lib/action-plan/rules";

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
    };
  });
}

export type DimensionRow = ReturnType<typeof dimensionRows>[number];

/** Where a dimension's card is: its heading's id, on the dimensions page and in the report. */
export const dimensionAnchor = (dimensionId: string) => `result-${dimensionId}`;

/** One row of the summary, in words as the table shows it (the client table's props). */
export type SummaryRow = {
  anchor: string;
  name: string;
  /** Stage index, for the radar. */
  stage: number;
  previousStage: number | null;
  /** "3 Established (46)". */
  current: string;
  coverage: number | null;
  previous: string;
  peerReview: string;
  target: string;
};

export function summaryRows(r: Results, dims: DimensionRow[]): SummaryRow[] {
  // Last year's targets, judged against the peer-validated stage where a published review has one.
  const judged = judgeTargets(
    r.targetsForThisYear,
    new Map(dims.map(({ d, s }) => [d.id, s.stage.index])),
    r.validated?.stages,
  );
  return dims.map(({ d, s, prev }) => {
    const v = r.validated?.stages.get(d.id);
    const j = judged.get(d.id);
    return {
      anchor: dimensionAnchor(d.id),
      name: d.name,
      stage: s.stage.index,
      previousStage: prev?.stage.index ?? null,
      current: `${s.stage.index} ${s.stage.name} (${s.score ?? "–"})`,
      coverage: s.coverage ?? null,
      previous: prev ? `${prev.stage.index} ${prev.stage.name} (${prev.score ?? "–"})` : "–",
      peerReview: v ? `${v.stage} (validated)` : "–",
      target: j
        ? `${j.target}: ${j.reached ? "reached" : "not yet"}${j.against === "validated" ? " (by the validated stage)" : ""}`
        : "–",
    };
  });
}
