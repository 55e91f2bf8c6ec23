import Link from "@/components/Link";
import type { Question, Framework, Level } from "@/lib/framework/types";
import type { AnswerRecord } from "@/lib/assessment/types";
import type { Section } from "@/lib/assessment/rules";
import { describeAnswer } from "@/lib/assessment/describe";
import { getQuestion } from "@/lib/framework";
import { LEVEL_PHRASE, notOfferedIn } from "@/lib/framework/levels";

/**
 * GOV.UK summary list of one section's answers, with Change links when they can be changed. Where
 * they can, an answer choosing an option the partnership's level is no longer offered is flagged.
 */
export function SectionAnswers({
  framework,
  section,
  records,
  changeBase,
  level,
}: {
  framework: Framework;
  section: Section;
  records: Map<string, AnswerRecord>;
  changeBase: string | null;
  level: Level;
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
                {describeAnswer(q, r?.value, level)}
                {r?.needsConfirmation && (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--yellow">
                      Carried over from {r.carriedOverFrom} — confirm or change
                    </strong>
                  </>
                )}
                {changeBase && notOfferedIn(q, r?.value, level).length > 0 && (
                  <>
                    <br />
                    <strong className="govuk-tag govuk-tag--yellow" data-testid={`not-offered-${qid}`}>
                      Not offered to {LEVEL_PHRASE[level]} — give a new answer
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
