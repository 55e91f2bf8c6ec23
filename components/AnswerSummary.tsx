import type { Question, Framework, Level } from "@/lib/framework/types";
import type { AnswerRecord } from "@/lib/assessment/types";
import type { Section } from "@/lib/assessment/rules";
import { describeAnswer } from "@/lib/assessment/describe";
import { getQuestion } from "@/lib/framework";
import { LEVEL_PHRASE, notOfferedIn } from "@/lib/framework/levels";
import { SummaryList } from "@/components/ui/SummaryList";
import { Tag } from "@/components/ui/Tag";

/**
 * GOV.UK summary list of one section's answers, with Change links when they can be changed. Where
 * they can, an answer choosing an option the partnership's level is no longer offered is flagged.
 */
export function SectionAnswers({
  framework,
  section,
  records,
  changeBase,
  returnTo,
  level,
}: {
  framework: Framework;
  section: Section;
  records: Map<string, AnswerRecord>;
  changeBase: string | null;
  /** The check page the Change links come back to once the answer is saved. */
  returnTo: CheckPage;
  level: Level;
}) {
  return (
    <SummaryList
      rows={section.topics.flatMap((t) =>
        t.questionIds.map((qid) => {
          const q = getQuestion(framework, qid) as Question;
          const r = records.get(qid);
          return {
            id: qid,
            key: q.text,
            value: (
              <>
                {describeAnswer(q, r?.value, level)}
                {r?.needsConfirmation && (
                  <>
                    <br />
                    <Tag colour="yellow">Carried over from {r.carriedOverFrom} — confirm or change</Tag>
                  </>
                )}
                {changeBase && notOfferedIn(q, r?.value, level).length > 0 && (
                  <>
                    <br />
                    <Tag colour="yellow" testId={`not-offered-${qid}`}>
                      Not offered to {LEVEL_PHRASE[level]} — give a new answer
                    </Tag>
                  </>
                )}
              </>
            ),
            change: changeBase ? { href: `${changeBase}/${t.id}?return=${returnTo}`, hidden: q.text } : undefined,
          };
        }),
      )}
    />
  );
}

/** Which check page a question page was opened from: a section's, or the whole self-review's. */
export type CheckPage = "section" | "all";

/** The `return` query parameter, if it names a check page (anything else is ignored). */
export function checkPageToReturnTo(value: string | undefined): CheckPage | null {
  return value === "section" || value === "all" ? value : null;
}
