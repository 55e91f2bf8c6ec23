import Link from "@/components/Link";
import type { PlanAction } from "@/lib/action-plan/types";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { Tag } from "@/components/ui/Tag";
import { isOverdue } from "@/lib/action-plan/rules";
import { todayIso } from "@/lib/format";

/** The action plan as a table: one way to show it, on the results page and the plan page. */
export function ActionTable({
  rows,
  caption,
  dimensionName,
  editHref,
}: {
  rows: PlanAction[];
  caption: string;
  dimensionName: (id: string) => string;
  editHref?: (a: PlanAction) => string;
}) {
  const today = todayIso();
  return (
    <div className="app-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Action
            </th>
            <th scope="col" className="govuk-table__header">
              Dimension
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Due
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((a) => (
            <tr key={a.id} className="govuk-table__row">
              <td className="govuk-table__cell">
                {editHref ? (
                  <Link className="govuk-link" href={editHref(a)}>
                    {a.title}
                  </Link>
                ) : (
                  a.title
                )}
                <span className="govuk-body-s govuk-!-display-block">
                  From the {a.cycleLabel} results{a.progressNote ? ` · ${a.progressNote}` : ""}
                </span>
              </td>
              <td className="govuk-table__cell">{dimensionName(a.dimensionId)}</td>
              <td className="govuk-table__cell">
                {[a.ownerPerson, a.ownerOrganisation].filter(Boolean).join(", ") || "Not yet assigned"}
              </td>
              <td className="govuk-table__cell">
                {a.dueOn ? formatDate(a.dueOn) : "–"}
                {isOverdue(a, today) && (
                  <>
                    {" "}
                    <Tag colour="red">Overdue</Tag>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">{PLAN_ACTION_STATUS_LABELS[a.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
