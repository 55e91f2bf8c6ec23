import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getPlanAction } from "@/lib/action-plan/data.server";
import { getFramework } from "@/lib/framework";
import { idParam } from "@/lib/params";
import { ActionForm } from "../ActionForm";

export const metadata: Metadata = { title: "Change an action" };
export const dynamic = "force-dynamic";

export default async function EditActionPage({ params }: { params: Promise<{ id: string; actionId: string }> }) {
  const p = await params;
  const partnershipId = idParam(p.id);
  const actionId = idParam(p.actionId);
  const actor = await requirePermission("update:assessment:own", { partnershipId });
  const a = getPlanAction(actor, partnershipId, actionId);
  if (!a) notFound();
  const fw = getFramework()!;
  const planHref = `/partnerships/${partnershipId}/action-plan`;
  return (
    <>
      <Link href={planHref} className="govuk-back-link">
        Back to the action plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">From the {a.cycleLabel} results</span>
          <h1 className="govuk-heading-l">Change an action</h1>
          <ActionForm
            actionId={String(a.id)}
            baseVersion={String(a.rowVersion)}
            initial={{
              partnershipId: String(partnershipId),
              dimensionId: a.dimensionId,
              recommendationId: a.recommendationId ?? "",
              title: a.title,
              ownerOrganisation: a.ownerOrganisation ?? "",
              ownerPerson: a.ownerPerson ?? "",
              dueOn: a.dueOn ?? "",
              status: a.status,
              progressNote: a.progressNote ?? "",
            }}
            dimensions={fw.dimensions.map((d) => ({ id: d.id, name: d.name }))}
            planHref={planHref}
          />
        </div>
      </div>
    </>
  );
}
