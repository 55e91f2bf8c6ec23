import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalOverview } from "@/lib/national/overview.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { readFilters } from "@/lib/national/schemas";
import { filtersQuery, figuresCsvHref } from "@/lib/national/rules";
import { FigureSection } from "./FigureSection";
import { NationalHeading } from "@/components/NationalNav";
import { ActionPlanLine } from "./ActionPlanLine";

export const metadata: Metadata = { title: "The report’s figures" };
export const dynamic = "force-dynamic";

export default async function NationalFiguresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const filters = readFilters(params);
  const { cycle } = nationalCycles(actor, params.cycle);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const o = nationalOverview(actor, cycle.id, filters);
  const q = filtersQuery(filters);
  const csv = (figure?: string) => figuresCsvHref(cycle.id, filters, figure);
  const overviewQuery = new URLSearchParams({ cycle: String(cycle.id), ...Object.fromEntries(new URLSearchParams(q)) });
  return (
    <>
      <NationalHeading
        current="/national"
        back={{ href: `/national?${overviewQuery}`, text: "Back to the overview" }}
        caption={`Commissioner’s office · ${cycle.label}${q ? " · filtered" : ""}`}
      >
        The report&rsquo;s figures, from this year&rsquo;s answers
      </NationalHeading>
      <p className="govuk-body">
        Figures 5–14 of &ldquo;Collaborating for freedom&rdquo; (2017), drawn again from the {o.submitted} submitted
        self-reviews.{" "}
        <a className="govuk-link" href={csv()}>
          Download every figure (CSV)
        </a>
      </p>
      <ActionPlanLine plans={o.actionPlan} testId="action-plans" />
      <p className="govuk-body">
        Where the 2017 report gives a number, a share or a rank, it is shown beside this year&rsquo;s as numbers, and
        its share as a black line across this year&rsquo;s bar; its words are quoted only where it gives no number.
      </p>
      {o.figures.map((f) => (
        <FigureSection key={f.id} figure={f} cycleLabel={cycle.label} csvHref={csv(f.figure)} />
      ))}
    </>
  );
}
