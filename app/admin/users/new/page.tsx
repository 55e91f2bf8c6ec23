import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { CreateUserForm } from "./CreateUserForm";

export const metadata: Metadata = { title: "Create a user" };
export const dynamic = "force-dynamic";

export default async function NewUserPage() {
  await requirePermission("manage:users");
  return (
    <>
      <Link href="/admin/users" className="govuk-back-link">
        Back to users
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Create a user</h1>
          <CreateUserForm />
        </div>
      </div>
    </>
  );
}
