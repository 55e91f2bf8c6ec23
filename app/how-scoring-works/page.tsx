import type { Metadata } from "next";
import Link from "@/components/Link";
import {
  CURRENT_FRAMEWORK_VERSION,
  getFramework,
  listFrameworkVersions,
  publishedFramework,
  scoreDimension,
} from "@/lib/framework";
import type { AnswerMap, Framework, Predicate } from "@/lib/framework/types";
import { offeredAtText } from "@/lib/framework/levels";
import { sourceText } from "@/lib/assessment/source";

export const metadata: Metadata = { title: "How scoring works" };

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

function QuestionRow({ q }: { q: PublishedQuestion }) {
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1">
          <code>{q.id}</code>
        </span>
        {q.text}
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">{sourceText(q.source)}</span>
      </td>
      <td className="govuk-table__cell">
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
      </td>
    </tr>
  );
}

export default async function HowScoringWorksPage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const requested = (await searchParams).version;
  const versions = listFrameworkVersions();
  const version = versions.some((v) => v.version === requested) ? requested! : CURRENT_FRAMEWORK_VERSION;
  const fw = publishedFramework(getFramework(version)!);
  return (
    <>
      <span className="govuk-caption-l">
        Framework version {fw.version}, released {fw.releasedOn}
      </span>
      <h1 className="govuk-heading-l">How scoring works</h1>
      <p className="govuk-body-l">
        Every question, stage and recommendation rests on a passage of the 2017 report &ldquo;Collaborating for
        freedom&rdquo; or Van Dyke&rsquo;s 2017 study of partnership practice. This page shows all of it, with its
        source. The same data is published as JSON at{" "}
        <a className="govuk-link" href={`/api/framework/${fw.version}`}>
          /api/framework/{fw.version}
        </a>
        .
      </p>
      {versions.length > 1 && (
        <p className="govuk-body">
          Other versions:{" "}
          {versions
            .filter((v) => v.version !== fw.version)
            .map((v) => (
              <Link
                key={v.version}
                className="govuk-link govuk-!-margin-right-2"
                href={`/how-scoring-works?version=${v.version}`}
              >
                {v.version}
              </Link>
            ))}
        </p>
      )}

      <h2 className="govuk-heading-m">The rules</h2>
      <dl className="govuk-summary-list">
        {Object.entries(fw.scoring).map(([k, v]) => (
          <div className="govuk-summary-list__row" key={k}>
            <dt className="govuk-summary-list__key">{k.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())}</dt>
            <dd className="govuk-summary-list__value">{v}</dd>
          </div>
        ))}
      </dl>

      {fw.scoringModel === "bands-and-conditions" && <BandsAndConditions framework={getFramework(version)!} />}

      <h2 className="govuk-heading-m">Contents</h2>
      <ul className="govuk-list">
        {fw.dimensions.map((d) => (
          <li key={d.id}>
            <a className="govuk-link" href={`#dimension-${d.id}`}>
              {d.name}
            </a>
          </li>
        ))}
        <li>
          <a className="govuk-link" href="#profile">
            Partnership profile (not scored)
          </a>
        </li>
        <li>
          <a className="govuk-link" href="#recommendations">
            Recommendations
          </a>
        </li>
      </ul>

      {fw.dimensions.map((d) => (
        <section key={d.id} aria-labelledby={`dimension-${d.id}`}>
          <h2 className="govuk-heading-l govuk-!-margin-top-8" id={`dimension-${d.id}`}>
            {d.name}
          </h2>
          <p className="govuk-body">{d.summary}</p>
          <p className="govuk-body-s">{sourceText(d.source)}</p>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Stages of {d.name}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Stage
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Score from
                </th>
                <th scope="col" className="govuk-table__header">
                  What it looks like
                </th>
                <th scope="col" className="govuk-table__header">
                  Also required
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {d.stages.map((s) => (
                <tr key={s.index} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {s.index}. {s.name}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.threshold}</td>
                  <td className="govuk-table__cell">
                    {s.descriptor}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-top-1">
                      {sourceText(s.source)}
                    </span>
                  </td>
                  <td className="govuk-table__cell">
                    {s.conditions.length ? (
                      <ul className="govuk-list govuk-body-s">
                        {s.conditions.map((c) => (
                          <li key={c.id}>
                            <strong>{c.text}</strong> — {describe(fw, c.requires)}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "Nothing beyond the score"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Questions and points</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header govuk-!-width-one-half">
                  Question and source
                </th>
                <th scope="col" className="govuk-table__header">
                  Answers and points
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {d.questions.map((q) => (
                <QuestionRow key={q.id} q={q} />
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <h2 className="govuk-heading-l govuk-!-margin-top-8" id="profile">
        Partnership profile (not scored)
      </h2>
      <p className="govuk-body">
        These questions describe the partnership in the categories of the report&rsquo;s Figures 5 to 14, so that the
        national picture can be drawn again each year. They never change a score.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {fw.profile.map((q) => (
          <li key={q.id}>
            {q.text} <span className="govuk-body-s">({sourceText(q.source)})</span>
          </li>
        ))}
      </ul>

      <h2 className="govuk-heading-l govuk-!-margin-top-8" id="recommendations">
        Recommendations
      </h2>
      <p className="govuk-body">
        The report makes twelve recommendations. The toolkit&rsquo;s recommendations each rest on one or more of them,
        and point to practice examples.
      </p>
      <dl className="govuk-summary-list">
        {fw.reportRecommendations.map((r) => (
          <div className="govuk-summary-list__row" key={r.id}>
            <dt className="govuk-summary-list__key">
              {r.id} · {r.theme}
            </dt>
            <dd className="govuk-summary-list__value">{r.text}</dd>
          </div>
        ))}
      </dl>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">The toolkit&rsquo;s recommendations</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header govuk-!-width-one-half">
              Recommendation
            </th>
            <th scope="col" className="govuk-table__header">
              Report
            </th>
            <th scope="col" className="govuk-table__header">
              Practice examples
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {fw.recommendations.map((r) => (
            <tr className="govuk-table__row" key={r.id}>
              <td className="govuk-table__cell">
                {r.text}
                <span className="govuk-body-s govuk-!-display-block">{sourceText(r.source)}</span>
              </td>
              <td className="govuk-table__cell">{r.reportRecommendation.join(", ")}</td>
              <td className="govuk-table__cell">{r.examples.map((e) => e.name).join("; ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The worked example's answers: a strategy with everything in place except a current action plan. */
const EXAMPLE: AnswerMap = {
  "strat.shared_objectives": { kind: "choice", option: "place_ambition" },
  "strat.action_plan": { kind: "yesno", answer: "no" },
  "strat.plan_structure": { kind: "choice", option: "four_ps_local" },
  "strat.plan_owners": { kind: "choice", option: "all" },
  "strat.plan_deadlines": { kind: "choice", option: "most" },
  "strat.local_profile": { kind: "yesno", answer: "yes" },
  "strat.beyond_enforcement": { kind: "choice", option: "balanced" },
  "strat.plan_shared": { kind: "dont_know" },
};

/** Bands, conditions, coverage and weights (framework 2026.2 onwards), with a worked example computed live. */
function BandsAndConditions({ framework }: { framework: Framework }) {
  const dim = framework.dimensions.find((d) => d.id === "strat")!;
  const ex = scoreDimension(framework, "strat", EXAMPLE);
  const withPlan = scoreDimension(framework, "strat", {
    ...EXAMPLE,
    "strat.action_plan": { kind: "yesno", answer: "yes" },
  });
  const conditions = framework.dimensions.flatMap((d) =>
    d.stages.flatMap((st) => st.conditions.map((c) => ({ d, st, c }))),
  );
  const weighted = framework.dimensions.flatMap((d) =>
    d.questions.filter((q) => (q.weight ?? 1) !== 1).map((q) => ({ d, q })),
  );
  return (
    <section aria-labelledby="bands-heading">
      <h2 className="govuk-heading-m" id="bands-heading">
        Bands, conditions, coverage and weights
      </h2>
      <p className="govuk-body">
        <strong>Bands.</strong> A dimension&rsquo;s score places it in a band: Forming 0–19, Developing 20–39,
        Established 40–59, Embedded 60–79, Leading 80–100.
      </p>
      <p className="govuk-body">
        <strong>Conditions.</strong> The report ties a few things directly to maturity. Where one of them is known to be
        missing, it holds the dimension below the stage its score would reach, and the result says so in words, for
        example &ldquo;Stage 2: a current action plan is needed for stage 3&rdquo;. A condition resting on a
        &lsquo;Don&rsquo;t know&rsquo; never holds a stage.
      </p>
      <p className="govuk-body">
        <strong>Coverage (confidence).</strong> &lsquo;Don&rsquo;t know&rsquo; is left out of the score. Instead, each
        dimension shows its coverage: how many of its answers were given from knowledge. A question not yet answered is
        not a &lsquo;Don&rsquo;t know&rsquo;: it leaves coverage alone and keeps the result provisional.
      </p>
      <p className="govuk-body">
        <strong>Weights.</strong> What a partnership does counts for more than a checklist of documents: the questions
        below weigh more than 1.
      </p>

      <h3 className="govuk-heading-s">Worked example: {dim.name}</h3>
      <p className="govuk-body">
        A partnership answers every {dim.name.toLowerCase()} question well, but has no current action plan, and
        doesn&rsquo;t know whether the plan was shared with its board:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          Its weighted points are {ex.pointsEarned} of a possible {ex.pointsPossible} (the &lsquo;Don&rsquo;t
          know&rsquo; is left out of both), so its score is 100 × {ex.pointsEarned} ÷ {ex.pointsPossible} = {ex.score}.
        </li>
        <li>
          A score of {ex.score} is in the {ex.bandStage?.name} band (stage {ex.bandStage?.index}).
        </li>
        <li>
          But the condition &ldquo;{ex.heldBy?.needed}&rdquo; belongs to stage {ex.heldBy?.stage.index} and the
          partnership answered that it has none, so the result is:{" "}
          <strong>
            Stage {ex.stage.index}: {ex.heldBy?.needed} is needed for stage {ex.heldBy?.stage.index}
          </strong>
          .
        </li>
        <li>
          Coverage is {ex.coverage}%: {ex.answered} of {ex.answered + ex.dontKnow} answers were given from knowledge.
        </li>
        <li>
          With a current action plan, the same partnership would score {withPlan.score} and reach stage{" "}
          {withPlan.stage.index} ({withPlan.stage.name}).
        </li>
      </ul>

      <table className="govuk-table" data-testid="conditions-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Every condition that can hold a stage, with its source
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Dimension
            </th>
            <th scope="col" className="govuk-table__header">
              Needed for
            </th>
            <th scope="col" className="govuk-table__header">
              Condition
            </th>
            <th scope="col" className="govuk-table__header">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {conditions.map(({ d, st, c }) => (
            <tr key={c.id} className="govuk-table__row">
              <td className="govuk-table__cell">{d.name}</td>
              <td className="govuk-table__cell">
                Stage {st.index} ({st.name})
              </td>
              <td className="govuk-table__cell">
                {c.needed ?? c.text} <code className="govuk-body-s">{c.id}</code>
              </td>
              <td className="govuk-table__cell govuk-body-s">{sourceText(c.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table className="govuk-table" data-testid="weights-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Questions that weigh more than 1</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Dimension
            </th>
            <th scope="col" className="govuk-table__header">
              Question
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Weight
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {weighted.map(({ d, q }) => (
            <tr key={q.id} className="govuk-table__row">
              <td className="govuk-table__cell">{d.name}</td>
              <td className="govuk-table__cell">{q.text}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{q.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
