import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getActionPlan } from "@/lib/data/results";
import { getFramework } from "@/lib/framework";
import { idParam } from "@/lib/params";
import { formatDate } from "@/lib/format";
import { ACTION_STATUS_LABELS } from "@/lib/results/schemas";
import { TargetsForm } from "./TargetsForm";

export const metadata: Metadata = { title: "Action plan" };
export const dynamic = "force-dynamic";

export default async function ActionPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("read:assessment", { partnershipId });
  const plan = getActionPlan(actor, partnershipId);
  if (!plan) notFound();
  const fw = getFramework()!;
  const dimName = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;
  const open = plan.actions.filter((a) => a.status === "not_started" || a.status === "in_progress");
  const closed = plan.actions.filter((a) => !open.includes(a));
  const table = (rows: typeof plan.actions, caption: string) => (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Action</th>
          <th scope="col" className="govuk-table__header">Dimension</th>
          <th scope="col" className="govuk-table__header">Owner</th>
          <th scope="col" className="govuk-table__header">Due</th>
          <th scope="col" className="govuk-table__header">Status</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((a) => (
          <tr key={a.id} className="govuk-table__row">
            <td className="govuk-table__cell">
              {plan.canEdit ? <Link className="govuk-link" href={`/partnerships/${partnershipId}/action-plan/${a.id}`}>{a.title}</Link> : a.title}
              <span className="govuk-body-s govuk-!-display-block">From the {a.cycleLabel} results{a.progressNote ? ` · ${a.progressNote}` : ""}</span>
            </td>
            <td className="govuk-table__cell">{dimName(a.dimensionId)}</td>
            <td className="govuk-table__cell">{[a.ownerPerson, a.ownerOrganisation].filter(Boolean).join(", ") || "Not yet assigned"}</td>
            <td className="govuk-table__cell">{a.dueOn ? formatDate(a.dueOn) : "–"}</td>
            <td className="govuk-table__cell">{ACTION_STATUS_LABELS[a.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      <Link href={`/partnerships/${partnershipId}`} className="govuk-back-link">Back to {plan.partnership.name}</Link>
      <span className="govuk-caption-l">{plan.partnership.name}</span>
      <h1 className="govuk-heading-l">Action plan</h1>
      {plan.canEdit && plan.latest && <Link href={`/partnerships/${partnershipId}/action-plan/new`} className="govuk-button" role="button" draggable={false}>Add an action</Link>}
      {open.length ? table(open, "Open actions") : <p className="govuk-body">No open actions. Add recommendations from the results, or add an action of your own.</p>}
      {closed.length > 0 && table(closed, "Done or dropped")}
      {plan.latest && (
        <>
          <h2 className="govuk-heading-m">Targets for next year</h2>
          <p className="govuk-body">The stage each dimension is at now ({plan.latest.cycleLabel}{plan.latest.provisional ? ", provisional" : ""}) and the stage the partnership aims for next year. Next year&rsquo;s results show each target beside what was achieved.</p>
          {plan.canEdit ? (
            <TargetsForm
              partnershipId={String(partnershipId)}
              rows={fw.dimensions.map((d) => {
                const s = plan.latest!.scores.dimensions.find((x) => x.dimensionId === d.id);
                return { id: d.id, name: d.name, now: s?.stage.index ?? 1, nowName: s?.stage.name ?? d.stages[0]!.name };
              })}
              targets={Object.fromEntries([...plan.targets].map(([k, v]) => [k, String(v)]))}
              stageNames={fw.dimensions[0]!.stages.map((s) => s.name)}
            />
          ) : (
            <ul className="govuk-list">
              {[...plan.targets].map(([d, t]) => <li key={d}>{dimName(d)}: stage {t}</li>)}
            </ul>
          )}
        </>
      )}
    </>
  );
}
