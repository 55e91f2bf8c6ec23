import type { Metadata } from "next";
import Link from "@/components/Link";
import { CURRENT_FRAMEWORK_VERSION, getFramework, listFrameworkVersions, publishedFramework } from "@/lib/framework";
import type { Predicate } from "@/lib/framework/types";
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
            {q.options.map((o) => (
              <li key={o.id}>
                {o.label}: <strong>{o.points}</strong>
              </li>
            ))}
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
