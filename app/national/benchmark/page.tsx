import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { benchmark } from "@/lib/national/scores.server";
import { partnershipOptions } from "@/lib/national/data.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { NationalNav } from "@/components/NationalNav";
import { LEVEL_LABELS } from "@/lib/domain/labels";
import type { PartnershipLevel } from "@/lib/domain/enums";

export const metadata: Metadata = { title: "Benchmark" };
export const dynamic = "force-dynamic";

export default async function BenchmarkPage({
  searchParams,
}: {
  searchParams: Promise<{ cycle?: string; p?: string }>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, Number(params.cycle) || undefined);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const id = Number(params.p) || 0;
  const b = id ? benchmark(actor, cycle.id, id) : null;
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">Benchmark a partnership against its peers</h1>
      <NationalNav current="/national/benchmark" />
      <form method="get" className="app-no-print">
        <div className="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-2">
          <label className="govuk-label" htmlFor="b-cycle">
            Cycle
          </label>
          <select className="govuk-select" id="b-cycle" name="cycle" defaultValue={String(cycle.id)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="b-p">
            Partnership
          </label>
          <select className="govuk-select" id="b-p" name="p" defaultValue={id ? String(id) : ""}>
            <option value="">Select a partnership</option>
            {partnershipOptions(actor).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button">
          Benchmark
        </button>
      </form>
      {id > 0 && !b && <p className="govuk-body">That partnership has no submitted self-review in {cycle.label}.</p>}
      {b && (
        <table className="govuk-table" data-testid="benchmark-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {b.name} against {b.peers} other {LEVEL_LABELS[b.level as PartnershipLevel].toLowerCase()} partnerships,{" "}
            {cycle.label} (framework version {b.dimensions.find((d) => d.version)?.version ?? "–"})
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Dimension
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Score
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Coverage
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Peers&rsquo; median
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Percentile
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {b.dimensions.map((d) => (
              <tr key={d.dimensionId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                  {d.name}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.score ?? "–"}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {d.coverage === null ? "–" : `${d.coverage}%`}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{d.peerMedian ?? "–"}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {d.percentile === null ? "–" : `${d.percentile}th`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
