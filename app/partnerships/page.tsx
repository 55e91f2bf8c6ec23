import type { Metadata } from "next";
import { requireActor, can } from "@/lib/auth/guard";
import { listPartnershipsFor } from "@/lib/partnership/data.server";
import { PartnershipTable } from "@/components/PartnershipTable";

export const metadata: Metadata = { title: "Partnerships" };
export const dynamic = "force-dynamic";

export default async function PartnershipsPage() {
  const actor = await requireActor();
  const partnerships = listPartnershipsFor(actor);
  const all = can(actor, "list:partnerships:all");
  return (
    <>
      <h1 className="govuk-heading-l">{all ? "All partnerships" : "Your partnerships"}</h1>
      {partnerships.length ? (
        <PartnershipTable
          partnerships={partnerships}
          caption={`${partnerships.length} partnership${partnerships.length === 1 ? "" : "s"}`}
          showRole={!all}
        />
      ) : (
        <p className="govuk-body">You do not have access to any partnership yet.</p>
      )}
    </>
  );
}
