import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import Link from "@/components/Link";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { formatDate } from "@/lib/format";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { TaskList, type Task } from "@/components/ui/TaskList";
import { WarningText } from "@/components/ui/WarningText";
import { ReopenButton } from "./ReopenButton";
import { MemberFinish } from "./MemberFinish";
import { planActionsToFollowUp } from "@/lib/action-plan/follow-up.server";
import { needsNewAnswer, percentAnswered } from "@/lib/assessment/rules";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titleOr("Self-review", async () => {
    const { ctx } = await loadAssessmentPage((await params).id);
    return `${ctx.cycle.label} self-review: ${ctx.partnership.name}`;
  });
}
export const dynamic = "force-dynamic";

export default async function TaskListPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, progress, records } = await loadAssessmentPage((await params).id);
  const { assessment, partnership, cycle, sections } = ctx;
  const completed = sections.filter((s) => progress.get(s.id)!.status === "completed").length;
  const toReview = ctx.role === "member" ? [] : planActionsToFollowUp(ctx);
  const reviewed = toReview.filter((a) => a.review).length;
  // Nothing saved this year yet (carried-over answers waiting to be confirmed do not count).
  const notStarted = ctx.canEdit && ![...records.values()].some((r) => !r.needsConfirmation);
  const heading = ctx.role === "member" ? "Your organisation’s response" : `${cycle.label} self-review`;
  const href = (sectionId: string, topicId?: string) =>
    ctx.canEdit && topicId
      ? `/assessments/${assessment.id}/${sectionId}/${topicId}`
      : `/assessments/${assessment.id}/${sectionId}/check`;
  const sectionTask = (s: (typeof sections)[number]): Task => {
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
    return {
      id: s.id,
      title: s.title,
      href: href(s.id, firstTopic?.id),
      hint: hintParts.join(" · ") || `${s.questionIds.length} questions`,
      status: p.status,
    };
  };

  return (
    <>
      <PageHeading
        back={{ href: `/partnerships/${partnership.id}`, text: `Back to ${partnership.name}` }}
        caption={`${partnership.name} · ${cycle.label}`}
      >
        {heading}
      </PageHeading>

      {notStarted ? (
        <NotificationBanner
          titleId="before-you-start-title"
          title="Before you start"
          testId="before-you-start-banner"
          heading={
            <>
              Read{" "}
              <Link className="govuk-notification-banner__link" href={`/assessments/${assessment.id}/before-you-start`}>
                what the self-review covers, how long it takes and what to have to hand
              </Link>
              .
            </>
          }
        />
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/assessments/${assessment.id}/before-you-start`}>
            Before you start: what the self-review covers and who sees the answers
          </Link>
        </p>
      )}
      {assessment.status === "submitted" && (
        <NotificationBanner
          titleId="locked-title"
          title="Submitted"
          heading={`This self-review was submitted on ${formatDate(assessment.submittedAt!)} and is locked.`}
        >
          {ctx.canReopen && <ReopenButton assessmentId={String(assessment.id)} closesOn={formatDate(cycle.closesOn)} />}
        </NotificationBanner>
      )}
      {assessment.status === "in_progress" && cycle.status !== "open" && (
        <WarningText>The {cycle.label} cycle is closed. Answers can no longer be changed.</WarningText>
      )}
      {ctx.memberResponse && (
        <p className="govuk-body" data-testid="member-lead">
          You answer for {ctx.memberResponse.organisation ?? "your organisation"}: for each question, say how the
          partnership works as your organisation sees it. Your coordinators compare members&rsquo; finished responses
          with the partnership&rsquo;s own answers; your answers do not change the partnership&rsquo;s scores. The
          partnership profile is kept by the coordinators, so it is not asked here.
        </p>
      )}
      {ctx.memberResponse?.finishedAt && (
        <NotificationBanner
          titleId="finished-title"
          title="Finished"
          heading={`You marked your response as finished on ${formatDate(ctx.memberResponse.finishedAt)}.`}
        >
          {assessment.status === "in_progress" && cycle.status === "open" && (
            <>
              <p className="govuk-body">Your coordinators can now see it. To change an answer, reopen it first.</p>
              <MemberFinish assessmentId={String(assessment.id)} finished />
            </>
          )}
        </NotificationBanner>
      )}
      {ctx.role === "read-only" && (
        <p className="govuk-body">You are viewing the partnership&rsquo;s answers. You cannot change them.</p>
      )}

      <h2 className="govuk-heading-s govuk-!-margin-bottom-2">
        {assessment.status === "submitted" ? "Sections" : "Self-review incomplete"}
      </h2>
      <p className="govuk-body govuk-!-margin-bottom-7">
        You have completed {completed} of {sections.length} sections.{" "}
        <span data-testid="percent-answered">{percentAnswered(progress.values())}% of the questions are answered.</span>
      </p>

      <TaskList label="Sections" tasks={sections.map((s) => sectionTask(s))} />
      {toReview.length > 0 && (
        <TaskList
          label="Follow-up"
          tasks={[
            {
              id: "follow-up",
              title: "Last year’s action plan",
              href: `/assessments/${assessment.id}/follow-up`,
              hint: `${toReview.length - reviewed} of ${toReview.length} open actions to follow up`,
              status: reviewed === toReview.length ? "completed" : reviewed ? "in_progress" : "not_started",
            },
          ]}
        />
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
      {ctx.role === "member" && ctx.canEdit && (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-top-7">Finish your response</h2>
          <p className="govuk-body">
            Your coordinators see your answers once you mark your response as finished. You do not need to answer every
            question: leave out any you cannot answer for your organisation. You can reopen it to make changes while the
            self-review is open.
          </p>
          <MemberFinish assessmentId={String(assessment.id)} finished={false} />
        </>
      )}
      {ctx.role === "consolidated" && assessment.status === "in_progress" && (
        <>
          <h2 className="govuk-heading-m govuk-!-margin-top-7">Submit</h2>
          <p className="govuk-body">
            When every section is completed, check the answers and submit the self-review for the partnership.
          </p>
          <ButtonLink href={`/assessments/${assessment.id}/check`}>Check answers and submit</ButtonLink>
        </>
      )}
    </>
  );
}
