import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { nationalOverview } from "@/lib/national/overview.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { readFilters } from "@/lib/national/schemas";
import { filtersQuery, figuresCsvHref } from "@/lib/national/rules";
import { NationalNav } from "@/components/NationalNav";

export const metadata: Metadata = { title: "The report’s figures" };
export const dynamic = "force-dynamic";

export default async function NationalFiguresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const filters = readFilters(params);
  const { cycle } = nationalCycles(actor, Number(params.cycle) || undefined);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const o = nationalOverview(actor, cycle.id, filters);
  const q = filtersQuery(filters);
  const csv = (figure?: string) => figuresCsvHref(cycle.id, filters, figure);
  return (
    <>
      <Link
        href={`/national?${new URLSearchParams({ cycle: String(cycle.id), ...Object.fromEntries(new URLSearchParams(q)) })}`}
        className="govuk-back-link"
      >
        Back to the overview
      </Link>
      <span className="govuk-caption-l">
        Commissioner&rsquo;s office · {cycle.label}
        {q ? " · filtered" : ""}
      </span>
      <h1 className="govuk-heading-l">The report&rsquo;s figures, from this year&rsquo;s answers</h1>
      <NationalNav current="/national" />
      <p className="govuk-body">
        Figures 5–14 of &ldquo;Collaborating for freedom&rdquo; (2017), drawn again from the {o.submitted} submitted
        self-reviews, each beside what the 2017 report&rsquo;s text says.{" "}
        <a className="govuk-link" href={csv()}>
          Download every figure (CSV)
        </a>
      </p>
      <p className="govuk-body">
        Action plans: {o.actionPlan.withPlan} of {o.actionPlan.answered} submitted self-reviews report a current action
        plan.
        {o.actionPlan.baseline.length > 0 && <> 2017: &ldquo;{o.actionPlan.baseline[0]}&rdquo;</>}
      </p>
      {o.figures.map((f) => (
        <section key={f.id} aria-labelledby={`fig-${f.id}`} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id={`fig-${f.id}`}>
            {f.figure}: {f.title}
          </h2>
          {f.baseline.length > 0 && (
            <div className="govuk-inset-text govuk-!-margin-top-0">
              2017 baseline: {f.baseline.map((b) => `“${b.statement}”`).join(" ")}
            </div>
          )}
          <table className="govuk-table" data-testid={`figure-${f.figure.replace(" ", "-")}`}>
            <caption className="govuk-table__caption govuk-table__caption--s">
              {f.respondents} partnerships answered ·{" "}
              <a className="govuk-link" href={csv(f.figure)}>
                CSV
              </a>
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Category (as in the report)
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Partnerships
                </th>
                <th scope="col" className="govuk-table__header govuk-!-width-one-third">
                  Share
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {f.rows.map((r) => (
                <tr key={r.label} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {r.label}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{r.n}</td>
                  <td className="govuk-table__cell">
                    <span className="app-bar" style={{ width: `${r.share}%` }} aria-hidden="true" /> {r.share}%
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
