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
import { Tag } from "@/components/ui/Tag";

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
  if (answers.length === 0) return "No member answers yet";
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
      {summary.respondents.length ? (
        <Table
          caption="Members who have responded"
          captionSize="hidden"
          rows={summary.respondents}
          columns={[
            { header: "Member", cell: (r) => r.name ?? "Former member" },
            { header: "Organisation", cell: (r) => r.organisation ?? "Not recorded" },
            { header: "Questions answered", numeric: true, cell: (r) => r.answered },
            { header: "Last saved", cell: (r) => (r.lastSavedAt ? formatDate(r.lastSavedAt) : "Not yet") },
          ]}
        />
      ) : (
        <p className="govuk-body">No member has responded yet.</p>
      )}
      {summary.invitedNotResponded.length > 0 && (
        <p className="govuk-body">
          Not yet responded:{" "}
          {summary.invitedNotResponded
            .map((m) => `${m.name}${m.organisation ? ` (${m.organisation})` : ""}`)
            .join(", ")}
          .
        </p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" href={`/partnerships/${ctx.partnership.id}/invitations`}>
          Invite more members
        </Link>
      </p>

      <h2 className="govuk-heading-m">Answers, question by question</h2>
      <p className="govuk-body">
        Each question shows the partnership&rsquo;s answer beside how members answered for their own organisations.
        Where they differ is worth discussing before you submit.
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
