import Link from "@/components/Link";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { StagesSummary } from "./StagesSummary";
import { dimensionRows, summaryRows } from "./dimension-rows";
import { TopRecommendations } from "./TopRecommendations";
import { loadResults, resultsTitle } from "./load-results";
import { planSummary, recommendationsInPlan } from "@/lib/action-plan/rules";
import { todayIso } from "@/lib/format";
import { RANKING_RULE, topRecommendations } from "@/lib/results/top-recommendations";
import { ResultsHeading } from "./ResultsHeading";

export const generateMetadata = resultsTitle("Results");
export const dynamic = "force-dynamic";

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { assessmentId, r } = await loadResults(params);
  const { ctx, previous } = r;
  const dims = dimensionRows(r);
  const base = `/assessments/${assessmentId}`;
  const inPlan = recommendationsInPlan(r.actions);
  const top = topRecommendations(r.recommendations);

  return (
    <>
      <ResultsHeading r={r} back={{ href: base, text: "Back to the self-review" }} />
      <div className="app-no-print">
        {/* The whole report (every dimension, every recommendation) is printed from a page of its own. */}
        <ButtonLink href={`${base}/results/report`} secondary>
          Print or save as PDF
        </ButtonLink>
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
      <StagesSummary
        rows={summaryRows(r, dims)}
        currentLabel={ctx.cycle.label}
        previousLabel={r.previous?.cycleLabel}
        peerReview={!!r.validated}
        targets={r.targetsForThisYear.size > 0}
        hrefPrefix={`${base}/results/dimensions#`}
      />

      {r.validated?.feedback && (
        <div className="govuk-inset-text" data-testid="review-feedback">
          <strong>Peer review feedback:</strong> {r.validated.feedback}
        </div>
      )}
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" href={`${base}/results/dimensions`} data-testid="all-dimensions">
          See every dimension in detail
        </Link>{" "}
        (what holds each at its stage, what would move it to the next, how sure the answers are and how far members
        agree), or select a dimension’s name in the table.
      </p>

      <h2 className="govuk-heading-m app-page-break-before">Recommendations</h2>
      <p className="govuk-body">
        {RANKING_RULE} Where one serves one of the twelve recommendations of the 2017 report, it says which; most of
        those ask national government for something, and are labelled as national asks with what the partnership can do
        locally.
      </p>
      {r.recommendations.length === 0 && (
        <p className="govuk-body">No recommendations: every dimension is at its highest stage.</p>
      )}
      <TopRecommendations
        assessmentId={String(assessmentId)}
        canPlan={r.canPlan}
        recommendations={top.top.map((rec) => ({
          recommendationId: rec.id,
          priority: rec.priority,
          text: rec.text,
          why: rec.why,
          where: `${rec.dimensionName} · ${rec.reason}`,
          serves: rec.reportRecommendations
            .map((rr) => `report recommendation ${rr.id}${rr.audience === "national" ? " (a national ask)" : ""}`)
            .join(", "),
          inPlan: inPlan.has(rec.id),
        }))}
      />
      {top.more > 0 && (
        <p className="govuk-body app-no-print">
          <Link className="govuk-link" href={`${base}/results/recommendations`} data-testid="all-recommendations">
            See all {r.recommendations.length} recommendations ({top.more} more)
          </Link>
        </p>
      )}

      <h2 className="govuk-heading-m app-page-break-before">Action plan</h2>
      {/* A sentence, not the table: the plan's own page lists every action (and the report prints them). */}
      <p className="govuk-body" data-testid="plan-summary">
        {planSummary(r.actions, todayIso())}{" "}
        <Link className="govuk-link" href={`/partnerships/${ctx.partnership.id}/action-plan`}>
          See the action plan
        </Link>
      </p>
    </>
  );
}
