import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalTrends } from "@/lib/national/data.server";
import { NationalNav } from "@/components/NationalNav";

export const metadata: Metadata = { title: "National trends" };
export const dynamic = "force-dynamic";

export default async function NationalTrendsPage() {
  const actor = await requirePermission("read:national");
  const t = nationalTrends(actor);
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">National trends</h1>
      <NationalNav current="/national/trends" />
      <p className="govuk-body">
        The median stage (1–5) of every submitted self-review, dimension by dimension, in each cycle. The number of
        self-reviews is in brackets.
      </p>
      <table className="govuk-table" data-testid="national-trends">
        <caption className="govuk-table__caption govuk-visually-hidden">Median stage by dimension and cycle</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Dimension
            </th>
            {t.cycles.map((c) => (
              <th key={c} scope="col" className="govuk-table__header govuk-table__header--numeric">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {t.dimensions.map((d) => (
            <tr key={d.dimensionId} className="govuk-table__row">
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                {d.name}
              </th>
              {d.medians.map((m, i) => (
                <td key={i} className="govuk-table__cell govuk-table__cell--numeric">
                  {m ?? "–"} ({d.n[i]})
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
