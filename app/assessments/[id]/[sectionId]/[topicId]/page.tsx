import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import Link from "@/components/Link";
import { notFound, redirect } from "next/navigation";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { nextTopic, previousTopic, sameValue } from "@/lib/assessment/rules";
import { getQuestion } from "@/lib/framework";
import type { Question } from "@/lib/framework/types";
import { QuestionForm, type InitialAnswer } from "./QuestionForm";
import { checkPageToReturnTo } from "@/components/AnswerSummary";
import { profileAnswersFromRecord } from "@/lib/assessment/profile-record.server";
import { isRecordQuestion } from "@/lib/assessment/profile-record";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ id: string; sectionId: string; topicId: string }>;
}): Promise<Metadata> {
  return titleOr("Question", async () => {
    const { id, sectionId, topicId } = await params;
    const { ctx } = await loadAssessmentPage(id);
    const section = ctx.sections.find((s) => s.id === sectionId);
    const topic = section?.topics.find((t) => t.id === topicId);
    if (!section || !topic) return "Question";
    // "Prevent: 2026/27 self-review", with the page's own topic where the section has several.
    const where = topic.title === section.title ? section.title : `${topic.title} (${section.title})`;
    return `${where}: ${ctx.cycle.label} self-review`;
  });
}
export const dynamic = "force-dynamic";

export default async function QuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; sectionId: string; topicId: string }>;
  searchParams: Promise<{ return?: string }>;
}) {
  const { id, sectionId, topicId } = await params;
  const returnTo = checkPageToReturnTo((await searchParams).return);
  const { ctx, records } = await loadAssessmentPage(id);
  const section = ctx.sections.find((s) => s.id === sectionId);
  const topic = section?.topics.find((t) => t.id === topicId);
  if (!section || !topic) notFound();
  const base = `/assessments/${ctx.assessment.id}`;
  if (!ctx.canEdit) redirect(`${base}/${section.id}/check`);

  const questions = topic.questionIds.map((qid) => getQuestion(ctx.framework, qid)).filter((q): q is Question => !!q);
  const initial: Record<string, InitialAnswer> = {};
  for (const q of questions) {
    const r = records.get(q.id);
    if (r)
      initial[q.id] = {
        value: r.value,
        rowVersion: r.rowVersion,
        carriedOverFrom: r.carriedOverFrom,
        needsConfirmation: r.needsConfirmation,
      };
  }
  // The partnership's own profile starts from what its record knows, until an answer is saved or
  // confirmed: also where last year's answer, carried over, is not what the record now says (an
  // administrator corrected it), so that confirming the page does not undo the correction.
  // Read only where this page has such a question.
  const fromRecordWanted = (q: Question) =>
    isRecordQuestion(q.id) && (!initial[q.id] || initial[q.id]!.needsConfirmation);
  const fromRecord =
    ctx.role === "consolidated" && questions.some(fromRecordWanted)
      ? profileAnswersFromRecord(ctx.partnership.id, ctx.framework)
      : {};
  const prefilled = questions.filter(
    (q) =>
      fromRecordWanted(q) && fromRecord[q.id] && !(initial[q.id] && sameValue(initial[q.id]!.value, fromRecord[q.id])),
  );
  for (const q of prefilled)
    initial[q.id] = {
      value: fromRecord[q.id]!,
      // Saving replaces the carried-over answer, if there is one.
      rowVersion: initial[q.id]?.rowVersion ?? 0,
      carriedOverFrom: null,
      needsConfirmation: false,
    };
  const next = nextTopic(section, topic.id);
  const previous = previousTopic(section, topic.id);
  const index = section.topics.findIndex((t) => t.id === topic.id);
  // A member answers for their own organisation: each page says which, so that its questions about
  // the partnership read as that organisation's view of it.
  const answeringFor = ctx.memberResponse ? (ctx.memberResponse.organisation ?? "your organisation") : null;
  // Reached from "Change" on a check-your-answers page: saving goes back there (the GOV.UK pattern).
  const checkPage =
    returnTo === "all" ? `${base}/check` : returnTo === "section" ? `${base}/${section.id}/check` : null;

  return (
    <>
      <Link href={checkPage ?? (previous ? `${base}/${section.id}/${previous.id}` : base)} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <QuestionForm
            assessmentId={String(ctx.assessment.id)}
            caption={`${answeringFor ? `Answering for ${answeringFor} · ` : ""}Section ${ctx.sections.indexOf(section) + 1} of ${ctx.sections.length}: ${section.title} · page ${index + 1} of ${section.topics.length}`}
            title={topic.title}
            questions={questions}
            initial={initial}
            cycleOpensOn={ctx.cycle.opensOn}
            nextHref={checkPage ?? (next ? `${base}/${section.id}/${next.id}` : `${base}/${section.id}/check`)}
            taskListHref={base}
            respondentLabel={ctx.role === "member" ? (answeringFor ?? "your organisation") : "the partnership"}
            level={ctx.partnership.level}
            note={
              prefilled.length
                ? "Some answers are filled in from the partnership’s record. Check them: saving this page saves them, and a change updates the record."
                : undefined
            }
          />
        </div>
      </div>
    </>
  );
}
