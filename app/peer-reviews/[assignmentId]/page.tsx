import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requireActor, auditDenied } from "@/lib/auth/guard";
import { visitPack } from "@/lib/peer-review/visit-pack.server";
import { idParam } from "@/lib/params";
import { PrintButton } from "@/components/PrintButton";
import { LEVEL_LABELS, PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";
import { getFramework } from "@/lib/framework";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { Table } from "@/components/ui/Table";
import { Tag } from "@/components/ui/Tag";
import { formatDate } from "@/lib/format";

const dimName = (id: string) => getFramework()!.dimensions.find((d) => d.id === id)?.name ?? id;

export const metadata: Metadata = { title: "Visit pack" };
export const dynamic = "force-dynamic";

const KIND_LABELS = {
  "low-stage": "Low stage",
  "evidence-missing": "Evidence missing",
  "evidence-out-of-date": "Evidence out of date",
  "evidence-future": "Evidence dated in the future",
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
      <PageHeading back={{ href: "/", text: "Back to your peer reviews" }} caption={`Peer review ${a.cycleLabel}`}>
        Visit pack: {p.name}
      </PageHeading>
      <div className="app-no-print">
        <PrintButton />
        {a.canRecord && pack.reviewed && (
          <p className="govuk-body">
            <Link className="govuk-link" href={`/peer-reviews/${a.id}/record`}>
              Record the review
            </Link>
          </p>
        )}
      </div>
      <h2 className="govuk-heading-m">The partnership</h2>
      <SummaryList
        rows={[
          { key: "Level", value: LEVEL_LABELS[p.level] },
          { key: "Police force areas", value: pack.forceAreas.join(", ") },
          {
            key: "People using the toolkit",
            value:
              pack.people
                .map(
                  (m) => `${m.name} (${PARTNERSHIP_ROLE_LABELS[m.role]}${m.organisation ? `, ${m.organisation}` : ""})`,
                )
                .join("; ") || "None",
          },
          ...(pack.reviewed ? pack.profile!.map((q) => ({ id: q.id, key: q.text, value: q.answer })) : []),
        ]}
      />
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
          <Table
            testId="pack-coverage"
            caption={
              <>
                Stage, score and coverage by dimension (coverage: the share of answers given from knowledge rather than
                &lsquo;Don&rsquo;t know&rsquo;; low coverage is a good line of enquiry)
              </>
            }
            captionSize="s"
            rows={pack.scores!}
            columns={[
              { header: "Dimension", rowHeader: "regular", cell: (s) => dimName(s.dimensionId) },
              {
                header: "Stage",
                cell: (s) =>
                  `${s.stage.index} ${s.stage.name}${s.heldBy ? ` (${s.heldBy.needed} is needed for stage ${s.heldBy.stage.index})` : ""}`,
              },
              { header: "Score", numeric: true, cell: (s) => s.score ?? "–" },
              {
                header: "Coverage",
                numeric: true,
                cell: (s) => (s.coverage === undefined || s.coverage === null ? "–" : `${s.coverage}%`),
              },
            ]}
          />
          <p className="govuk-body" data-testid="strengths">
            <strong>Strengths:</strong>{" "}
            {pack.strengths!.length
              ? `${pack.strengths!.map((s) => `${s.name} (stage ${s.stage.index} ${s.stage.name}, ${s.score})`).join("; ")}.`
              : "none yet above stage 2."}
          </p>
          <p className="govuk-body">
            <strong>Areas for development:</strong>{" "}
            {pack.development!.map((s) => `${s.name} (stage ${s.stage.index} ${s.stage.name}, ${s.score})`).join("; ")}.
          </p>

          {pack.comments!.length > 0 && (
            <>
              <h2 className="govuk-heading-m">What the partnership added</h2>
              <SummaryList
                rows={pack.comments!.map((c) => ({
                  id: `comment-${c.sectionId}`,
                  key: c.section,
                  value: <span className="app-pre-wrap app-break-anywhere">{c.body}</span>,
                }))}
              />
            </>
          )}

          <h2 className="govuk-heading-m app-page-break-before">Lines of enquiry ({pack.lines!.length})</h2>
          <ol className="govuk-list govuk-list--number" data-testid="lines-of-enquiry">
            {pack.lines!.map((l, i) => (
              <li key={i} className="app-result-card" data-kind={l.kind}>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <Tag colour="orange">{KIND_LABELS[l.kind]}</Tag> {l.reason}
                </p>
                <p className="govuk-body-s govuk-!-margin-bottom-1">Ask: {l.questions.join(" ")}</p>
                <p className="govuk-body-s">Ask of: {l.askOf.join(", ")}</p>
              </li>
            ))}
          </ol>

          <h2 className="govuk-heading-m app-page-break-before">Documents to request</h2>
          <Table
            caption="Documents to request"
            captionSize="hidden"
            rows={pack.documents!}
            columns={[
              {
                header: "Document",
                cell: (d) => (
                  <>
                    {d.question}
                    {d.prompt && <span className="govuk-body-s govuk-!-display-block">{d.prompt}</span>}
                  </>
                ),
              },
              { header: "What the partnership said", cell: (d) => d.answer },
              {
                header: "Uploaded document",
                cell: (d) =>
                  d.file ? (
                    <span data-testid="visit-pack-document">
                      <a
                        className="govuk-link"
                        href={`/api/assessments/${d.file.assessmentId}/evidence/${d.file.questionId}`}
                        download
                      >
                        {d.file.fileName}
                      </a>
                      <span className="govuk-body-s govuk-!-display-block">Dated {formatDate(d.file.date)}</span>
                      {d.file.outOfDate && <Tag colour="orange">Out of date</Tag>}
                    </span>
                  ) : (
                    "None"
                  ),
              },
            ]}
          />

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
