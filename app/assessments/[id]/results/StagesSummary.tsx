"use client";
// The summary of the results: the radar beside a table of each dimension's stage and score, last
// year's, the peer review's and the target. Each dimension's name links to its card (on the
// dimensions page from the summary, within the page in the report).
// A client leaf given plain rows, not a server tree: the page's flight data then carries each
// dimension once, as data, rather than the table's markup a second time (issue 19, page weight).
import Link from "@/components/Link";
import { LazyStageRadar } from "@/components/charts/LazyCharts";
import { Table } from "@/components/ui/Table";
import type { SummaryRow } from "./dimension-rows";

export function StagesSummary({
  rows,
  currentLabel,
  previousLabel,
  peerReview,
  targets,
  hrefPrefix,
}: {
  rows: SummaryRow[];
  currentLabel: string;
  /** Last year's cycle, where there is one: its column and its line on the radar. */
  previousLabel?: string;
  /** Whether the self-review has a validated peer review (its column). */
  peerReview: boolean;
  /** Whether there are targets for this year (their column). */
  targets: boolean;
  /** Put before a card's anchor to link to it: the dimensions page's path and "#", or "#". */
  hrefPrefix: string;
}) {
  return (
    <div className="govuk-grid-row app-keep-together">
      <div className="govuk-grid-column-one-half">
        <figure className="govuk-!-margin-0" aria-describedby="stages-table-caption">
          <LazyStageRadar
            data={rows.map((x) => ({ dimension: x.name, current: x.stage, previous: x.previousStage }))}
            currentLabel={currentLabel}
            previousLabel={previousLabel}
          />
        </figure>
      </div>
      <div className="govuk-grid-column-one-half">
        <Table
          testId="stages-table"
          caption={`Stage (1–5) and score (0–100) of each dimension${previousLabel ? `, with ${previousLabel}` : ""}`}
          captionSize="s"
          captionId="stages-table-caption"
          rows={rows}
          columns={[
            {
              header: "Dimension",
              rowHeader: "regular",
              cell: (x) => (
                <Link className="govuk-link" href={hrefPrefix + x.anchor}>
                  {x.name}
                </Link>
              ),
            },
            {
              header: currentLabel,
              cell: (x) => (
                <>
                  {x.current}
                  {x.coverage !== null && (
                    <span className="govuk-body-s govuk-!-display-block">{`Coverage ${x.coverage}%`}</span>
                  )}
                </>
              ),
            },
            previousLabel !== undefined && { header: previousLabel, cell: (x) => x.previous },
            peerReview && { header: "Peer review", cell: (x) => x.peerReview },
            targets && { header: "Target", cell: (x) => x.target },
          ]}
        />
      </div>
    </div>
  );
}
