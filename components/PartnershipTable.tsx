import Link from "@/components/Link";
import type { PartnershipSummary } from "@/lib/partnership/types";
import { LEVEL_LABELS, NATION_LABELS } from "@/lib/domain/labels";

const RELATION_LABELS = {
  admin: "Administrator",
  commissioner: "Commissioner's office",
  coordinator: "Coordinator",
  member: "Member",
  reviewer: "Peer reviewer",
} as const;

export function PartnershipTable({
  partnerships,
  caption,
  showRole = false,
}: {
  partnerships: PartnershipSummary[];
  caption: string;
  showRole?: boolean;
}) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Partnership
          </th>
          <th scope="col" className="govuk-table__header">
            Level
          </th>
          <th scope="col" className="govuk-table__header">
            Nation
          </th>
          <th scope="col" className="govuk-table__header">
            Police force areas
          </th>
          {showRole && (
            <th scope="col" className="govuk-table__header">
              Your role
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {partnerships.map((p) => (
          <tr key={p.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              <Link className="govuk-link" href={`/partnerships/${p.id}`}>
                {p.name}
              </Link>
            </td>
            <td className="govuk-table__cell">{LEVEL_LABELS[p.level]}</td>
            <td className="govuk-table__cell">{NATION_LABELS[p.nation]}</td>
            <td className="govuk-table__cell">{p.forceAreas.join(", ")}</td>
            {showRole && <td className="govuk-table__cell">{p.relation ? RELATION_LABELS[p.relation] : ""}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
