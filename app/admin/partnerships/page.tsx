import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { listPartnershipsFor } from "@/lib/partnership/data.server";
import { PartnershipTable } from "@/components/PartnershipTable";
import { ButtonLink } from "@/components/ui/ButtonLink";

export const metadata: Metadata = { title: "Manage partnerships" };
export const dynamic = "force-dynamic";

export default async function AdminPartnershipsPage() {
  const actor = await requirePermission("manage:partnerships");
  const partnerships = listPartnershipsFor(actor);
  return (
    <>
      <h1 className="govuk-heading-l">Manage partnerships</h1>
      <ButtonLink href="/admin/partnerships/new">Create a partnership</ButtonLink>
      <PartnershipTable
        partnerships={partnerships}
        caption={`${partnerships.length} partnerships`}
        href={(p) => `/admin/partnerships/${p.id}`}
      />
    </>
  );
}
