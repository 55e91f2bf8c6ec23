import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/admin/users.server";
import { GLOBAL_ROLE_LABELS } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await requirePermission("manage:users");
  const users = listUsers(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <Link href="/admin/users/new" className="govuk-button" role="button" draggable={false}>
        Create a user
      </Link>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{users.length} users</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Partnerships
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((u) => (
            <tr key={u.id} className="govuk-table__row">
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/admin/users/${u.id}`}>
                  {u.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{u.email}</td>
              <td className="govuk-table__cell">
                {u.globalRole ? GLOBAL_ROLE_LABELS[u.globalRole] : "Partnership user"}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{u.partnerships}</td>
              <td className="govuk-table__cell">
                {u.erasedAt ? (
                  <strong className="govuk-tag govuk-tag--grey">Erased</strong>
                ) : u.disabled ? (
                  <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
                ) : (
                  <strong className="govuk-tag govuk-tag--green">Active</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
