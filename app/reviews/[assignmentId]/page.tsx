import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { visitPack } from "@/lib/peer-review/visit-pack.server";
import { idParam } from "@/lib/params";
import { PrintButton } from "@/components/PrintButton";
import { LEVEL_LABELS, PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";
import { getFramework } from "@/lib/framework";

const dimName = (id: string) => getFramework()!.dimensions.find((d) => d.id === id)?.name ?? id;

export const metadata: Metadata = { title: "Visit pack" };
export const dynamic = "force-dynamic";

const KIND_LABELS = {
  "low-stage": "Low stage",
  "evidence-missing": "Evidence missing",
  "evidence-out-of-date": "Evidence out of date",
  "members-disagree": "Members disagree",
  "large-change": "Large change since last year",
  "overdue-action": "Overdue action",
  "dont-know": "“Don’t know” answers",
} as const;

export default async function VisitPackPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const assignmentId = idParam((await params).assignmentId);
  const actor = await requireActor();
  const pack = visitPack(actor, assignmentId);
  if (!pack) {
    await auditDenied(actor, "read:partnership", {});
    notFound();
  }
  const { assignment: a, partnership: p } = pack;
  return (
    <>
      <Link href="/" className="govuk-back-link app-no-print">
        Back to your peer reviews
      </Link>
      <span className="govuk-caption-l">Peer review {a.cycleLabel}</span>
      <h1 className="govuk-heading-l">Visit pack: {p.name}</h1>
      <div className="app-no-print">
        <PrintButton />
        {a.canRecord && pack.reviewed && (
          <p className="govuk-body">
            <Link className="govuk-link" href={`/reviews/${a.id}/record`}>
              Record the review
            </Link>
          </p>
        )}
      </div>
      <h2 className="govuk-heading-m">The partnership</h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Level</dt>
          <dd className="govuk-summary-list__value">{LEVEL_LABELS[p.level]}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Police force areas</dt>
          <dd className="govuk-summary-list__value">{pack.forceAreas.join(", ")}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">People using the toolkit</dt>
          <dd className="govuk-summary-list__value">
            {pack.people
              .map(
                (m) => `${m.name} (${PARTNERSHIP_ROLE_LABELS[m.role]}${m.organisation ? `, ${m.organisation}` : ""})`,
              )
              .join("; ") || "None"}
          </dd>
        </div>
        {pack.reviewed &&
          pack.profile!.map((q) => (
            <div key={q.id} className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{q.text}</dt>
              <dd className="govuk-summary-list__value">{q.answer}</dd>
            </div>
          ))}
      </dl>
      {!pack.reviewed ? (
        <p className="govuk-body">The partnership has not submitted a self-assessment to review yet.</p>
      ) : (
        <>
          <h2 className="govuk-heading-m">Draft position statement</h2>
          <p className="govuk-body" data-testid="pack-version">
            Based on the {pack.reviewed.cycleLabel} self-assessment, read under framework version{" "}
            {pack.reviewed.version}
            {pack.reviewed.recordedVersion !== pack.reviewed.version
              ? ` (it was submitted under ${pack.reviewed.recordedVersion}; its answers are rolled forward and re-scored)`
              : ""}
            .
          </p>
          <table className="govuk-table" data-testid="pack-coverage">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Stage, score and coverage by dimension (coverage: the share of answers given from knowledge rather than
              &lsquo;Don&rsquo;t know&rsquo;; low coverage is a good line of enquiry)
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Dimension
                </th>
                <th scope="col" className="govuk-table__header">
                  Stage
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Score
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Coverage
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {pack.scores!.map((s) => (
                <tr key={s.dimensionId} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                    {dimName(s.dimensionId)}
                  </th>
                  <td className="govuk-table__cell">
                    {s.stage.index} {s.stage.name}
                    {s.heldBy ? ` (${s.heldBy.needed} is needed for stage ${s.heldBy.stage.index})` : ""}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.score ?? "–"}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {s.coverage === undefined || s.coverage === null ? "–" : `${s.coverage}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="govuk-body">
            <strong>Strengths:</strong>{" "}
            {pack.strengths!.map((s) => `${s.name} (stage ${s.stage.index} ${s.stage.name}, ${s.score})`).join("; ")}.
          </p>
          <p className="govuk-body">
            <strong>Areas for development:</strong>{" "}
            {pack.development!.map((s) => `${s.name} (stage ${s.stage.index} ${s.stage.name}, ${s.score})`).join("; ")}.
          </p>

          <h2 className="govuk-heading-m app-page-break-before">Lines of enquiry ({pack.lines!.length})</h2>
          <ol className="govuk-list govuk-list--number" data-testid="lines-of-enquiry">
            {pack.lines!.map((l, i) => (
              <li key={i} className="app-result-card" data-kind={l.kind}>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong className="govuk-tag govuk-tag--orange">{KIND_LABELS[l.kind]}</strong> {l.reason}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">Ask: {l.questions.join(" ")}</p>
                <p className="govuk-body-s">Ask of: {l.askOf.join(", ")}</p>
              </li>
            ))}
          </ol>

          <h2 className="govuk-heading-m app-page-break-before">Documents to request</h2>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Documents to request</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Document
                </th>
                <th scope="col" className="govuk-table__header">
                  What the partnership said
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {pack.documents!.map((d) => (
                <tr key={d.question} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    {d.question}
                    {d.prompt && <span className="govuk-body-s govuk-!-display-block">{d.prompt}</span>}
                  </td>
                  <td className="govuk-table__cell">{d.answer}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2 className="govuk-heading-m">Last review&rsquo;s findings</h2>
          {pack.lastReview ? (
            <p className="govuk-body">
              {pack.lastReview.cycleLabel}: {pack.lastReview.feedback}
            </p>
          ) : (
            <p className="govuk-body">This is the partnership&rsquo;s first peer review.</p>
          )}
        </>
      )}
    </>
  );
}
