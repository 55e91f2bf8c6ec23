// The results' heading, status line and print-only header: the same on the summary and on the
// printable report.
import { formatDate } from "@/lib/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { Tag } from "@/components/ui/Tag";
import type { Results } from "./load-results";

export function ResultsHeading({ r, back }: { r: Results; back: { href: string; text: string } }) {
  const { ctx, scores } = r;
  return (
    <>
      <PageHeading back={back} caption={ctx.partnership.name}>
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
    </>
  );
}
