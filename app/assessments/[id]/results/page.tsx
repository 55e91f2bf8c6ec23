import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { getResults } from "@/lib/results/data.server";
import { partnershipIdOfAssessment } from "@/lib/assessment/data.server";
import { idParam } from "@/lib/params";
import { LazyStageRadar } from "@/components/charts/LazyCharts";
import { PrintButton } from "@/components/PrintButton";
import { ActionTable } from "@/components/ActionTable";
import { formatDate } from "@/lib/format";
import { AddToPlanButton } from "./AddToPlanButton";

export const metadata: Metadata = { title: "Results" };
export const dynamic = "force-dynamic";

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const assessmentId = idParam((await params).id);
  const actor = await requireActor();
  const r = getResults(actor, assessmentId);
  if (!r) {
    await auditDenied(actor, "read:assessment", { partnershipId: partnershipIdOfAssessment(assessmentId) });
    notFound();
  }
  const { ctx, scores, previous } = r;
  const fw = ctx.framework;
  const dims = fw.dimensions.map((d, i) => {
    const s = scores.dimensions.find((x) => x.dimensionId === d.id) ?? scores.dimensions[i]!;
    const prev = previous?.scores.dimensions.find((x) => x.dimensionId === d.id) ?? null;
    const stage = d.stages[s.stage.index - 1]!;
    return {
      d,
      s,
      prev,
      stage,
      spread: r.spread.find((x) => x.dimensionId === d.id),
      target: r.targetsForThisYear.get(d.id) ?? null,
    };
  });
  const base = `/assessments/${assessmentId}`;
  const dimName = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;
  const inPlan = new Set(
    r.actions.filter((a) => a.status !== "done" && a.status !== "dropped").map((a) => a.recommendationId),
  );

  return (
    <>
      <Link href={base} className="govuk-back-link app-no-print">
        Back to the self-review
      </Link>
      <span className="govuk-caption-l">{ctx.partnership.name}</span>
      <h1 className="govuk-heading-l">
        Results {ctx.cycle.label} {!r.final && <strong className="govuk-tag govuk-tag--yellow">Provisional</strong>}
      </h1>
      <p className="govuk-body">
        {r.final
          ? `Final results, as submitted on ${formatDate(ctx.assessment.submittedAt!)} (framework version ${scores.version}).`
          : "Provisional: these results change as answers are saved, until the self-review is submitted."}
      </p>
      <div className="app-no-print">
        <PrintButton />
        <p className="govuk-body">
          <a
            className="govuk-link govuk-!-margin-right-4"
            href={`/api/assessments/${assessmentId}/results.csv`}
            download
          >
            Download the results (CSV)
          </a>
          {previous && (
            <Link className="govuk-link govuk-!-margin-right-4" href={`${base}/changes`}>
              What changed since {previous.cycleLabel}
            </Link>
          )}
          <Link className="govuk-link govuk-!-margin-right-4" href={`/partnerships/${ctx.partnership.id}/trends`}>
            Trends across every year
          </Link>
          <Link className="govuk-link" href={`/partnerships/${ctx.partnership.id}/action-plan`}>
            Action plan
          </Link>
        </p>
      </div>

      <h2 className="govuk-heading-m">Summary</h2>
      <div className="govuk-grid-row app-keep-together">
        <div className="govuk-grid-column-one-half">
          <figure className="govuk-!-margin-0" aria-describedby="stages-table-caption">
            <LazyStageRadar
              data={dims.map(({ d, s, prev }) => ({
                dimension: d.name,
                current: s.stage.index,
                previous: prev?.stage.index ?? null,
              }))}
              currentLabel={ctx.cycle.label}
              previousLabel={previous?.cycleLabel}
            />
          </figure>
        </div>
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table" data-testid="stages-table">
            <caption className="govuk-table__caption govuk-table__caption--s" id="stages-table-caption">
              Stage (1–5) and score (0–100) of each dimension{previous ? `, with ${previous.cycleLabel}` : ""}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Dimension
                </th>
                <th scope="col" className="govuk-table__header">
                  {ctx.cycle.label}
                </th>
                {previous && (
                  <th scope="col" className="govuk-table__header">
                    {previous.cycleLabel}
                  </th>
                )}
                {r.validated && (
                  <th scope="col" className="govuk-table__header">
                    Peer review
                  </th>
                )}
                {r.targetsForThisYear.size > 0 && (
                  <th scope="col" className="govuk-table__header">
                    Target
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {dims.map(({ d, s, prev, target }) => (
                <tr key={d.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {d.name}
                  </th>
                  <td className="govuk-table__cell">
                    {s.stage.index} {s.stage.name} ({s.score ?? "–"})
                    {s.coverage !== undefined && s.coverage !== null && (
                      <span className="govuk-body-s govuk-!-display-block">Coverage {s.coverage}%</span>
                    )}
                  </td>
                  {previous && (
                    <td className="govuk-table__cell">
                      {prev ? `${prev.stage.index} ${prev.stage.name} (${prev.score ?? "–"})` : "–"}
                    </td>
                  )}
                  {r.validated && (
                    <td className="govuk-table__cell">
                      {r.validated.stages.get(d.id) ? `${r.validated.stages.get(d.id)!.stage} (validated)` : "–"}
                    </td>
                  )}
                  {r.targetsForThisYear.size > 0 && (
                    <td className="govuk-table__cell">
                      {target ? (s.stage.index >= target ? `${target}: reached` : `${target}: not yet`) : "–"}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      {r.validated?.feedback && (
        <div className="govuk-inset-text" data-testid="review-feedback">
          <strong>Peer review feedback:</strong> {r.validated.feedback}
        </div>
      )}
      <h2 className="govuk-heading-m app-page-break-before">Dimension by dimension</h2>
      {dims.map(({ d, s, prev, stage, spread }) => (
        <section key={d.id} className="app-result-card" aria-labelledby={`result-${d.id}`}>
          <h3 className="govuk-heading-s" id={`result-${d.id}`}>
            {d.name}
          </h3>
          <p className="govuk-body">
            <strong className="govuk-tag govuk-tag--blue">
              Stage {s.stage.index} of 5: {s.stage.name}
            </strong>{" "}
            Score {s.score ?? "not yet available"}
            {s.score !== null && " out of 100"}
            {s.coverage !== undefined && s.coverage !== null && ` · Coverage ${s.coverage}%`}
            {prev && ` · ${previous!.cycleLabel}: stage ${prev.stage.index} (${prev.score ?? "–"})`}
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
              Low coverage: {100 - s.coverage}% of the answers in this dimension were ‘Don’t know’. The stage rests on
              the answers given from knowledge; finding out the rest is a good next step.
            </p>
          )}
          <p className="govuk-body">{stage.descriptor}</p>
          {r.validated?.stages.get(d.id) && (
            <p className="govuk-body" data-testid={`validated-${d.id}`}>
              <strong>Peer review:</strong> validated at stage {r.validated.stages.get(d.id)!.stage}
              {r.validated.stages.get(d.id)!.stage === s.stage.index
                ? " (agrees with the self-assessment)"
                : ` — ${r.validated.stages.get(d.id)!.reason ?? ""}`}
              {r.validated.stages.get(d.id)!.findings ? `. Findings: ${r.validated.stages.get(d.id)!.findings}` : ""}
            </p>
          )}
          {(s.dontKnow > 0 || s.notApplicable > 0 || (s.doneElsewhere ?? 0) > 0 || s.unanswered > 0) && (
            <p className="govuk-body-s">
              {[
                s.dontKnow
                  ? `${s.dontKnow} answered ‘Don’t know’ (${
                      fw.scoringModel === "bands-and-conditions"
                        ? "left out of the score; lowers coverage"
                        : "counted as 0"
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
              <h4 className="govuk-heading-s govuk-!-font-size-16 govuk-!-margin-bottom-1">
                What would move the partnership to {s.nextStage.name}
              </h4>
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
      ))}

      <h2 className="govuk-heading-m app-page-break-before">Recommendations</h2>
      <p className="govuk-body">
        In order of priority: the lowest stages and the foundations first. Where one serves one of the twelve
        recommendations of the 2017 report, it says which; most of those ask national government for something, and are
        labelled as national asks with what the partnership can do locally.
      </p>
      {r.recommendations.length === 0 && (
        <p className="govuk-body">No recommendations: every dimension is at its highest stage.</p>
      )}
      <ol className="govuk-list govuk-list--number">
        {r.recommendations.map((rec) => (
          <li key={rec.id} className="app-result-card">
            <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{rec.text}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              {rec.dimensionName} · {rec.reason}
            </p>
            {rec.reportRecommendations.map((rr) =>
              rr.audience === "national" ? (
                <p key={rr.id} className="govuk-body-s govuk-!-margin-bottom-1" data-testid={`national-ask-${rr.id}`}>
                  <strong>National ask</strong>: Report recommendation {rr.id} (to government and national bodies):{" "}
                  {rr.text} <strong>What you can do locally:</strong> {rr.localAction}
                </p>
              ) : (
                <p key={rr.id} className="govuk-body-s govuk-!-margin-bottom-1">
                  Report recommendation {rr.id} (for partnerships): {rr.text}
                </p>
              ),
            )}
            {rec.examples.length > 0 && (
              <details className="govuk-details govuk-!-margin-bottom-2">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">
                    Practice examples ({rec.examples.map((e) => e.name).join(", ")})
                  </span>
                </summary>
                <div className="govuk-details__text">
                  <ul className="govuk-list">
                    {rec.examples.map((e) => (
                      <li key={e.name}>
                        <strong>{e.name}</strong>: {e.summary}
                      </li>
                    ))}
                  </ul>
                </div>
              </details>
            )}
            {r.canPlan &&
              (inPlan.has(rec.id) ? (
                <p className="govuk-body-s">In the action plan.</p>
              ) : (
                <AddToPlanButton assessmentId={String(assessmentId)} recommendationId={rec.id} title={rec.text} />
              ))}
          </li>
        ))}
      </ol>

      <h2 className="govuk-heading-m app-page-break-before">Action plan</h2>
      {r.actions.length ? (
        <ActionTable rows={r.actions} caption="Every action, from every year" dimensionName={dimName} />
      ) : (
        <p className="govuk-body">No actions yet. Add recommendations to the plan above.</p>
      )}
    </>
  );
}
