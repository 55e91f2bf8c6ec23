import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/admin/users.server";
import { GLOBAL_ROLE_LABELS, PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { Table } from "@/components/ui/Table";
import { StatusTag, type TagStyles } from "@/components/ui/Tag";

const USER_STATUS: TagStyles<"active" | "disabled" | "erased"> = {
  active: { text: "Active", colour: "green" },
  disabled: { text: "Disabled", colour: "grey" },
  erased: { text: "Erased", colour: "grey" },
};

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const actor = await requirePermission("manage:users");
  const users = listUsers(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      <ButtonLink href="/admin/users/new">Create a user</ButtonLink>
      <Table
        caption={`${users.length} users`}
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          {
            header: "Name",
            cell: (u) => (
              <Link className="govuk-link" href={`/admin/users/${u.id}`}>
                {u.name}
              </Link>
            ),
          },
          { header: "Email address", cell: (u) => u.email },
          { header: "Role", cell: (u) => (u.globalRole ? GLOBAL_ROLE_LABELS[u.globalRole] : "Partnership user") },
          {
            header: "Partnerships",
            cell: (u) =>
              u.partnerships.length ? (
                <ul className="govuk-list govuk-!-margin-bottom-0">
                  {u.partnerships.map((p) => (
                    <li key={p.name}>
                      {p.name} ({PARTNERSHIP_ROLE_LABELS[p.role].toLowerCase()})
                    </li>
                  ))}
                </ul>
              ) : (
                "None"
              ),
          },
          {
            header: "Status",
            cell: (u) => (
              <StatusTag styles={USER_STATUS} status={u.erasedAt ? "erased" : u.disabled ? "disabled" : "active"} />
            ),
          },
        ]}
      />
    </>
  );
}
