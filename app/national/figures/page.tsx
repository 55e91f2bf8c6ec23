import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { nationalOverview } from "@/lib/national/overview.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { readFilters } from "@/lib/national/schemas";
import { filtersQuery, figuresCsvHref, ordinal } from "@/lib/national/rules";
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
        self-reviews.{" "}
        <a className="govuk-link" href={csv()}>
          Download every figure (CSV)
        </a>
      </p>
      <p className="govuk-body" data-testid="action-plans">
        {`Action plans: ${o.actionPlan.withPlan} of ${o.actionPlan.answered} submitted self-reviews (${
          o.actionPlan.answered ? Math.round((100 * o.actionPlan.withPlan) / o.actionPlan.answered) : 0
        }%) report a current action plan.`}
        {o.actionPlan.baseline.map((b) => (
          <span key={b.statement}>
            {" "}
            2017 report: {b.underPercent !== null ? `under ${b.underPercent}% had one` : ""} (&ldquo;{b.statement}
            &rdquo;).
          </span>
        ))}
      </p>
      <p className="govuk-body">
        Where the 2017 report gives a number, a share or a rank, it is shown beside this year&rsquo;s as numbers, and
        its share as a black line across this year&rsquo;s bar; its words are quoted only where it gives no number.
      </p>
      {o.figures.map((f) => {
        const c = f.against2017;
        const markerFor = (category: string) => c.numbers.find((x) => x.what === category && x.marker !== undefined);
        return (
          <section key={f.id} aria-labelledby={`fig-${f.id}`} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m" id={`fig-${f.id}`}>
              {f.figure}: {f.title}
            </h2>
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
              rows={c.rows}
              columns={[
                { header: "Category", rowHeader: "regular", cell: (r) => r.category },
                { header: "Partnerships", numeric: true, cell: (r) => r.n },
                {
                  header: "Share",
                  width: "one-third",
                  cell: (r) => {
                    const m = markerFor(r.category);
                    return (
                      <>
                        <span className="app-share" aria-hidden="true">
                          <span className="app-share__bar" style={{ width: `${r.share}%` }} />
                          {m && <span className="app-share__2017" style={{ left: `${m.marker}%` }} />}
                        </span>{" "}
                        {r.share}%
                      </>
                    );
                  },
                },
                { header: "Rank", numeric: true, cell: (r) => ordinal(r.rank) },
              ]}
            />
            {c.numbers.length > 0 && (
              <Table
                testId={`against-2017-${f.figure.replace(" ", "-")}`}
                caption="Beside the 2017 report"
                captionSize="s"
                rows={c.numbers}
                columns={[
                  { header: "Measure", rowHeader: "regular", cell: (x) => x.what },
                  { header: "2017 report", cell: (x) => x.y2017 },
                  { header: `${cycle.label}`, cell: (x) => x.today },
                ]}
              />
            )}
            {c.wording.length > 0 && (
              <div className="govuk-inset-text govuk-!-margin-top-0">
                The 2017 report, where it gives no number: {c.wording.map((w) => `“${w}”`).join(" ")}
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
