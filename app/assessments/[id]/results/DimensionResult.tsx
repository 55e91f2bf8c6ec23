// One dimension's result: its stage and score, what holds it there, how sure the answers are,
// what would move it to the next stage, and how far members' own answers agree.
import type { Framework } from "@/lib/framework/types";
import { Tag } from "@/components/ui/Tag";
import type { Results } from "./load-results";
import { dimensionAnchor, type DimensionRow } from "./dimension-rows";

type Score = Results["scores"]["dimensions"][number];
type Validated = NonNullable<Results["validated"]>["stages"] extends Map<string, infer V> ? V : never;

export function DimensionResult({
  d,
  s,
  prev,
  previousLabel,
  descriptor,
  spread,
  validated,
  scoringModel,
  comment,
  level = 3,
}: {
  d: { id: string; name: string };
  s: Score;
  prev: Score | null;
  previousLabel?: string;
  descriptor: string;
  spread?: Results["spread"][number];
  validated?: Validated;
  scoringModel: Framework["scoringModel"];
  /** The partnership's comment on the dimension's section of the self-review. */
  comment?: string;
  /** The card's heading level: 2 on a page of the cards alone, 3 under a heading in the report. */
  level?: 2 | 3;
}) {
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as "h3" | "h4";
  return (
    <section className="app-result-card" aria-labelledby={dimensionAnchor(d.id)}>
      <H className="govuk-heading-s" id={dimensionAnchor(d.id)}>
        {d.name}
      </H>
      <p className="govuk-body">
        <Tag colour="blue">
          Stage {s.stage.index} of 5: {s.stage.name}
        </Tag>{" "}
        Score {s.score ?? "not yet available"}
        {s.score !== null && " out of 100"}
        {s.coverage !== undefined && s.coverage !== null && ` · Coverage ${s.coverage}%`}
        {prev && ` · ${previousLabel}: stage ${prev.stage.index} (${prev.score ?? "–"})`}
      </p>
      {s.heldBy && (
        <p className="govuk-body" data-testid={`held-by-${d.id}`}>
          <strong>
            Stage {s.stage.index}: {s.heldBy.needed} is needed for stage {s.heldBy.stage.index}.
          </strong>{" "}
          The score alone would reach stage {s.bandStage?.index} ({s.bandStage?.name}).
        </p>
      )}
      {s.coverage !== undefined && s.coverage !== null && s.coverage < 75 && (
        <p className="govuk-body-s" data-testid={`low-coverage-${d.id}`}>
          Low coverage: {100 - s.coverage}% of the answers in this dimension were ‘Don’t know’. The stage rests on the
          answers given from knowledge; finding out the rest is a good next step.
        </p>
      )}
      <p className="govuk-body">{descriptor}</p>
      {comment && (
        <div className="govuk-inset-text app-pre-wrap app-break-anywhere" data-testid={`comment-${d.id}`}>
          <strong>The partnership’s comment:</strong> {comment}
        </div>
      )}
      {validated && (
        <p className="govuk-body" data-testid={`validated-${d.id}`}>
          <strong>Peer review:</strong> validated at stage {validated.stage}
          {validated.stage === s.stage.index ? " (agrees with the self-assessment)" : ` — ${validated.reason ?? ""}`}
          {validated.findings ? `. Findings: ${validated.findings}` : ""}
        </p>
      )}
      {(s.dontKnow > 0 || s.notApplicable > 0 || (s.doneElsewhere ?? 0) > 0 || s.unanswered > 0) && (
        <p className="govuk-body-s">
          {[
            s.dontKnow
              ? `${s.dontKnow} answered ‘Don’t know’ (${
                  scoringModel === "bands-and-conditions" ? "left out of the score; lowers coverage" : "counted as 0"
                })`
              : null,
            s.notApplicable ? `${s.notApplicable} not applicable (left out)` : null,
            s.doneElsewhere ? `${s.doneElsewhere} done at regional / national level (left out)` : null,
            s.unanswered ? `${s.unanswered} not answered yet` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      )}
      {s.nextStage ? (
        <>
          <Sub className="govuk-heading-s govuk-!-font-size-16 govuk-!-margin-bottom-1">
            What would move the partnership to {s.nextStage.name}
          </Sub>
          <ul className="govuk-list govuk-list--bullet">
            {s.unmetForNextStage.map((u) => (
              <li key={u.conditionId}>{u.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">This is the highest stage.</p>
      )}
      {spread && (
        <p className="govuk-body-s" data-testid={`spread-${d.id}`}>
          {spread.showSpread
            ? `Members’ own scores (${spread.n} members): from ${spread.min} to ${spread.max}, median ${spread.median}.${spread.disagreement ? ` Members disagree: ${spread.disagreementReasons.join("; ")}.` : ""}`
            : `Members’ spread is shown once at least 3 members have answered (${spread.n} so far).`}
        </p>
      )}
    </section>
  );
}

/** Every dimension's card, in the framework's order. */
export function DimensionResults({
  r,
  dims,
  comments,
  level,
}: {
  r: Results;
  dims: DimensionRow[];
  /** The partnership's comment on each dimension's section, by dimension id. */
  comments: Map<string, { body: string }>;
  level?: 2 | 3;
}) {
  return dims.map(({ d, s, prev, stage, spread }) => (
    <DimensionResult
      key={d.id}
      d={d}
      s={s}
      prev={prev}
      previousLabel={r.previous?.cycleLabel}
      descriptor={stage.descriptor}
      spread={spread}
      validated={r.validated?.stages.get(d.id)}
      scoringModel={r.ctx.framework.scoringModel}
      comment={comments.get(d.id)?.body}
      level={level}
    />
  ));
}
