import type { Metadata } from "next";
import { getQuestion } from "@/lib/framework";
import { describeAnswer } from "@/lib/assessment/describe";
import { PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";
import { loadResults } from "../results/load-results";

export const metadata: Metadata = { title: "What changed" };
export const dynamic = "force-dynamic";

/** +3, -2, 0: a change in score with its sign. */
const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

export default async function ChangesPage({ params }: { params: Promise<{ id: string }> }) {
  const { assessmentId, r } = await loadResults(params, { withChanges: true });
  const fw = r.ctx.framework;
  const dimName = (id: string | null) =>
    id ? (fw.dimensions.find((d) => d.id === id)?.name ?? id) : "Partnership profile";
  const before = r.previous?.cycleLabel ?? "";
  return (
    <>
      <PageHeading
        back={{ href: `/assessments/${assessmentId}/results`, text: "Back to the results" }}
        caption={r.ctx.partnership.name}
      >
        What changed since {r.previous?.cycleLabel ?? "last year"}
      </PageHeading>
      {!r.changes ? (
        <p className="govuk-body">There is no earlier submitted self-review to compare with.</p>
      ) : (
        <>
          <Table
            caption="Dimensions"
            rows={r.changes.dimensions}
            columns={[
              { header: "Dimension", rowHeader: "regular", cell: (d) => dimName(d.dimensionId) },
              { header: before, cell: (d) => `Stage ${d.before.stage} (${d.before.score ?? "–"})` },
              { header: r.ctx.cycle.label, cell: (d) => `Stage ${d.after.stage} (${d.after.score ?? "–"})` },
              {
                header: "Change in score",
                numeric: true,
                cell: (d) =>
                  d.before.score !== null && d.after.score !== null ? signed(d.after.score - d.before.score) : "–",
              },
            ]}
          />
          <h2 className="govuk-heading-m">Answers that changed ({r.changes.answers.length})</h2>
          {r.changes.answers.length === 0 ? (
            <p className="govuk-body">No answer changed.</p>
          ) : (
            <Table
              testId="changed-answers"
              caption="Answers that changed, and how each moved its dimension’s score"
              captionSize="hidden"
              rows={r.changes.answers.map((c) => ({ ...c, q: getQuestion(fw, c.questionId)! }))}
              columns={[
                {
                  header: "Question",
                  width: "one-third",
                  rowHeader: "regular",
                  cell: (c) => (
                    <>
                      {c.q.text}
                      <span className="govuk-body-s govuk-!-display-block">{dimName(c.dimensionId)}</span>
                    </>
                  ),
                },
                { header: before, cell: (c) => describeAnswer(c.q, c.before, r.ctx.partnership.level) },
                { header: r.ctx.cycle.label, cell: (c) => describeAnswer(c.q, c.after, r.ctx.partnership.level) },
                {
                  header: "Effect on score",
                  numeric: true,
                  cell: (c) => (c.scoreEffect === null ? "Not scored" : signed(c.scoreEffect)),
                },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
