import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/PageHeading";
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
      <PageHeading back={{ href: "/admin/partnerships", text: "Back to partnerships" }}>
        Create a partnership
      </PageHeading>
      <PartnershipForm
        initial={{ name: "", level: "local", nation: "england", parentId: "", yearEstablished: "", forceAreaIds: [] }}
        parents={listPartnershipOptions(actor)}
        forceAreas={listForceAreas()}
      />
    </>
  );
}
