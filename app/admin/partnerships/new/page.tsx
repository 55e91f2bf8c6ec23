import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { listForceAreas } from "@/lib/partnership/data.server";
import { listPartnershipOptions } from "@/lib/admin/partnerships.server";
import { PartnershipForm } from "../PartnershipForm";

export const metadata: Metadata = { title: "Create a partnership" };
export const dynamic = "force-dynamic";

export default async function NewPartnershipPage() {
  const actor = await requirePermission("manage:partnerships");
  return (
    <>
      <Link href="/admin/partnerships" className="govuk-back-link">
        Back to partnerships
      </Link>
      <h1 className="govuk-heading-l">Create a partnership</h1>
      <PartnershipForm
        initial={{ name: "", level: "local", nation: "england", parentId: "", yearEstablished: "", forceAreaIds: [] }}
        parents={listPartnershipOptions(actor)}
        forceAreas={listForceAreas()}
      />
    </>
  );
}
