import type { Metadata } from "next";
import Link from "@/components/Link";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { memberResponses } from "@/lib/assessment/members.server";
import { describeAnswer } from "@/lib/assessment/describe";
import { getQuestion } from "@/lib/framework";
import type { Question } from "@/lib/framework/types";
import { formatDate } from "@/lib/format";
import { refuseAsNotFound } from "@/lib/auth/guard";
import { PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";
import { StatusTag, Tag, type TagStyles } from "@/components/ui/Tag";
import type { MemberResponseStatus } from "@/lib/assessment/types";

const RESPONSE_TAGS: TagStyles<MemberResponseStatus> = {
  finished: { text: "Finished", colour: "green" },
  started: { text: "Started", colour: "light-blue" },
  not_started: { text: "Not started", colour: "grey" },
};

export const metadata: Metadata = { title: "Members’ responses" };
export const dynamic = "force-dynamic";

/** How members answered one question, answer by answer; flagged where they differ (among themselves or from it). */
function MemberAnswers({
  answers,
  consolidated,
}: {
  answers: { text: string; who: string }[];
  consolidated: string | null;
}) {
  if (answers.length === 0) return "No finished member responses yet";
  const counts = new Map<string, string[]>();
  for (const a of answers) counts.set(a.text, [...(counts.get(a.text) ?? []), a.who]);
  const differs = counts.size > 1 || (counts.size === 1 && consolidated !== null && !counts.has(consolidated));
  return (
    <>
      {differs && (
        <Tag colour="orange" className="govuk-!-margin-bottom-1">
          Answers differ
        </Tag>
      )}
      <ul className="govuk-list govuk-!-margin-bottom-0">
        {[...counts].map(([text, who]) => (
          <li key={text}>
            {text}: {who.length} ({who.join(", ")})
          </li>
        ))}
      </ul>
    </>
  );
}

export default async function MemberResponsesPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, ctx, records } = await loadAssessmentPage((await params).id);
  const summary = memberResponses(actor, ctx.assessment.id);
  if (!summary) return refuseAsNotFound(actor, "read:member-responses:own", { partnershipId: ctx.partnership.id });
  const base = `/assessments/${ctx.assessment.id}`;
  return (
    <>
      <PageHeading
        back={{ href: base, text: "Back to the sections" }}
        caption={`${ctx.partnership.name} · ${ctx.cycle.label}`}
      >
        Members&rsquo; responses
      </PageHeading>

      <h2 className="govuk-heading-m">Who has responded</h2>
      <p className="govuk-body" data-testid="response-rate">
        {summary.rate.total === 0
          ? "The partnership has no members yet."
          : `${summary.rate.finished} of ${summary.rate.total} member${summary.rate.total === 1 ? " has" : "s have"} finished their response (a response rate of ${summary.rate.percent}%). ${summary.rate.started} started, ${summary.rate.notStarted} not started.`}
      </p>
      {summary.members.length > 0 && (
        <Table
          caption="Members and their responses"
          captionSize="hidden"
          rows={summary.members}
          columns={[
            { header: "Member", rowHeader: "regular", cell: (m) => m.name ?? "Former member" },
            { header: "Organisation", cell: (m) => m.organisation ?? "Not recorded" },
            {
              header: "Response",
              cell: (m) => <StatusTag styles={RESPONSE_TAGS} status={m.status} />,
            },
            { header: "Questions answered", numeric: true, cell: (m) => m.answered },
            {
              header: "Last saved",
              cell: (m) =>
                m.finishedAt
                  ? `Finished ${formatDate(m.finishedAt)}`
                  : m.lastSavedAt
                    ? formatDate(m.lastSavedAt)
                    : "Not yet",
            },
          ]}
        />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" href={`/partnerships/${ctx.partnership.id}/invitations`}>
          Invite more members
        </Link>
      </p>

      <h2 className="govuk-heading-m">Answers, question by question</h2>
      <p className="govuk-body">
        Each question shows the partnership&rsquo;s answer beside how each member sees it from their own organisation.
        Only finished responses are shown
        {summary.rate.started > 0
          ? ` (${summary.rate.started} started response${summary.rate.started === 1 ? " is" : "s are"} left out until finished)`
          : ""}
        . Where they differ is worth discussing before you submit.
      </p>
      {ctx.sections.map((s) => (
        <section key={s.id} aria-labelledby={`spread-${s.id}`}>
          <h3 className="govuk-heading-s" id={`spread-${s.id}`}>
            {s.title}
          </h3>
          <Table
            caption={`${s.title}: partnership and member answers`}
            captionSize="hidden"
            rows={s.questionIds.map((qid) => getQuestion(ctx.framework, qid) as Question)}
            columns={[
              { header: "Question", width: "one-third", rowHeader: "regular", cell: (q) => q.text },
              {
                header: "Partnership’s answer",
                cell: (q) => describeAnswer(q, records.get(q.id)?.value, ctx.partnership.level),
              },
              {
                header: "Members’ answers",
                cell: (q) => (
                  <MemberAnswers
                    answers={(summary.answersByQuestion.get(q.id) ?? []).map((a) => ({
                      text: describeAnswer(q, a.value, ctx.partnership.level),
                      who: a.organisation ?? a.name ?? "A member",
                    }))}
                    consolidated={
                      records.has(q.id) ? describeAnswer(q, records.get(q.id)?.value, ctx.partnership.level) : null
                    }
                  />
                ),
              },
            ]}
          />
        </section>
      ))}
    </>
  );
}
