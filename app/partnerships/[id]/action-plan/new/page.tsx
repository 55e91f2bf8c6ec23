import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { getFramework } from "@/lib/framework";
import { idParam } from "@/lib/params";
import { ActionForm } from "../ActionForm";

export const metadata: Metadata = { title: "Add an action" };
export const dynamic = "force-dynamic";

export default async function NewActionPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  await requirePermission("update:assessment:own", { partnershipId });
  const fw = getFramework()!;
  const planHref = `/partnerships/${partnershipId}/action-plan`;
  return (
    <>
      <Link href={planHref} className="govuk-back-link">
        Back to the action plan
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Add an action</h1>
          <ActionForm
            initial={{
              partnershipId: String(partnershipId),
              dimensionId: fw.dimensions[0]!.id,
              recommendationId: "",
              title: "",
              ownerOrganisation: "",
              ownerPerson: "",
              dueOn: "",
              status: "not_started",
              progressNote: "",
            }}
            dimensions={fw.dimensions.map((d) => ({ id: d.id, name: d.name }))}
            planHref={planHref}
          />
        </div>
      </div>
    </>
  );
}
