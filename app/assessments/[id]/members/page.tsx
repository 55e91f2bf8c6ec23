import type { Metadata } from "next";
import Link from "@/components/Link";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { memberResponses } from "@/lib/assessment/members.server";
import { describeAnswer } from "@/lib/assessment/describe";
import { getQuestion } from "@/lib/framework";
import type { Question } from "@/lib/framework/types";
import { formatDate } from "@/lib/format";
import { refuseAsNotFound } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Members’ responses" };
export const dynamic = "force-dynamic";

export default async function MemberResponsesPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor, ctx, records } = await loadAssessmentPage((await params).id);
  const summary = memberResponses(actor, ctx.assessment.id);
  if (!summary) return refuseAsNotFound(actor, "read:member-responses:own", { partnershipId: ctx.partnership.id });
  const base = `/assessments/${ctx.assessment.id}`;
  return (
    <>
      <Link href={base} className="govuk-back-link">
        Back to the sections
      </Link>
      <span className="govuk-caption-l">
        {ctx.partnership.name} · {ctx.cycle.label}
      </span>
      <h1 className="govuk-heading-l">Members&rsquo; responses</h1>

      <h2 className="govuk-heading-m">Who has responded</h2>
      {summary.respondents.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Members who have responded</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Member
              </th>
              <th scope="col" className="govuk-table__header">
                Organisation
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Questions answered
              </th>
              <th scope="col" className="govuk-table__header">
                Last saved
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {summary.respondents.map((r) => (
              <tr key={r.userId ?? r.name} className="govuk-table__row">
                <td className="govuk-table__cell">{r.name ?? "Former member"}</td>
                <td className="govuk-table__cell">{r.organisation ?? "Not recorded"}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{r.answered}</td>
                <td className="govuk-table__cell">{r.lastSavedAt ? formatDate(r.lastSavedAt) : "Not yet"}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">
              {s.title}: partnership and member answers
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-!-width-one-third">
                  Question
                </th>
                <th scope="col" className="govuk-table__header">
                  Partnership&rsquo;s answer
                </th>
                <th scope="col" className="govuk-table__header">
                  Members&rsquo; answers
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {s.questionIds.map((qid) => {
                const q = getQuestion(ctx.framework, qid) as Question;
                const consolidated = describeAnswer(q, records.get(qid)?.value, ctx.partnership.level);
                const memberAnswers = summary.answersByQuestion.get(qid) ?? [];
                const counts = new Map<string, string[]>();
                for (const a of memberAnswers) {
                  const text = describeAnswer(q, a.value, ctx.partnership.level);
                  counts.set(text, [...(counts.get(text) ?? []), a.organisation ?? a.name ?? "A member"]);
                }
                const differs = counts.size > 1 || (counts.size === 1 && !counts.has(consolidated) && records.has(qid));
                return (
                  <tr key={qid} className="govuk-table__row">
                    <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                      {q.text}
                    </th>
                    <td className="govuk-table__cell">{consolidated}</td>
                    <td className="govuk-table__cell">
                      {memberAnswers.length === 0 ? (
                        "No member answers yet"
                      ) : (
                        <>
                          {differs && (
                            <strong className="govuk-tag govuk-tag--orange govuk-!-margin-bottom-1">
                              Answers differ
                            </strong>
                          )}
                          <ul className="govuk-list govuk-!-margin-bottom-0">
                            {[...counts].map(([text, who]) => (
                              <li key={text}>
                                {text}: {who.length} ({who.join(", ")})
                              </li>
                            ))}
                          </ul>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
