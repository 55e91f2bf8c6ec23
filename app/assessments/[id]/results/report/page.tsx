// The whole results as one report to print or save as PDF (A4 portrait; the print header names the
// partnership, cycle and date, and the browser's footer numbers the pages): the summary, every
// dimension's card, every recommendation with its practice examples open, and the action plan.
// The results page links here rather than printing itself, since it shows only the summary.
import { ActionTable } from "@/components/ActionTable";
import { PrintButton } from "@/components/PrintButton";
import { partnershipSectionComments } from "@/lib/assessment/comments.server";
import { recommendationsInPlan } from "@/lib/action-plan/rules";
import { RANKING_RULE } from "@/lib/results/top-recommendations";
import { DimensionResults } from "../DimensionResult";
import { RecommendationList } from "../RecommendationList";
import { StagesSummary } from "../StagesSummary";
import { dimensionRows, summaryRows } from "../dimension-rows";
import { loadResults, resultsTitle } from "../load-results";
import { ResultsHeading } from "../ResultsHeading";

export const dynamic = "force-dynamic";

export const generateMetadata = resultsTitle("Results report");

export default async function ResultsReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { assessmentId, r } = await loadResults(params);
  const { ctx } = r;
  const fw = ctx.framework;
  const dims = dimensionRows(r);
  const dimName = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;

  return (
    <>
      <ResultsHeading r={r} back={{ href: `/assessments/${assessmentId}/results`, text: "Back to the results" }} />
      <PrintButton />

      <h2 className="govuk-heading-m">Summary</h2>
      <StagesSummary
        rows={summaryRows(r, dims)}
        currentLabel={ctx.cycle.label}
        previousLabel={r.previous?.cycleLabel}
        peerReview={!!r.validated}
        targets={r.targetsForThisYear.size > 0}
        hrefPrefix={"#"}
      />
      {r.validated?.feedback && (
        <div className="govuk-inset-text" data-testid="review-feedback">
          <strong>Peer review feedback:</strong> {r.validated.feedback}
        </div>
      )}

      <h2 className="govuk-heading-m app-page-break-before">Dimension by dimension</h2>
      <DimensionResults r={r} dims={dims} comments={partnershipSectionComments(ctx)} />

      <h2 className="govuk-heading-m app-page-break-before">Recommendations</h2>
      <p className="govuk-body">{RANKING_RULE}</p>
      {r.recommendations.length === 0 ? (
        <p className="govuk-body">No recommendations: every dimension is at its highest stage.</p>
      ) : (
        // A report: no buttons to add to the plan (the results pages have them); the plan follows.
        <RecommendationList
          assessmentId={assessmentId}
          recommendations={r.recommendations}
          canPlan={false}
          inPlan={recommendationsInPlan(r.actions)}
          examplesOpen
        />
      )}

      <h2 className="govuk-heading-m app-page-break-before">Action plan</h2>
      {r.actions.length ? (
        <ActionTable rows={r.actions} caption="Every action, from every year" dimensionName={dimName} />
      ) : (
        <p className="govuk-body">No actions yet.</p>
      )}
    </>
  );
}
