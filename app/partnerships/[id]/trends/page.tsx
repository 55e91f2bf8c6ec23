import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getTrends } from "@/lib/results/data.server";
import { getFramework } from "@/lib/framework";
import { idParam } from "@/lib/params";
import { LazyTrendChart } from "@/components/charts/LazyCharts";

export const metadata: Metadata = { title: "Trends" };
export const dynamic = "force-dynamic";

export default async function TrendsPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("read:assessment", { partnershipId });
  const t = getTrends(actor, partnershipId);
  if (!t) notFound();
  const fw = getFramework()!;
  return (
    <>
      <Link href={`/partnerships/${partnershipId}`} className="govuk-back-link">
        Back to {t.partnership.name}
      </Link>
      <span className="govuk-caption-l">{t.partnership.name}</span>
      <h1 className="govuk-heading-l">Trends across every year</h1>
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
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-one-half">
                <LazyTrendChart
                  data={points.map((p) => ({ cycle: p.cycle, score: p.score }))}
                  label={`${d.name}: score by cycle (framework ${t.currentVersion})`}
                />
              </div>
              <div className="govuk-grid-column-one-half">
                <table className="govuk-table" data-testid={`trend-table-${d.id}`}>
                  <caption className="govuk-table__caption govuk-visually-hidden">
                    {d.name}: score and stage by cycle
                  </caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Cycle
                      </th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                        Score
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Stage
                      </th>
                      <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                        Coverage
                      </th>
                      <th scope="col" className="govuk-table__header">
                        As recorded
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {points.map((p) => (
                      <tr key={p.cycle} className="govuk-table__row">
                        <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                          {p.cycle}
                        </th>
                        <td className="govuk-table__cell govuk-table__cell--numeric">
                          {p.score ?? "–"} <span className="govuk-body-s">(v{p.version})</span>
                        </td>
                        <td className="govuk-table__cell">{p.stage ? `${p.stage} ${p.stageName}` : "–"}</td>
                        <td className="govuk-table__cell govuk-table__cell--numeric">
                          {p.coverage === null ? "–" : `${p.coverage}%`}
                        </td>
                        <td className="govuk-table__cell">
                          {p.recordedVersion === p.version
                            ? "Same"
                            : `Score ${p.recordedScore ?? "–"}, stage ${p.recordedStage ?? "–"} (v${p.recordedVersion})`}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </section>
        );
      })}
    </>
  );
}
