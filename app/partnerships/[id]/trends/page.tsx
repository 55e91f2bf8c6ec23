import type { Metadata } from "next";
import { partnershipPageTitle } from "@/lib/partnership/title.server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getTrends } from "@/lib/results/data.server";
import { getFramework } from "@/lib/framework";
import { idParam } from "@/lib/params";
import { LazyTrendChart } from "@/components/charts/LazyCharts";
import { GridRow } from "@/components/ui/Grid";
import { PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await partnershipPageTitle("Trends across every year", (await params).id) };
}
export const dynamic = "force-dynamic";

export default async function TrendsPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("read:assessment", { partnershipId });
  const t = getTrends(actor, partnershipId);
  if (!t) notFound();
  const fw = getFramework()!;
  return (
    <>
      <PageHeading
        back={{ href: `/partnerships/${partnershipId}`, text: `Back to ${t.partnership.name}` }}
        caption={t.partnership.name}
      >
        Trends across every year
      </PageHeading>
      {t.cycles.length === 0 ? (
        <p className="govuk-body">No self-review yet.</p>
      ) : (
        <p className="govuk-body">
          Each dimension&rsquo;s score (0–100) and stage in every cycle:{" "}
          {t.cycles.map((c) => `${c.label}${c.provisional ? " (provisional)" : ""}`).join(", ")}. To compare like with
          like, every year is scored under framework version {t.currentVersion}; a year answered under an earlier
          version also shows the score it recorded then, under that version.
        </p>
      )}
      {fw.dimensions.map((d) => {
        const points = t.byDimension.get(d.id) ?? [];
        return (
          <section key={d.id} aria-labelledby={`trend-${d.id}`} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m" id={`trend-${d.id}`}>
              {d.name}
            </h2>
            <GridRow column="one-half">
              <LazyTrendChart
                data={points.map((p) => ({ cycle: p.cycle, score: p.score }))}
                label={`${d.name}: score by cycle (framework ${t.currentVersion})`}
              />
              <Table
                testId={`trend-table-${d.id}`}
                caption={`${d.name}: score and stage by cycle`}
                captionSize="hidden"
                rows={points}
                columns={[
                  { header: "Cycle", rowHeader: "regular", cell: (p) => p.cycle },
                  {
                    header: "Score",
                    numeric: true,
                    cell: (p) => (
                      <>
                        {p.score ?? "–"} <span className="govuk-body-s">(v{p.version})</span>
                      </>
                    ),
                  },
                  { header: "Stage", cell: (p) => (p.stage ? `${p.stage} ${p.stageName}` : "–") },
                  { header: "Coverage", numeric: true, cell: (p) => (p.coverage === null ? "–" : `${p.coverage}%`) },
                  {
                    header: "As recorded",
                    cell: (p) =>
                      p.recordedVersion === p.version
                        ? "Same"
                        : `Score ${p.recordedScore ?? "–"}, stage ${p.recordedStage ?? "–"} (v${p.recordedVersion})`,
                  },
                ]}
              />
            </GridRow>
          </section>
        );
      })}
    </>
  );
}
