import type { Metadata } from "next";
import Link from "@/components/Link";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { SectionStatusTag } from "@/components/StatusTag";
import { formatDate } from "@/lib/format";
import { ReopenButton } from "./ReopenButton";
import { planActionsToFollowUp } from "@/lib/action-plan/follow-up.server";
import { needsNewAnswer } from "@/lib/assessment/rules";

export const metadata: Metadata = { title: "Self-review" };
export const dynamic = "force-dynamic";

export default async function TaskListPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, progress, records } = await loadAssessmentPage((await params).id);
  const { assessment, partnership, cycle, sections } = ctx;
  const completed = sections.filter((s) => progress.get(s.id)!.status === "completed").length;
  const toReview = ctx.role === "member" ? [] : planActionsToFollowUp(ctx);
  const reviewed = toReview.filter((a) => a.review).length;
  const heading = ctx.role === "member" ? "Your organisation’s response" : `${cycle.label} self-review`;
  const href = (sectionId: string, topicId?: string) =>
    ctx.canEdit && topicId
      ? `/assessments/${assessment.id}/${sectionId}/${topicId}`
      : `/assessments/${assessment.id}/${sectionId}/check`;

  return (
    <>
      <Link href={`/partnerships/${partnership.id}`} className="govuk-back-link">
        Back to {partnership.name}
      </Link>
      <span className="govuk-caption-l">
        {partnership.name} · {cycle.label}
      </span>
      <h1 className="govuk-heading-l">{heading}</h1>

      {assessment.status === "submitted" && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="locked-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="locked-title">
              Submitted
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              This self-review was submitted on {formatDate(assessment.submittedAt!)} and is locked.
            </p>
            {ctx.canReopen && (
              <ReopenButton assessmentId={String(assessment.id)} closesOn={formatDate(cycle.closesOn)} />
            )}
          </div>
        </div>
      )}
      {assessment.status === "in_progress" && cycle.status !== "open" && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span> The {cycle.label} cycle is closed. Answers can no
            longer be changed.
          </strong>
        </div>
      )}
      {ctx.role === "read-only" && (
        <p className="govuk-body">You are viewing the partnership&rsquo;s answers. You cannot change them.</p>
      )}

      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
        {assessment.status === "submitted" ? "Sections" : "Self-review incomplete"}
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-7">
        You have completed {completed} of {sections.length} sections.
      </p>

      <ul className="govuk-task-list" aria-label="Sections">
        {sections.map((s) => {
          const p = progress.get(s.id)!;
          // Straight to the first page with something left to do; completed sections to their answers.
          const firstTopic =
            p.status === "completed"
              ? undefined
              : (s.topics.find((t) =>
                  t.questionIds.some((id) => {
                    const r = records.get(id);
                    return !r || r.needsConfirmation || needsNewAnswer(ctx, id, r.value);
                  }),
                ) ?? s.topics[0]);
          const hintParts = [
            p.remaining ? `${p.remaining} question${p.remaining === 1 ? "" : "s"} remaining` : null,
            p.unconfirmed ? `${p.unconfirmed} carried over from last year to confirm` : null,
            p.needNewAnswer ? `${p.needNewAnswer} to answer again` : null,
          ].filter(Boolean);
          return (
            <li key={s.id} className="govuk-task-list__item govuk-task-list__item--with-link">
              <div className="govuk-task-list__name-and-hint">
                <Link
                  className="govuk-link govuk-task-list__link"
                  href={href(s.id, firstTopic?.id)}
                  aria-describedby={`${s.id}-status ${s.id}-hint`}
                >
                  {s.title}
                </Link>
                <div id={`${s.id}-hint`} className="govuk-task-list__hint">
                  {hintParts.join(" · ") || `${s.questionIds.length} questions`}
                </div>
              </div>
              <div className="govuk-task-list__status">
                <SectionStatusTag status={p.status} id={`${s.id}-status`} />
              </div>
            </li>
          );
        })}
      </ul>

      {toReview.length > 0 && (
        <ul className="govuk-task-list" aria-label="Follow-up">
          <li className="govuk-task-list__item govuk-task-list__item--with-link">
            <div className="govuk-task-list__name-and-hint">
              <Link
                className="govuk-link govuk-task-list__link"
                href={`/assessments/${assessment.id}/actions-review`}
                aria-describedby="actions-review-status actions-review-hint"
              >
                Last year&rsquo;s action plan
              </Link>
              <div id="actions-review-hint" className="govuk-task-list__hint">
                {toReview.length - reviewed} of {toReview.length} open actions to follow up
              </div>
            </div>
            <div className="govuk-task-list__status">
              <SectionStatusTag
                id="actions-review-status"
                status={reviewed === toReview.length ? "completed" : reviewed ? "in_progress" : "not_started"}
              />
            </div>
          </li>
        </ul>
      )}
      <p className="govuk-body govuk-!-margin-top-6">
        <Link className="govuk-link" href={`/assessments/${assessment.id}/results`}>
          {assessment.status === "submitted" ? "See the results" : "See the provisional results"}
        </Link>
      </p>
      {ctx.role === "consolidated" && (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-top-7">Members&rsquo; responses</h2>
          <p className="govuk-body">
            <Link className="govuk-link" href={`/assessments/${assessment.id}/members`}>
              See who has responded and where members&rsquo; answers differ
            </Link>
          </p>
        </>
      )}
      {ctx.role === "consolidated" && assessment.status === "in_progress" && (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-top-7">Submit</h2>
          <p className="govuk-body">
            When every section is completed, check the answers and submit the self-review for the partnership.
          </p>
          <Link href={`/assessments/${assessment.id}/check`} className="govuk-button" role="button" draggable={false}>
            Check answers and submit
          </Link>
        </>
      )}
    </>
  );
}
