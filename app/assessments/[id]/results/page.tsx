import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import Link from "@/components/Link";
import { LazyStageRadar } from "@/components/charts/LazyCharts";
import { PrintButton } from "@/components/PrintButton";
import { ActionTable } from "@/components/ActionTable";
import { formatDate } from "@/lib/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";
import { Tag } from "@/components/ui/Tag";
import { DimensionResult } from "./DimensionResult";
import { RecommendationList } from "./RecommendationList";
import { loadResults } from "./load-results";
import { recommendationsInPlan } from "@/lib/action-plan/rules";
import { partnershipSectionComments } from "@/lib/assessment/comments.server";
import { RANKING_RULE, topRecommendations } from "@/lib/results/top-recommendations";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titleOr("Results", async () => {
    const { r } = await loadResults(params);
    return `Results: ${r.ctx.cycle.label} self-review, ${r.ctx.partnership.name}`;
  });
}
export const dynamic = "force-dynamic";

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { assessmentId, r } = await loadResults(params);
  const { ctx, scores, previous } = r;
  const fw = ctx.framework;
  const comments = partnershipSectionComments(ctx);
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
  const inPlan = recommendationsInPlan(r.actions);
  const top = topRecommendations(r.recommendations);

  return (
    <>
      <PageHeading back={{ href: base, text: "Back to the self-review" }} caption={ctx.partnership.name}>
        Results {ctx.cycle.label} {!r.final && <Tag colour="yellow">Provisional</Tag>}
      </PageHeading>
      <p className="govuk-body">
        {r.final
          ? `Final results, as submitted on ${formatDate(ctx.assessment.submittedAt!)} (framework version ${scores.version}).`
          : "Provisional: these results change as answers are saved, until the self-review is submitted."}
      </p>
      <p className="govuk-body app-print-only" data-testid="print-header">
        {ctx.partnership.name} · {ctx.cycle.label} self-review · {r.final ? "final" : "provisional"} results · printed
        on {formatDate(new Date().toISOString())}
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
          <Table
            testId="stages-table"
            caption={`Stage (1–5) and score (0–100) of each dimension${previous ? `, with ${previous.cycleLabel}` : ""}`}
            captionSize="s"
            captionId="stages-table-caption"
            rows={dims}
            columns={[
              { header: "Dimension", rowHeader: "regular", cell: ({ d }) => d.name },
              {
                header: ctx.cycle.label,
                cell: ({ s }) => (
                  <>
                    {s.stage.index} {s.stage.name} ({s.score ?? "–"})
                    {s.coverage !== undefined && s.coverage !== null && (
                      <span className="govuk-body-s govuk-!-display-block">Coverage {s.coverage}%</span>
                    )}
                  </>
                ),
              },
              previous && {
                header: previous.cycleLabel,
                cell: ({ prev }) => (prev ? `${prev.stage.index} ${prev.stage.name} (${prev.score ?? "–"})` : "–"),
              },
              r.validated && {
                header: "Peer review",
                cell: ({ d }) => {
                  const v = r.validated!.stages.get(d.id);
                  return v ? `${v.stage} (validated)` : "–";
                },
              },
              r.targetsForThisYear.size > 0 && {
                header: "Target",
                cell: ({ s, target }) =>
                  target ? (s.stage.index >= target ? `${target}: reached` : `${target}: not yet`) : "–",
              },
            ]}
          />
        </div>
      </div>

      {r.validated?.feedback && (
        <div className="govuk-inset-text" data-testid="review-feedback">
          <strong>Peer review feedback:</strong> {r.validated.feedback}
        </div>
      )}
      <h2 className="govuk-heading-m app-page-break-before">Dimension by dimension</h2>
      {dims.map(({ d, s, prev, stage, spread }) => (
        <DimensionResult
          key={d.id}
          d={d}
          s={s}
          prev={prev}
          previousLabel={previous?.cycleLabel}
          descriptor={stage.descriptor}
          spread={spread}
          validated={r.validated?.stages.get(d.id)}
          scoringModel={fw.scoringModel}
          comment={comments.get(d.id)?.body}
        />
      ))}

      <h2 className="govuk-heading-m app-page-break-before">Recommendations</h2>
      <p className="govuk-body">
        {RANKING_RULE} Where one serves one of the twelve recommendations of the 2017 report, it says which; most of
        those ask national government for something, and are labelled as national asks with what the partnership can do
        locally.
      </p>
      {r.recommendations.length === 0 && (
        <p className="govuk-body">No recommendations: every dimension is at its highest stage.</p>
      )}
      <RecommendationList
        assessmentId={assessmentId}
        recommendations={top.top}
        canPlan={r.canPlan}
        inPlan={inPlan}
        compact
      />
      {top.more > 0 && (
        <p className="govuk-body app-no-print">
          <Link className="govuk-link" href={`${base}/results/recommendations`} data-testid="all-recommendations">
            See all {r.recommendations.length} recommendations ({top.more} more)
          </Link>
        </p>
      )}

      <h2 className="govuk-heading-m app-page-break-before">Action plan</h2>
      {r.actions.length ? (
        <ActionTable rows={r.actions} caption="Every action, from every year" dimensionName={dimName} />
      ) : (
        <p className="govuk-body">No actions yet. Add recommendations to the plan above.</p>
      )}
    </>
  );
}
