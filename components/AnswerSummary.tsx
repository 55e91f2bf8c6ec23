import Link from "@/components/Link";
import type { Question } from "@/lib/framework/types";
import type { AnswerRecord } from "@/lib/data/assessments";
import type { Section } from "@/lib/assessment/sections";
import { describeAnswer } from "@/lib/assessment/describe";
import { getQuestion } from "@/lib/framework";
import type { Framework } from "@/lib/framework/types";

/** GOV.UK summary list of one section's answers, with Change links when they can be changed. */
export function SectionAnswers({
  framework,
  section,
  records,
  changeBase,
}: {
  framework: Framework;
  section: Section;
  records: Map<string, AnswerRecord>;
  changeBase: string | null;
}) {
  return (
    <dl className="govuk-summary-list">
      {section.topics.flatMap((t) =>
        t.questionIds.map((qid) => {
          const q = getQuestion(framework, qid) as Question;
          const r = records.get(qid);
          return (
            <div key={qid} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{q.text}</dt>
              <dd className="govuk-summary-list__value">
                {describeAnswer(q, r?.value)}
                {r?.needsConfirmation && (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--yellow">
                      Carried over from {r.carriedOverFrom} — confirm or change
                    </strong>
                  </>
                )}
              </dd>
              {changeBase && (
                <dd className="govuk-summary-list__actions">
                  <Link className="govuk-link" href={`${changeBase}/${t.id}`}>
                    Change<span className="govuk-visually-hidden"> {q.text}</span>
                  </Link>
                </dd>
              )}
            </div>
          );
        }),
      )}
    </dl>
  );
}
