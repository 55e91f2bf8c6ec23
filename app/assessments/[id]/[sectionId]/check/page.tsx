import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { SectionAnswers } from "@/components/AnswerSummary";
import { PageHeading } from "@/components/ui/PageHeading";
import { CompleteSectionForm } from "./CompleteSectionForm";
import { ConfirmCarriedOverForm } from "./ConfirmCarriedOverForm";
import { SectionCommentForm } from "./SectionCommentForm";
import { loadSectionComments } from "@/lib/assessment/comments.server";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string; sectionId: string }>;
}): Promise<Metadata> {
  return titleOr("Check your answers", async () => {
    const { id, sectionId } = await params;
    const { ctx } = await loadAssessmentPage(id);
    const section = ctx.sections.find((s) => s.id === sectionId);
    return section ? `Check your answers, ${section.title}: ${ctx.cycle.label} self-review` : "Check your answers";
  });
}
export const dynamic = "force-dynamic";

export default async function SectionCheckPage({ params }: { params: Promise<{ id: string; sectionId: string }> }) {
  const { id, sectionId } = await params;
  const { ctx, records, progress } = await loadAssessmentPage(id);
  const section = ctx.sections.find((s) => s.id === sectionId);
  if (!section) notFound();
  const p = progress.get(section.id)!;
  const base = `/assessments/${ctx.assessment.id}`;
  const last = section.topics[section.topics.length - 1];
  // With a cleared comment's row: the form saves against its version.
  const stored = loadSectionComments(ctx.responseId, { withCleared: true }).get(section.id) ?? null;
  const comment = stored?.body ? stored : null;
  return (
    <>
      <PageHeading
        back={{ href: ctx.canEdit && last ? `${base}/${section.id}/${last.id}` : base, text: "Back" }}
        caption={`${ctx.partnership.name} · ${ctx.cycle.label}`}
      >
        {ctx.canEdit ? `Check your answers: ${section.title}` : section.title}
      </PageHeading>
      {ctx.canEdit && (
        <ConfirmCarriedOverForm
          assessmentId={String(ctx.assessment.id)}
          sectionId={section.id}
          unconfirmed={p.unconfirmed}
          cycleLabel={section.questionIds.map((q) => records.get(q)?.carriedOverFrom).find(Boolean) ?? null}
        />
      )}
      <SectionAnswers
        framework={ctx.framework}
        section={section}
        records={records}
        changeBase={ctx.canEdit ? `${base}/${section.id}` : null}
        returnTo="section"
        level={ctx.partnership.level}
      />
      {ctx.canEdit ? (
        <SectionCommentForm
          assessmentId={String(ctx.assessment.id)}
          sectionId={section.id}
          sectionTitle={section.title}
          comment={stored}
          forPartnership={ctx.role === "consolidated"}
          taskListHref={base}
        />
      ) : (
        comment && (
          <>
            <h2 className="govuk-heading-m">Anything else we should know about {section.title}?</h2>
            <p className="govuk-body app-pre-wrap app-break-anywhere" data-testid="section-comment">
              {comment.body}
            </p>
          </>
        )
      )}
      {ctx.canEdit ? (
        <CompleteSectionForm
          assessmentId={String(ctx.assessment.id)}
          sectionId={section.id}
          completed={p.status === "completed"}
          remaining={p.remaining}
          unconfirmed={p.unconfirmed}
          needNewAnswer={p.needNewAnswer}
          taskListHref={base}
        />
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" href={base}>
            Back to the sections
          </Link>
        </p>
      )}
    </>
  );
}
