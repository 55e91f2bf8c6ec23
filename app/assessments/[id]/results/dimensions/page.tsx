// Every dimension's result in detail, one card each with an anchor the summary's table links to:
// the results page itself carries only the summary, so that it stays light (issue 19).
import { PageHeading } from "@/components/ui/PageHeading";
import { partnershipSectionComments } from "@/lib/assessment/comments.server";
import { DimensionResults } from "../DimensionResult";
import { dimensionRows } from "../dimension-rows";
import { loadResults, resultsTitle } from "../load-results";

export const dynamic = "force-dynamic";

export const generateMetadata = resultsTitle("Dimension by dimension");

export default async function DimensionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { assessmentId, r } = await loadResults(params);
  return (
    <>
      <PageHeading
        back={{ href: `/assessments/${assessmentId}/results`, text: "Back to the results" }}
        caption={`${r.ctx.partnership.name}, ${r.ctx.cycle.label}${r.final ? "" : " (provisional)"}`}
      >
        Dimension by dimension
      </PageHeading>
      <DimensionResults r={r} dims={dimensionRows(r)} comments={partnershipSectionComments(r.ctx)} level={2} />
    </>
  );
}
