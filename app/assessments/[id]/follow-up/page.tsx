import type { Metadata } from "next";
import Link from "@/components/Link";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { planActionsToFollowUp } from "@/lib/action-plan/follow-up.server";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/labels";
import { PageHeading } from "@/components/ui/PageHeading";
import { FollowUpForm } from "./FollowUpForm";
import { refuseAsNotFound } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Last year’s action plan" };
export const dynamic = "force-dynamic";

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, ctx } = await loadAssessmentPage((await params).id);
  if (ctx.role === "member")
    return refuseAsNotFound(actor, "update:assessment:own", { partnershipId: ctx.partnership.id });
  const items = planActionsToFollowUp(ctx);
  const dimName = (id: string) => ctx.framework.dimensions.find((d) => d.id === id)?.name ?? id;
  return (
    <>
      <PageHeading
        back={{ href: `/assessments/${ctx.assessment.id}`, text: "Back to the sections" }}
        caption={`${ctx.partnership.name} · ${ctx.cycle.label}`}
      >
        Last year&rsquo;s action plan
      </PageHeading>
      <p className="govuk-body">
        For each action that was still open when this cycle began, say what became of it and what changed. This updates
        the action plan.
      </p>
      {items.length === 0 && <p className="govuk-body">There were no open actions.</p>}
      {items.length > 0 && ctx.canEdit && (
        <FollowUpForm
          assessmentId={String(ctx.assessment.id)}
          taskListHref={`/assessments/${ctx.assessment.id}`}
          items={items.map((a) => ({
            id: a.id,
            title: a.title,
            context: `From the ${a.cycleLabel} results · ${dimName(a.dimensionId)} · ${a.ownerOrganisation ?? "no owner recorded"}`,
            status: a.review?.status ?? "",
            whatChanged: a.review?.whatChanged ?? "",
            rowVersion: a.rowVersion,
          }))}
        />
      )}
      {!ctx.canEdit &&
        items.map((a) => (
          <section key={a.id} className="app-result-card" aria-labelledby={`action-${a.id}`}>
            <h2 className="govuk-heading-s" id={`action-${a.id}`}>
              {a.title}
            </h2>
            <p className="govuk-body-s">
              From the {a.cycleLabel} results · {dimName(a.dimensionId)} · {a.ownerOrganisation ?? "no owner recorded"}
            </p>
            <p className="govuk-body">
              {a.review
                ? `${PLAN_ACTION_STATUS_LABELS[a.review.status]}${a.review.whatChanged ? `: ${a.review.whatChanged}` : ""}`
                : "Not yet reviewed"}
            </p>
          </section>
        ))}
      <p className="govuk-body">
        <Link className="govuk-link" href={`/assessments/${ctx.assessment.id}`}>
          Back to the sections
        </Link>
      </p>
    </>
  );
}
