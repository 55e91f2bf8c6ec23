import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { SectionAnswers } from "@/components/AnswerSummary";
import { SectionStatusTag } from "@/components/ui/Tag";
import { PageHeading } from "@/components/ui/PageHeading";
import { WarningText } from "@/components/ui/WarningText";
import { SubmitPanel } from "./SubmitPanel";
import { refuseAsNotFound } from "@/lib/auth/guard";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titleOr("Check answers and submit", async () => {
    const { ctx } = await loadAssessmentPage((await params).id);
    return `Check answers and submit: ${ctx.cycle.label} self-review`;
  });
}
export const dynamic = "force-dynamic";

export default async function CheckAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, ctx, records, progress } = await loadAssessmentPage((await params).id);
  if (ctx.role !== "consolidated")
    return refuseAsNotFound(actor, "submit:assessment:own", { partnershipId: ctx.partnership.id });
  const base = `/assessments/${ctx.assessment.id}`;
  const incomplete = ctx.sections.filter((s) => progress.get(s.id)!.status !== "completed");
  return (
    <>
      <PageHeading
        back={{ href: base, text: "Back to the sections" }}
        caption={`${ctx.partnership.name} · ${ctx.cycle.label}`}
      >
        Check the answers before submitting
      </PageHeading>
      {ctx.sections.map((s) => (
        <section key={s.id} aria-labelledby={`section-${s.id}`}>
          <h2 className="govuk-heading-m" id={`section-${s.id}`}>
            {s.title} <SectionStatusTag status={progress.get(s.id)!.status} />
          </h2>
          <SectionAnswers
            framework={ctx.framework}
            section={s}
            records={records}
            changeBase={ctx.canEdit ? `${base}/${s.id}` : null}
            returnTo="all"
            level={ctx.partnership.level}
          />
        </section>
      ))}
      {ctx.canSubmit && (
        <>
          <h2 className="govuk-heading-m">Now submit the self-review</h2>
          {incomplete.length > 0 ? (
            <WarningText>
              Complete every section before submitting. Not yet completed: {incomplete.map((s) => s.title).join(", ")}.
            </WarningText>
          ) : (
            <p className="govuk-body">
              By submitting, you confirm these are the partnership&rsquo;s agreed answers for {ctx.cycle.label}. The
              self-review is then locked and its scores are recorded.
            </p>
          )}
          <SubmitPanel assessmentId={String(ctx.assessment.id)} submittedHref={`${base}/submitted`} />
        </>
      )}
    </>
  );
}
