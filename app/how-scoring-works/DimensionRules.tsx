// One dimension of the published framework, as /how-scoring-works shows it: its stages with
// what each needs beyond the score, and every question with the points of each answer.
import type { publishedFramework } from "@/lib/framework";
import type { Predicate } from "@/lib/framework/types";
import { sourceText } from "@/lib/assessment/source";
import { Table } from "@/components/ui/Table";
import { offeredAtText } from "@/lib/framework/levels";

type Published = ReturnType<typeof publishedFramework>;
type PublishedQuestion = Published["dimensions"][number]["questions"][number];

function questionText(fw: Published, id: string): string {
  for (const q of [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)]) if (q.id === id) return q.text;
  return id;
}

function optionLabel(fw: Published, questionId: string, optionId: string): string {
  for (const q of [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)]) {
    if (q.id === questionId && "options" in q) return q.options.find((o) => o.id === optionId)?.label ?? optionId;
  }
  return optionId;
}

/** A stage condition's rule in words. */
function describe(fw: Published, p: Predicate): string {
  if ("allOf" in p) return p.allOf.map((x) => describe(fw, x)).join(" and ");
  if ("anyOf" in p) return `either ${p.anyOf.map((x) => describe(fw, x)).join(", or ")}`;
  if ("not" in p) return `not (${describe(fw, p.not)})`;
  const q = `‘${questionText(fw, p.question)}’`;
  if ("is" in p) return `${q} is answered ‘${optionLabel(fw, p.question, p.is)}’`;
  if ("minPoints" in p) return `${q} earns at least ${p.minPoints} of 4 points`;
  if ("includes" in p) return `${q} includes ‘${optionLabel(fw, p.question, p.includes)}’`;
  if ("maxPoints" in p) return `${q} is answered and earns at most ${p.maxPoints} of 4 points`;
  return `${q} is at least ${p.atLeast}`;
}

function QuestionAndSource({ q }: { q: PublishedQuestion }) {
  return (
    <>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1">
        <code>{q.id}</code>
      </span>
      {q.text}
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{sourceText(q.source)}</span>
    </>
  );
}

function AnswersAndPoints({ q }: { q: PublishedQuestion }) {
  return (
    <>
      {"options" in q && (
        <ul className="govuk-list govuk-body-s">
          {q.options.map((o) =>
            "doneElsewhere" in o && o.doneElsewhere ? (
              // Left out of the score, and offered only where the partnership's level has a level above it.
              <li key={o.id} data-testid={`option-${q.id}-${o.id}`}>
                {o.label}: left out of the score. {offeredAtText(o)}
              </li>
            ) : (
              <li key={o.id}>
                {o.label}: <strong>{o.points}</strong>
              </li>
            ),
          )}
        </ul>
      )}
      {q.type === "number" && "bands" in q && (
        <ul className="govuk-list govuk-body-s">
          {q.bands.map((b) => (
            <li key={b.atLeast}>
              {b.atLeast} or more: <strong>{b.points}</strong>
            </li>
          ))}
        </ul>
      )}
      {q.type === "multi" && "pointsCap" in q && (
        <p className="govuk-body-s">Points added up, to at most {q.pointsCap}.</p>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        Don&rsquo;t know: 0 (counts){q.allowNotApplicable ? " · Not applicable: left out of the score" : ""}
      </p>
    </>
  );
}

export function DimensionRules({ fw, d }: { fw: Published; d: Published["dimensions"][number] }) {
  return (
    <section aria-labelledby={`dimension-${d.id}`}>
      <h2 className="govuk-heading-l govuk-!-margin-top-8" id={`dimension-${d.id}`}>
        {d.name}
      </h2>
      <p className="govuk-body">{d.summary}</p>
      <p className="govuk-body-s">{sourceText(d.source)}</p>
      <Table
        caption={`Stages of ${d.name}`}
        rows={d.stages}
        columns={[
          { header: "Stage", rowHeader: true, cell: (s) => `${s.index}. ${s.name}` },
          { header: "Score from", numeric: true, cell: (s) => s.threshold },
          {
            header: "What it looks like",
            cell: (s) => (
              <>
                {s.descriptor}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{sourceText(s.source)}</span>
              </>
            ),
          },
          {
            header: "Also required",
            cell: (s) =>
              s.conditions.length ? (
                <ul className="govuk-list govuk-body-s">
                  {s.conditions.map((c) => (
                    <li key={c.id}>
                      <strong>{c.text}</strong> — {describe(fw, c.requires)}
                    </li>
                  ))}
                </ul>
              ) : (
                "Nothing beyond the score"
              ),
          },
        ]}
      />
      <Table
        caption="Questions and points"
        captionSize="s"
        rows={d.questions}
        columns={[
          { header: "Question and source", width: "one-half", cell: (q) => <QuestionAndSource q={q} /> },
          { header: "Answers and points", cell: (q) => <AnswersAndPoints q={q} /> },
        ]}
      />
    </section>
  );
}
