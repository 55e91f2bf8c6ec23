import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { nationalOverview } from "@/lib/national/overview.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { regions } from "@/lib/national/data.server";
import { readFilters } from "@/lib/national/schemas";
import { filtersQuery, figuresCsvHref } from "@/lib/national/rules";
import { listForceAreas } from "@/lib/partnership/data.server";
import { NationalNav } from "@/components/NationalNav";
import { LEVEL_LABELS, NATION_LABELS } from "@/lib/domain/labels";
import { NATIONS, PARTNERSHIP_LEVELS } from "@/lib/domain/enums";
import { LazyStageBars } from "@/components/charts/LazyCharts";

export const metadata: Metadata = { title: "National picture" };
export const dynamic = "force-dynamic";

const STAGE_NAMES = ["Forming", "Developing", "Established", "Embedded", "Leading"];

export default async function NationalOverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const filters = readFilters(params);
  const { cycle, cycles } = nationalCycles(actor, Number(params.cycle) || undefined);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const o = nationalOverview(actor, cycle.id, filters);
  const q = filtersQuery(filters);
  const csv = (figure?: string) => figuresCsvHref(cycle.id, filters, figure);
  const total = o.byLevel.reduce((s, r) => s + r.n, 0);
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">National picture {cycle.label}</h1>
      <NationalNav current="/national" />
      <form method="get" className="app-no-print" aria-label="Filters">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="f-cycle">
                Cycle
              </label>
              <select className="govuk-select" id="f-cycle" name="cycle" defaultValue={String(cycle.id)}>
                {cycles.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="f-level">
                Level
              </label>
              <select className="govuk-select" id="f-level" name="level" defaultValue={filters.level ?? ""}>
                <option value="">All levels</option>
                {PARTNERSHIP_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {LEVEL_LABELS[l]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="f-nation">
                Nation
              </label>
              <select className="govuk-select" id="f-nation" name="nation" defaultValue={filters.nation ?? ""}>
                <option value="">All nations</option>
                {NATIONS.map((n) => (
                  <option key={n} value={n}>
                    {NATION_LABELS[n]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <div className="govuk-form-group">
              <label className="govuk-label" htmlFor="f-region">
                Region
              </label>
              <select className="govuk-select" id="f-region" name="region" defaultValue={filters.region ?? ""}>
                <option value="">All regions</option>
                {regions(actor).map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="f-force">
            Police force area
          </label>
          <select className="govuk-select" id="f-force" name="force" defaultValue={filters.force ?? ""}>
            <option value="">All force areas</option>
            {listForceAreas().map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="f-validated">
            Peer review
          </label>
          <select className="govuk-select" id="f-validated" name="validated" defaultValue={filters.validated ?? ""}>
            <option value="">Validated or not</option>
            <option value="yes">Validated by a published peer review</option>
            <option value="no">Not yet validated</option>
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
      </form>
      <p className="govuk-body" data-testid="overview-summary">
        {total} partnerships{q ? " match the filters" : ""}; {o.submitted} submitted their {cycle.label} self-review.
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table" data-testid="by-level">
            <caption className="govuk-table__caption govuk-table__caption--m">By level</caption>
            <tbody className="govuk-table__body">
              {PARTNERSHIP_LEVELS.map((l) => (
                <tr key={l} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {LEVEL_LABELS[l]}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {o.byLevel.find((r) => r.key === l)?.n ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table" data-testid="by-nation">
            <caption className="govuk-table__caption govuk-table__caption--m">By nation</caption>
            <tbody className="govuk-table__body">
              {NATIONS.map((n) => (
                <tr key={n} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {NATION_LABELS[n]}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {o.byNation.find((r) => r.key === n)?.n ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h2 className="govuk-heading-m">Stages, dimension by dimension</h2>
      <p className="govuk-body">
        How many of the submitted self-reviews reached each stage.{" "}
        <a className="govuk-link" href={csv("stages")}>
          Download (CSV)
        </a>
      </p>
      <LazyStageBars
        data={o.stageDistribution.map((d) => ({
          name: d.name,
          ...Object.fromEntries(d.counts.map((n, i) => [STAGE_NAMES[i]!, n])),
        }))}
        stageNames={STAGE_NAMES}
      />
      <p className="govuk-body-s" data-testid="stage-versions">
        Stages under framework version {o.frameworkVersion}
        {o.stageVersions.some((v) => v.rescored > 0)
          ? `: ${o.stageVersions.reduce((n, v) => n + v.rescored, 0)} self-reviews submitted under an earlier version are re-scored under it, so that all compare like with like`
          : ""}
        {o.stageVersions.some((v) => v.version !== o.frameworkVersion)
          ? `; not yet re-scored: ${o.stageVersions
              .filter((v) => v.version !== o.frameworkVersion)
              .map((v) => `${v.n} under ${v.version}`)
              .join(", ")}`
          : ""}
        . Coverage is the share of answers given from knowledge rather than &ldquo;Don&rsquo;t know&rdquo;.
      </p>
      <table className="govuk-table" data-testid="stage-distribution">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Number of partnerships at each stage, by dimension
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Dimension
            </th>
            {STAGE_NAMES.map((s, i) => (
              <th key={s} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {i + 1} {s}
              </th>
            ))}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Median stage
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Mean coverage
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {o.stageDistribution.map((d) => (
            <tr key={d.dimensionId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                {d.name}
              </th>
              {d.counts.map((n, i) => (
                <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                  {n}
                </td>
              ))}
              <td className="govuk-table__cell govuk-table__cell--numeric">{d.median ?? "–"}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {d.coverage ? `${d.coverage.mean}%${d.coverage.low ? ` (${d.coverage.low} below 75%)` : ""}` : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="govuk-heading-m">The report&rsquo;s figures, from this year&rsquo;s answers</h2>
      <p className="govuk-body">
        <Link
          className="govuk-link"
          href={`/national/figures?${new URLSearchParams({ cycle: String(cycle.id), ...Object.fromEntries(new URLSearchParams(q)) })}`}
        >
          Figures 5–14 of the 2017 report, drawn again from the {o.submitted} submitted self-reviews
          {q ? " that match the filters" : ""}
        </Link>
        , each beside what the report&rsquo;s text says. Action plans: {o.actionPlan.withPlan} of{" "}
        {o.actionPlan.answered} report a current action plan.
      </p>
    </>
  );
}
