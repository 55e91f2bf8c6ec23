import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { forceAreaMap } from "@/lib/national/data.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { getFramework } from "@/lib/framework";
import { FORCE_TILES } from "@/lib/national/tiles";
import { NationalNav } from "@/components/NationalNav";

export const metadata: Metadata = { title: "Map" };
export const dynamic = "force-dynamic";

// The report's key for counts: 0, 1, 2, 3–4, 5+.
const countBand = (n: number) => (n >= 5 ? 5 : n >= 3 ? 4 : n);

export default async function MapPage({
  searchParams,
}: {
  searchParams: Promise<{ cycle?: string; dimension?: string }>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, Number(params.cycle) || undefined);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const fw = getFramework()!;
  const dimension = fw.dimensions.find((d) => d.id === params.dimension) ?? null;
  const areas = forceAreaMap(actor, cycle.id, dimension?.id ?? null);
  const value = (a: (typeof areas)[number]) => (dimension ? a.medianStage : a.n);
  const describe = (a: (typeof areas)[number]) =>
    dimension
      ? a.medianStage === null
        ? "no submitted self-review"
        : `median stage ${a.medianStage}`
      : `${a.n} partnership${a.n === 1 ? "" : "s"}`;
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">Map of police force areas</h1>
      <NationalNav current="/national/map" />
      <form method="get" className="app-no-print">
        <div className="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-2">
          <label className="govuk-label" htmlFor="m-cycle">
            Cycle
          </label>
          <select className="govuk-select" id="m-cycle" name="cycle" defaultValue={String(cycle.id)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-2">
          <label className="govuk-label" htmlFor="m-dimension">
            Colour by
          </label>
          <select className="govuk-select" id="m-dimension" name="dimension" defaultValue={dimension?.id ?? ""}>
            <option value="">Number of partnerships</option>
            {fw.dimensions.map((d) => (
              <option key={d.id} value={d.id}>
                Median stage: {d.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show
        </button>
      </form>
      <p className="govuk-body">
        One equal tile per force area, laid out roughly as they lie. Each tile shows its figure as well as its shade;
        select a tile to see that area&rsquo;s partnerships in the overview.
        {dimension
          ? ` Shade: median stage of ${dimension.name} (1 lightest to 5 darkest) in ${cycle.label}.`
          : " Shade: number of partnerships (0, 1, 2, 3–4, 5+, as in the report’s Figure 1)."}
      </p>
      <div className="app-tiles" role="list" aria-label="Police force areas">
        {areas.map((a) => {
          const [col, row] = FORCE_TILES[a.id] ?? [0, 0];
          const v = value(a);
          const band = v === null ? 0 : dimension ? Math.round(v) : countBand(v);
          return (
            <Link
              key={a.id}
              role="listitem"
              href={`/national?cycle=${cycle.id}&force=${a.id}`}
              className={`app-tile app-tile--${band}`}
              style={{ gridColumn: col + 1, gridRow: row + 1 }}
              aria-label={`${a.name}: ${describe(a)}`}
              title={`${a.name}: ${describe(a)}`}
            >
              <span aria-hidden="true">
                {a.name
                  .replace("Metropolitan Police", "Met")
                  .replace("Police Service of Northern Ireland", "PSNI")
                  .replace(" and ", " & ")}
              </span>
              <strong aria-hidden="true">{v === null ? "–" : v}</strong>
            </Link>
          );
        })}
      </div>
      <table className="govuk-table" data-testid="map-table">
        <caption className="govuk-table__caption govuk-table__caption--m">The map as a table</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Force area
            </th>
            <th scope="col" className="govuk-table__header">
              Region
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Partnerships
            </th>
            {dimension && (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Median stage
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {areas.map((a) => (
            <tr key={a.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                {a.name}
              </th>
              <td className="govuk-table__cell">{a.region}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.n}</td>
              {dimension && <td className="govuk-table__cell govuk-table__cell--numeric">{a.medianStage ?? "–"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
