import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { getResults } from "@/lib/results/data.server";
import { partnershipIdOfAssessment } from "@/lib/assessment/data.server";
import { getQuestion } from "@/lib/framework";
import { describeAnswer } from "@/lib/assessment/describe";
import { idParam } from "@/lib/params";

export const metadata: Metadata = { title: "What changed" };
export const dynamic = "force-dynamic";

export default async function ChangesPage({ params }: { params: Promise<{ id: string }> }) {
  const assessmentId = idParam((await params).id);
  const actor = await requireActor();
  const r = getResults(actor, assessmentId);
  if (!r) {
    await auditDenied(actor, "read:assessment", { partnershipId: partnershipIdOfAssessment(assessmentId) });
    notFound();
  }
  const fw = r.ctx.framework;
  const dimName = (id: string | null) =>
    id ? (fw.dimensions.find((d) => d.id === id)?.name ?? id) : "Partnership profile";
  return (
    <>
      <Link href={`/assessments/${assessmentId}/results`} className="govuk-back-link">
        Back to the results
      </Link>
      <span className="govuk-caption-l">{r.ctx.partnership.name}</span>
      <h1 className="govuk-heading-l">What changed since {r.previous?.cycleLabel ?? "last year"}</h1>
      {!r.changes ? (
        <p className="govuk-body">There is no earlier submitted self-review to compare with.</p>
      ) : (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Dimensions</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Dimension
                </th>
                <th scope="col" className="govuk-table__header">
                  {r.previous!.cycleLabel}
                </th>
                <th scope="col" className="govuk-table__header">
                  {r.ctx.cycle.label}
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Change in score
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {r.changes.dimensions.map((d) => (
                <tr key={d.dimensionId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {dimName(d.dimensionId)}
                  </th>
                  <td className="govuk-table__cell">
                    Stage {d.before.stage} ({d.before.score ?? "–"})
                  </td>
                  <td className="govuk-table__cell">
                    Stage {d.after.stage} ({d.after.score ?? "–"})
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {d.before.score !== null && d.after.score !== null
                      ? `${d.after.score - d.before.score > 0 ? "+" : ""}${d.after.score - d.before.score}`
                      : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 className="govuk-heading-m">Answers that changed ({r.changes.answers.length})</h2>
          {r.changes.answers.length === 0 ? (
            <p className="govuk-body">No answer changed.</p>
          ) : (
            <table className="govuk-table" data-testid="changed-answers">
              <caption className="govuk-table__caption govuk-visually-hidden">
                Answers that changed, and how each moved its dimension&rsquo;s score
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header govuk-!-width-one-third">
                    Question
                  </th>
                  <th scope="col" className="govuk-table__header">
                    {r.previous!.cycleLabel}
                  </th>
                  <th scope="col" className="govuk-table__header">
                    {r.ctx.cycle.label}
                  </th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                    Effect on score
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {r.changes.answers.map((c) => {
                  const q = getQuestion(fw, c.questionId)!;
                  return (
                    <tr key={c.questionId} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                        {q.text}
                        <span className="govuk-body-s govuk-!-display-block">{dimName(c.dimensionId)}</span>
                      </th>
                      <td className="govuk-table__cell">{describeAnswer(q, c.before, r.ctx.partnership.level)}</td>
                      <td className="govuk-table__cell">{describeAnswer(q, c.after, r.ctx.partnership.level)}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">
                        {c.scoreEffect === null ? "Not scored" : `${c.scoreEffect > 0 ? "+" : ""}${c.scoreEffect}`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
