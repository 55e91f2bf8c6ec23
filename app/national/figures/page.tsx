import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalOverview } from "@/lib/national/overview.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { readFilters } from "@/lib/national/schemas";
import { filtersQuery, figuresCsvHref } from "@/lib/national/rules";
import { NationalHeading } from "@/components/NationalNav";
import { Table } from "@/components/ui/Table";

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
        self-reviews, each beside what the 2017 report&rsquo;s text says.{" "}
        <a className="govuk-link" href={csv()}>
          Download every figure (CSV)
        </a>
      </p>
      <p className="govuk-body">
        Action plans: {o.actionPlan.withPlan} of {o.actionPlan.answered} submitted self-reviews report a current action
        plan.
        {o.actionPlan.baseline.length > 0 && <> 2017: &ldquo;{o.actionPlan.baseline[0]}&rdquo;</>}
      </p>
      {o.figures.map((f) => (
        <section key={f.id} aria-labelledby={`fig-${f.id}`} className="govuk-!-margin-bottom-6">
          <h2 className="govuk-heading-m" id={`fig-${f.id}`}>
            {f.figure}: {f.title}
          </h2>
          {f.baseline.length > 0 && (
            <div className="govuk-inset-text govuk-!-margin-top-0">
              2017 baseline: {f.baseline.map((b) => `“${b.statement}”`).join(" ")}
            </div>
          )}
          <Table
            testId={`figure-${f.figure.replace(" ", "-")}`}
            caption={
              <>
                {f.respondents} partnerships answered ·{" "}
                <a className="govuk-link" href={csv(f.figure)}>
                  CSV
                </a>
              </>
            }
            captionSize="s"
            rows={f.rows}
            columns={[
              { header: "Category (as in the report)", rowHeader: "regular", cell: (r) => r.label },
              { header: "Partnerships", numeric: true, cell: (r) => r.n },
              {
                header: "Share",
                width: "one-third",
                cell: (r) => (
                  <>
                    <span className="app-bar" style={{ width: `${r.share}%` }} aria-hidden="true" /> {r.share}%
                  </>
                ),
              },
            ]}
          />
        </section>
      ))}
    </>
  );
}
