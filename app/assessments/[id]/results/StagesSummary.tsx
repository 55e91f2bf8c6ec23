// The summary of the results: the radar beside a table of each dimension's stage and score, last
// year's, the peer review's and the target. Each dimension's name links to its card (on the
// dimensions page from the summary, within the page in the report).
import Link from "@/components/Link";
import { LazyStageRadar } from "@/components/charts/LazyCharts";
import { Table } from "@/components/ui/Table";
import type { Results } from "./load-results";
import type { DimensionRow } from "./dimension-rows";

export function StagesSummary({
  r,
  dims,
  dimensionHref,
}: {
  r: Results;
  dims: DimensionRow[];
  dimensionHref: (dimensionId: string) => string;
}) {
  const { ctx, previous } = r;
  return (
    <div className="govuk-grid-row app-keep-together">
      <div className="govuk-grid-column-one-half">
        <figure className="govuk-!-margin-0" aria-describedby="stages-table-caption">
          <LazyStageRadar
            data={dims.map(({ d, s, prev }) => ({
              dimension: d.name,
              current: s.stage.index,
              previous: prev?.stage.index ?? null,
            }))}
            currentLabel={ctx.cycle.label}
            previousLabel={previous?.cycleLabel}
          />
        </figure>
      </div>
      <div className="govuk-grid-column-one-half">
        <Table
          testId="stages-table"
          caption={`Stage (1–5) and score (0–100) of each dimension${previous ? `, with ${previous.cycleLabel}` : ""}`}
          captionSize="s"
          captionId="stages-table-caption"
          rows={dims}
          columns={[
            {
              header: "Dimension",
              rowHeader: "regular",
              cell: ({ d }) => (
                <Link className="govuk-link" href={dimensionHref(d.id)}>
                  {d.name}
                </Link>
              ),
            },
            {
              header: ctx.cycle.label,
              cell: ({ s }) => (
                <>
                  {s.stage.index} {s.stage.name} ({s.score ?? "–"})
                  {s.coverage !== undefined && s.coverage !== null && (
                    <span className="govuk-body-s govuk-!-display-block">Coverage {s.coverage}%</span>
                  )}
                </>
              ),
            },
            previous && {
              header: previous.cycleLabel,
              cell: ({ prev }) => (prev ? `${prev.stage.index} ${prev.stage.name} (${prev.score ?? "–"})` : "–"),
            },
            r.validated && {
              header: "Peer review",
              cell: ({ d }) => {
                const v = r.validated!.stages.get(d.id);
                return v ? `${v.stage} (validated)` : "–";
              },
            },
            r.targetsForThisYear.size > 0 && {
              header: "Target",
              cell: ({ s, target }) =>
                target ? (s.stage.index >= target ? `${target}: reached` : `${target}: not yet`) : "–",
            },
          ]}
        />
      </div>
    </div>
  );
}
