"use client";
// The national overview's tables, as client leaves given plain rows: the page's flight data then
// carries the counts once, as data, rather than the tables' markup a second time (issue 20, page weight).
import { Table } from "@/components/ui/Table";
import { GridRow } from "@/components/ui/Grid";

/** A count for each of a list of things (levels, nations), their names heading the rows. */
function CountTable({ caption, testId, rows }: { caption: string; testId: string; rows: [string, number][] }) {
  return (
    <Table
      caption={caption}
      testId={testId}
      head={false}
      rows={rows}
      columns={[
        { header: "Name", rowHeader: true, cell: ([name]) => name },
        { header: "Partnerships", numeric: true, cell: ([, n]) => n },
      ]}
    />
  );
}

export function CountTables({ byLevel, byNation }: { byLevel: [string, number][]; byNation: [string, number][] }) {
  return (
    <GridRow column="one-half">
      <CountTable caption="By level" testId="by-level" rows={byLevel} />
      <CountTable caption="By nation" testId="by-nation" rows={byNation} />
    </GridRow>
  );
}

export type StageRow = {
  name: string;
  counts: number[];
  median: number | null;
  /** "62% (3 below 75%)", or null where nobody answered. */
  coverage: string | null;
};

/**
 * How many partnerships reached each stage of each dimension, with the median stage and mean
 * coverage: the overview's table and the national report's. The caption is hidden unless given
 * (the overview says it in the paragraph above).
 */
export function StageDistributionTable({
  rows,
  stageNames,
  caption,
  testId = "stage-distribution",
}: {
  rows: StageRow[];
  stageNames: readonly string[];
  caption?: string;
  testId?: string;
}) {
  return (
    <>
      <Table
        caption={caption ?? "Number of partnerships at each stage, by dimension"}
        captionSize={caption ? "s" : "hidden"}
        testId={testId}
        rows={rows}
        columns={[
          { header: "Dimension", rowHeader: "regular", cell: (d) => d.name },
          ...stageNames.map((s, i) => ({
            header: `${i + 1} ${s}`,
            numeric: true,
            cell: (d: StageRow) => d.counts[i],
          })),
          { header: "Median stage", numeric: true, cell: (d) => d.median ?? "–" },
          { header: "Mean coverage", numeric: true, cell: (d) => d.coverage ?? "–" },
        ]}
      />
      {/* What the last column means, said once wherever the table is (the overview, the report). */}
      <p className="govuk-body-s">
        Coverage is the share of answers given from knowledge rather than &ldquo;Don&rsquo;t know&rdquo;; a
        dimension&rsquo;s stage is less certain where it is low.
      </p>
    </>
  );
}
