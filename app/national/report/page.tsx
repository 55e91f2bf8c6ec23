import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalCycles } from "@/lib/national/cycles.server";
import { nationalReport } from "@/lib/national/report.server";
import { TRACKER_STATUS_LABELS, stageTableRows } from "@/lib/national/rules";
import { STAGE_NAMES } from "@/lib/framework/build";
import { CycleField, NationalHeading } from "@/components/NationalNav";
import { PrintButton } from "@/components/PrintButton";
import { FilterForm } from "@/components/ui/FilterForm";
import { Table } from "@/components/ui/Table";
import { FigureSection } from "../figures/FigureSection";
import { ActionPlanLine } from "../figures/ActionPlanLine";
import { StageDistributionTable } from "../OverviewTables";

export const metadata: Metadata = { title: "National report" };
export const dynamic = "force-dynamic";

// The national report for a cycle, on one page that prints (or saves as PDF through the browser):
// what the Commissioner's office would otherwise put together by hand each year.
export default async function NationalReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, params.cycle);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const r = nationalReport(actor, cycle.id)!;
  const o = r.overview;
  return (
    <>
      <NationalHeading current="/national/report">National report {cycle.label}</NationalHeading>
      <FilterForm submit="Show" secondary compact>
        <CycleField cycles={cycles} current={cycle.id} inline />
      </FilterForm>
      <PrintButton />
      <p className="govuk-body-l" data-testid="report-summary">
        {o.submitted} of {r.partnerships} partnerships submitted their {cycle.label} self-review;{" "}
        {r.notSubmitted.length} {r.notSubmitted.length === 1 ? "has" : "have"} not.
      </p>

      <h2 className="govuk-heading-m">Stages, dimension by dimension</h2>
      <StageDistributionTable
        testId="report-stages"
        caption={`How many of the ${o.submitted} submitted self-reviews reached each stage, as self-assessed (framework version ${o.frameworkVersion})`}
        stageNames={STAGE_NAMES}
        rows={stageTableRows(o.stageDistribution)}
      />

      <h2 className="govuk-heading-m app-page-break-before">The 2017 report&rsquo;s figures 5–14, from this year</h2>
      <ActionPlanLine plans={o.actionPlan} testId="report-action-plans" />
      {o.figures.map((f) => (
        <FigureSection key={f.id} figure={f} cycleLabel={cycle.label} headingLevel={3} />
      ))}

      <h2 className="govuk-heading-m app-page-break-before">Partnerships that have not submitted</h2>
      {r.notSubmitted.length ? (
        <Table
          testId="report-not-submitted"
          caption={`${r.notSubmitted.length} partnerships without a submitted ${cycle.label} self-review`}
          captionSize="s"
          rows={r.notSubmitted}
          rowKey={(p) => p.id}
          columns={[
            { header: "Partnership", rowHeader: "regular", cell: (p) => p.name },
            {
              header: "Progress",
              cell: (p) =>
                p.status === "in_progress"
                  ? `${TRACKER_STATUS_LABELS[p.status]}: ${p.sectionsDone} of ${r.sections} sections`
                  : TRACKER_STATUS_LABELS[p.status],
            },
            {
              header: "Coordinator",
              className: "app-break-anywhere",
              cell: (p) =>
                p.coordinators.length ? p.coordinators.map((c) => `${c.name} (${c.email})`).join("; ") : "None",
            },
          ]}
        />
      ) : (
        <p className="govuk-body">Every partnership has submitted.</p>
      )}

      <h2 className="govuk-heading-m">The most common recommendations</h2>
      {r.recommendations.top.length ? (
        <Table
          testId="report-recommendations"
          caption={`Made to the most partnerships, of the ${r.recommendations.from} with a submitted self-review`}
          captionSize="s"
          rows={r.recommendations.top}
          rowKey={(x) => x.id}
          columns={[
            { header: "Recommendation", rowHeader: "regular", cell: (x) => x.text },
            { header: "Dimension", cell: (x) => x.dimensionName },
            { header: "Partnerships", numeric: true, cell: (x) => x.partnerships },
          ]}
        />
      ) : (
        <p className="govuk-body">No self-review has been submitted in {cycle.label} yet.</p>
      )}
    </>
  );
}
