import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { compare } from "@/lib/national/scores.server";
import { partnershipOptions } from "@/lib/national/data.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { NationalNav } from "@/components/NationalNav";
import { LazyCompareRadar } from "@/components/charts/LazyCharts";

export const metadata: Metadata = { title: "Compare partnerships" };
export const dynamic = "force-dynamic";

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, Number(params.cycle) || undefined);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const raw = params.p;
  const ids = [
    ...new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).map(Number).filter((n) => Number.isInteger(n) && n > 0)),
  ];
  const error = ids.length === 1 || ids.length > 6 ? "Select between 2 and 6 partnerships to compare" : null;
  const result = !error && ids.length >= 2 ? compare(actor, cycle.id, ids) : null;
  const options = partnershipOptions(actor);
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">Compare partnerships</h1>
      <NationalNav current="/national/compare" />
      {error && (
        <div className="govuk-error-summary" tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <ul className="govuk-list govuk-error-summary__list">
                <li>
                  <a href="#compare-p">{error}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      )}
      <form method="get" className="app-no-print">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="compare-cycle">
            Cycle
          </label>
          <select className="govuk-select" id="compare-cycle" name="cycle" defaultValue={String(cycle.id)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
          <label className="govuk-label" htmlFor="compare-p">
            Partnerships (2 to 6; hold Ctrl or Cmd to choose several)
          </label>
          {error && (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <select
            className="govuk-select"
            id="compare-p"
            name="p"
            multiple
            size={8}
            defaultValue={ids.map(String)}
            style={{ width: "100%", height: "auto" }}
          >
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button">
          Compare
        </button>
      </form>
      {result && (
        <>
          <h2 className="govuk-heading-m">{cycle.label}</h2>
          {result.partnerships.length < ids.length && (
            <p className="govuk-body">
              Only partnerships that submitted a self-review in {cycle.label} can be compared;{" "}
              {ids.length - result.partnerships.length} did not.
            </p>
          )}
          <LazyCompareRadar
            series={result.partnerships.map((p) => p.name)}
            data={result.dimensions.map((d) => ({
              dimension: d.name,
              ...Object.fromEntries(result.partnerships.map((p) => [p.name, d.values[ids.indexOf(p.id)]?.stage ?? 0])),
            }))}
          />
          <table className="govuk-table" data-testid="compare-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Stage (score; coverage) by dimension, under framework version{" "}
              {[...new Set(result.dimensions.flatMap((d) => d.values.map((v) => v?.version)).filter(Boolean))].join(
                ", ",
              ) || "–"}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Dimension
                </th>
                {result.partnerships.map((p) => (
                  <th key={p.id} scope="col" className="govuk-table__header">
                    {p.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {result.dimensions.map((d) => (
                <tr key={d.dimensionId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {d.name}
                  </th>
                  {result.partnerships.map((p) => {
                    const v = d.values[ids.indexOf(p.id)];
                    return (
                      <td key={p.id} className="govuk-table__cell">
                        {v
                          ? `${v.stage} (${v.score ?? "–"}${v.coverage === null || v.coverage === undefined ? "" : `; coverage ${v.coverage}%`})`
                          : "–"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
