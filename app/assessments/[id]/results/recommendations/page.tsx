// Every recommendation, in priority order, with its practice examples: the results page shows only
// the first few (lib/results/top-recommendations.ts) so that it stays light.
import { PageHeading } from "@/components/ui/PageHeading";
import { recommendationsInPlan } from "@/lib/action-plan/rules";
import { RANKING_RULE } from "@/lib/results/top-recommendations";
import { RecommendationList } from "../RecommendationList";
import { loadResults, resultsTitle } from "../load-results";

export const dynamic = "force-dynamic";

export const generateMetadata = resultsTitle("All recommendations");

export default async function AllRecommendationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { assessmentId, r } = await loadResults(params);
  return (
    <>
      <PageHeading
        back={{ href: `/assessments/${assessmentId}/results`, text: "Back to the results" }}
        caption={`${r.ctx.partnership.name}, ${r.ctx.cycle.label}`}
      >
        All recommendations
      </PageHeading>
      <p className="govuk-body">{RANKING_RULE}</p>
      {r.recommendations.length === 0 ? (
        <p className="govuk-body">No recommendations: every dimension is at its highest stage.</p>
      ) : (
        <RecommendationList
          assessmentId={assessmentId}
          recommendations={r.recommendations}
          canPlan={r.canPlan}
          inPlan={recommendationsInPlan(r.actions)}
        />
      )}
    </>
  );
}
