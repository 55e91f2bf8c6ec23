import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { cycleSelfReviewCounts, listAllCycles } from "@/lib/national/cycles.server";
import { NationalNav } from "@/components/NationalNav";
import { formatDate } from "@/lib/format";
import { CreateCycleForm, CycleStatusButton } from "./CycleForms";

export const metadata: Metadata = { title: "Annual cycles" };
export const dynamic = "force-dynamic";

export default async function CyclesPage() {
  const actor = await requirePermission("manage:cycles");
  const cycles = listAllCycles(actor);
  const counts = cycleSelfReviewCounts(actor);
  return (
    <>
      <span className="govuk-caption-l">Commissioner&rsquo;s office</span>
      <h1 className="govuk-heading-l">Annual cycles</h1>
      <NationalNav current="/national/cycles" />
      <p className="govuk-body">
        Partnerships can start a cycle&rsquo;s self-review once it is open and its opening date has come. Closing a
        cycle locks every answer in it; you are asked to confirm, with how many self-reviews it affects.
      </p>
      <table className="govuk-table" data-testid="cycles">
        <caption className="govuk-table__caption govuk-visually-hidden">Cycles</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Cycle
            </th>
            <th scope="col" className="govuk-table__header">
              Opens
            </th>
            <th scope="col" className="govuk-table__header">
              Closes
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {cycles.map((c) => (
            <tr key={c.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {c.label}
              </th>
              <td className="govuk-table__cell">{formatDate(c.opensOn)}</td>
              <td className="govuk-table__cell">{formatDate(c.closesOn)}</td>
              <td className="govuk-table__cell">
                {c.status === "open" ? "Open" : c.status === "closed" ? "Closed" : "Planned"}
              </td>
              <td className="govuk-table__cell">
                <CycleStatusButton
                  cycleId={String(c.id)}
                  label={c.label}
                  from={c.status}
                  status={c.status === "open" ? "closed" : "open"}
                  counts={counts.get(c.id) ?? { unsubmitted: 0, submitted: 0 }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <CreateCycleForm />
        </div>
      </div>
    </>
  );
}
