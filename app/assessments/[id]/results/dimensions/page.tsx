// Every dimension's result in detail, one card each with an anchor the summary's table links to:
// the results page itself carries only the summary, so that it stays light (issue 19).
import type { Metadata } from "next";
import { titleOr } from "@/lib/page-title";
import { PageHeading } from "@/components/ui/PageHeading";
import { partnershipSectionComments } from "@/lib/assessment/comments.server";
import { DimensionResults } from "../DimensionResult";
import { dimensionRows } from "../dimension-rows";
import { loadResults } from "../load-results";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return titleOr("Dimension by dimension", async () => {
    const { r } = await loadResults(params);
    return `Dimension by dimension: ${r.ctx.cycle.label} self-review, ${r.ctx.partnership.name}`;
  });
}

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
