import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { listPartnershipsFor } from "@/lib/partnership/data.server";
import { LEVEL_LABELS, NATION_LABELS } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Manage partnerships" };
export const dynamic = "force-dynamic";

export default async function AdminPartnershipsPage() {
  const actor = await requirePermission("manage:partnerships");
  const partnerships = listPartnershipsFor(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Manage partnerships</h1>
      <Link href="/admin/partnerships/new" className="govuk-button" role="button" draggable={false}>
        Create a partnership
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{partnerships.length} partnerships</caption>
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
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {partnerships.map((p) => (
            <tr key={p.id} className="govuk-table__row">
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/admin/partnerships/${p.id}`}>
                  {p.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{LEVEL_LABELS[p.level]}</td>
              <td className="govuk-table__cell">{NATION_LABELS[p.nation]}</td>
              <td className="govuk-table__cell">{p.forceAreas.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
