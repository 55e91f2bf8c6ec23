import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { formatDate } from "@/lib/format";
import { TwoThirds } from "@/components/ui/Grid";
import { Panel } from "@/components/ui/Panel";

export const metadata: Metadata = { title: "Self-review submitted" };
export const dynamic = "force-dynamic";

export default async function SubmittedPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await loadAssessmentPage((await params).id);
  if (ctx.assessment.status !== "submitted") notFound();
  return (
    <TwoThirds>
      <Panel title="Self-review submitted">
        {ctx.partnership.name}, {ctx.cycle.label}
        <br />
        on {formatDate(ctx.assessment.submittedAt!)}
      </Panel>
      <h2 className="govuk-heading-m">What happens next</h2>
      <p className="govuk-body">
        The answers are locked and the partnership&rsquo;s scores and stages for {ctx.cycle.label} have been recorded
        with the framework version used.
      </p>
      <p className="govuk-body">
        If something needs correcting, a coordinator can reopen the self-review until the cycle closes on{" "}
        {formatDate(ctx.cycle.closesOn)}.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" href={`/assessments/${ctx.assessment.id}`}>
          View the submitted self-review
        </Link>
      </p>
    </TwoThirds>
  );
}
