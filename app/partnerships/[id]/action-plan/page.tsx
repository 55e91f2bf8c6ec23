import type { Metadata } from "next";
import { partnershipPageTitle } from "@/lib/partnership/title.server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getActionPlan } from "@/lib/action-plan/data.server";
import { getFramework } from "@/lib/framework";
import { idParam } from "@/lib/params";
import { ActionTable } from "@/components/ActionTable";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { PageHeading } from "@/components/ui/PageHeading";
import { TargetsForm } from "./TargetsForm";
import { isOpenPlanAction, sortOpenActions } from "@/lib/action-plan/rules";
import { todayIso } from "@/lib/format";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await partnershipPageTitle("Action plan", (await params).id) };
}
export const dynamic = "force-dynamic";

export default async function ActionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("read:assessment", { partnershipId });
  const plan = getActionPlan(actor, partnershipId);
  if (!plan) notFound();
  const fw = getFramework()!;
  const dimName = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;
  // Overdue first: what needs chasing is at the top.
  const open = sortOpenActions(plan.actions.filter(isOpenPlanAction), todayIso());
  const closed = plan.actions.filter((a) => !isOpenPlanAction(a));
  const table = (rows: typeof plan.actions, caption: string) => (
    <ActionTable
      rows={rows}
      caption={caption}
      dimensionName={dimName}
      editHref={plan.canEdit ? (a) => `/partnerships/${partnershipId}/action-plan/${a.id}` : undefined}
    />
  );
  return (
    <>
      <PageHeading
        back={{ href: `/partnerships/${partnershipId}`, text: `Back to ${plan.partnership.name}` }}
        caption={plan.partnership.name}
      >
        Action plan
      </PageHeading>
      {plan.canEdit && plan.latest && (
        <ButtonLink href={`/partnerships/${partnershipId}/action-plan/new`}>Add an action</ButtonLink>
      )}
      {open.length ? (
        table(open, "Open actions")
      ) : (
        <p className="govuk-body">
          No open actions. Add recommendations from the results, or add an action of your own.
        </p>
      )}
      {closed.length > 0 && table(closed, "Done or dropped")}
      {plan.latest && (
        <>
          <h2 className="govuk-heading-m">Targets for next year</h2>
          <p className="govuk-body">
            The stage each dimension is at now ({plan.latest.cycleLabel}
            {plan.latest.provisional ? ", provisional" : ""}) and the stage the partnership aims for next year. Next
            year&rsquo;s results show each target beside what was achieved.
          </p>
          {plan.canEdit ? (
            <TargetsForm
              partnershipId={String(partnershipId)}
              rows={fw.dimensions.map((d) => {
                const s = plan.latest!.scores.dimensions.find((x) => x.dimensionId === d.id);
                return {
                  id: d.id,
                  name: d.name,
                  now: s?.stage.index ?? 1,
                  nowName: s?.stage.name ?? d.stages[0]!.name,
                };
              })}
              targets={Object.fromEntries([...plan.targets].map(([k, v]) => [k, String(v)]))}
              stageNames={fw.dimensions[0]!.stages.map((s) => s.name)}
            />
          ) : (
            <ul className="govuk-list">
              {[...plan.targets].map(([d, t]) => (
                <li key={d}>
                  {dimName(d)}: stage {t}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
