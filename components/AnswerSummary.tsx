import type { Question } from "@/lib/framework/types";
import type { AnswerRecord } from "@/lib/data/assessments";
import type { Section } from "@/lib/assessment/sections";
import { describeAnswer } from "@/lib/assessment/describe";
import { getQuestion } from "@/lib/framework";
import type { Framework } from "@/lib/framework/types";
import { SummaryList } from "@/components/ui/SummaryList";
import { Tag } from "@/components/ui/Tag";

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
                {describeAnswer(q, r?.value)}
                {r?.needsConfirmation && (
                  <>
                    <br />
                    <Tag colour="yellow">Carried over from {r.carriedOverFrom} — confirm or change</Tag>
                  </>
                )}
              </>
            ),
            change: changeBase ? { href: `${changeBase}/${t.id}`, hidden: q.text } : undefined,
          };
        }),
      )}
    />
  );
}
