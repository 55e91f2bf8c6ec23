import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalTrends } from "@/lib/national/data.server";
import { NationalHeading } from "@/components/NationalNav";
import { Table } from "@/components/ui/Table";

export const metadata: Metadata = { title: "National trends" };
export const dynamic = "force-dynamic";

export default async function NationalTrendsPage() {
  const actor = await requirePermission("read:national");
  const t = nationalTrends(actor);
  return (
    <>
      <NationalHeading current="/national/trends">National trends</NationalHeading>
      <p className="govuk-body">
        The median stage (1–5) of every submitted self-review, dimension by dimension, in each cycle. The number of
        self-reviews is in brackets.
      </p>
      <Table
        caption="Median stage by dimension and cycle"
        captionSize="hidden"
        testId="national-trends"
        rows={t.dimensions}
        columns={[
          { header: "Dimension", rowHeader: "regular", cell: (d) => d.name },
          ...t.cycles.map((c, i) => ({
            header: c,
            numeric: true,
            cell: (d: (typeof t.dimensions)[number]) => `${d.medians[i] ?? "–"} (${d.n[i]})`,
          })),
        ]}
      />
    </>
  );
}
