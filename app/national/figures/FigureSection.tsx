// One of the report's Figures 5–14 drawn from a cycle's answers: its categories (a bar per share,
// the 2017 report's share marked on it), the 2017 figures beside today's as numbers, and the
// report's words where it gives none. Used by the figures page and the national report.
import type { FigureTable } from "@/lib/national/overview.server";
import { ordinal } from "@/lib/national/rules";
import { Table } from "@/components/ui/Table";

export function FigureSection({
  figure: f,
  cycleLabel,
  csvHref,
  headingLevel = 2,
}: {
  figure: FigureTable;
  cycleLabel: string;
  csvHref?: string;
  headingLevel?: 2 | 3;
}) {
  const c = f.against2017;
  const markerFor = (category: string) => c.numbers.find((x) => x.what === category && x.marker !== undefined);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`fig-${f.id}`} className="govuk-!-margin-bottom-6">
      <Heading className={headingLevel === 2 ? "govuk-heading-m" : "govuk-heading-s"} id={`fig-${f.id}`}>
        {f.figure}: {f.title}
      </Heading>
      <Table
        testId={`figure-${f.figure.replace(" ", "-")}`}
        caption={
          <>
            {f.respondents} partnerships answered
            {csvHref && (
              <>
                {" · "}
                <a className="govuk-link" href={csvHref}>
                  CSV
                </a>
              </>
            )}
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
            { header: cycleLabel, cell: (x) => x.today },
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
}
