// Adding an action and changing one are the same page: the plan to go back to, the form, and (for
// a change) the action's own values and the version they were read at.
import type { PlanAction } from "@/lib/action-plan/types";
import { getFramework } from "@/lib/framework";
import { TwoThirds } from "@/components/ui/Grid";
import { BackLink, PageHeading } from "@/components/ui/PageHeading";
import { ActionForm } from "./ActionForm";

export function ActionFormPage({ partnershipId, action: a }: { partnershipId: number; action?: PlanAction }) {
  const fw = getFramework()!;
  const planHref = `/partnerships/${partnershipId}/action-plan`;
  return (
    <>
      <BackLink href={planHref}>Back to the action plan</BackLink>
      <TwoThirds>
        <PageHeading caption={a && `From the ${a.cycleLabel} results`}>
          {a ? "Change an action" : "Add an action"}
        </PageHeading>
        <ActionForm
          actionId={a && String(a.id)}
          baseVersion={a && String(a.rowVersion)}
          initial={{
            partnershipId: String(partnershipId),
            dimensionId: a?.dimensionId ?? fw.dimensions[0]!.id,
            recommendationId: a?.recommendationId ?? "",
            title: a?.title ?? "",
            ownerOrganisation: a?.ownerOrganisation ?? "",
            ownerPerson: a?.ownerPerson ?? "",
            dueOn: a?.dueOn ?? "",
            status: a?.status ?? "not_started",
            progressNote: a?.progressNote ?? "",
          }}
          dimensions={fw.dimensions.map((d) => ({ id: d.id, name: d.name }))}
          planHref={planHref}
        />
      </TwoThirds>
    </>
  );
}
