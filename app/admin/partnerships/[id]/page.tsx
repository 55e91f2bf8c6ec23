import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/PageHeading";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getPartnershipFor, listForceAreas } from "@/lib/partnership/data.server";
import { listPartnershipOptions } from "@/lib/admin/partnerships.server";
import { idParam } from "@/lib/params";
import { PartnershipForm } from "../PartnershipForm";

export const metadata: Metadata = { title: "Edit partnership" };
export const dynamic = "force-dynamic";

export default async function EditPartnershipPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("manage:partnerships");
  const p = getPartnershipFor(actor, partnershipId);
  if (!p) notFound();
  return (
    <>
      <PageHeading back={{ href: `/partnerships/${p.id}`, text: "Back to the partnership" }}>
        Edit partnership
      </PageHeading>
      <PartnershipForm
        partnershipId={String(p.id)}
        initial={{
          name: p.name,
          level: p.level,
          nation: p.nation,
          parentId: p.parent ? String(p.parent.id) : "",
          yearEstablished: p.yearEstablished ? String(p.yearEstablished) : "",
          forceAreaIds: p.forceAreaIds,
        }}
        parents={listPartnershipOptions(actor)}
        forceAreas={listForceAreas()}
      />
    </>
  );
}
