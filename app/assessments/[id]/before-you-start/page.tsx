import type { Metadata } from "next";
import Link from "@/components/Link";
import { loadAssessmentPage } from "@/lib/assessment/page-context";
import { REPORT_RECOMMENDATIONS } from "@/lib/framework";
import { sourceText } from "@/lib/assessment/source";
import {
  TIME_RULE,
  describeMinutes,
  documentsToHand,
  governanceDocuments,
  sectionOverviews,
} from "@/lib/assessment/before-you-start";
import { formatDate } from "@/lib/format";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { Details } from "@/components/ui/Details";
import { PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";

export const metadata: Metadata = { title: "Before you start" };
export const dynamic = "force-dynamic";

// What a self-review covers, how long it takes, who answers, what to have to hand and who sees the
// answers: everything derived from the framework version this self-review uses (lib/assessment/before-you-start.ts).
export default async function BeforeYouStartPage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx } = await loadAssessmentPage((await params).id);
  const { assessment, partnership, cycle, framework, sections } = ctx;
  const base = `/assessments/${assessment.id}`;
  const overview = sectionOverviews(framework, sections);
  const total = overview.reduce((n, s) => n + s.minutes, 0);
  const withoutProfile = overview.filter((s) => s.kind !== "profile").reduce((n, s) => n + s.minutes, 0);
  const documents = documentsToHand(framework, sections);
  const governance = governanceDocuments(framework);
  const annualReview = REPORT_RECOMMENDATIONS.find((r) => r.id === "A2")!;

  return (
    <>
      <PageHeading
        back={{ href: base, text: "Back to the self-review" }}
        caption={`${partnership.name} · ${cycle.label}`}
      >
        Before you start
      </PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            The {cycle.label} self-review asks where the partnership stands in {sections.length - 1} areas of
            anti-slavery partnership working, and about the partnership itself. It is open until{" "}
            {formatDate(cycle.closesOn)}.
          </p>
          <p className="govuk-body">
            It follows the 2017 report &lsquo;Collaborating for freedom: anti-slavery partnerships in the UK&rsquo;
            (Independent Anti-Slavery Commissioner &amp; University of Nottingham), which recommends that partnerships
            monitor their progress &ldquo;on at least an annual basis&rdquo; (Recommendations: Accountability). Answers
            save as you go, so you can stop at any page and come back later.
          </p>

          <h2 className="govuk-heading-m">Who should answer</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="who-answers">
            <li>
              The partnership&rsquo;s coordinator answers every section for the partnership as a whole, including the
              partnership profile, and submits the self-review.
            </li>
            <li>
              Members answer the maturity sections for their own organisation. The coordinator sees who has responded
              and where members&rsquo; answers differ, which helps agree the partnership&rsquo;s answer.
            </li>
            <li>
              The partnership profile (its level, nation, police force areas, year set up, who leads it and its members)
              is answered by the coordinator only.
            </li>
          </ul>

          <h2 className="govuk-heading-m">How long it takes</h2>
          <p className="govuk-body" data-testid="total-time">
            About {describeMinutes(total)} in all, in {sections.length} sections; a member answering the maturity
            sections needs about {describeMinutes(withoutProfile)}. You do not have to do it in one sitting.
          </p>
          <p className="govuk-body-s" data-testid="time-rule">
            How we estimate: {TIME_RULE}
          </p>
        </div>
      </div>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Table
            caption="What it covers, and about how long each section takes"
            testId="sections"
            className="govuk-table--small-text-until-tablet"
            rowKey={(s) => s.id}
            columns={[
              { header: "Section", cell: (s) => s.title, rowHeader: "regular" },
              { header: "Questions", cell: (s) => s.questions, numeric: true },
              { header: "Minutes", cell: (s) => s.minutes, numeric: true },
            ]}
            rows={overview}
          />
          <Details summary="What each section asks about">
            <dl className="govuk-body-s" data-testid="section-summaries">
              {overview.map((s) => (
                <div key={s.id}>
                  <dt className="govuk-!-font-weight-bold">{s.title}</dt>
                  <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-3">
                    {s.summary ??
                      "The partnership itself: its level, area, who leads it, its members, work and funding."}
                  </dd>
                </div>
              ))}
            </dl>
          </Details>
        </div>
      </div>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Documents to have to hand</h2>
          {governance && (
            <p className="govuk-body">
              The report names a partnership&rsquo;s governance documents as{" "}
              {governance.labels.map((l) => l.toLowerCase()).join(", ")} (Glossary: Governance Documents). Have
              whichever of these the partnership has, with their dates, and the documents below.
            </p>
          )}
          <p className="govuk-body">
            Where the answer is yes, these questions ask for the document&rsquo;s details, so that its age can be
            checked:
          </p>
          <ul className="govuk-list govuk-list--bullet" data-testid="documents">
            {documents.map((d) => (
              <li key={d.question}>
                <strong>{d.note}</strong> ({d.sectionTitle}: {d.question})
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">How the answers are used, and who sees them</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="who-sees">
            <li>
              <strong>The partnership:</strong> its coordinators see every answer, each member&rsquo;s response and the
              results. Members see the partnership&rsquo;s results and their own response.
            </li>
            <li>
              <strong>The Independent Anti-Slavery Commissioner&rsquo;s office</strong> sees every partnership&rsquo;s
              submitted scores and stages, nationally and compared with the 2017 baseline, and can read its answers. Its
              anonymised national exports replace the partnership&rsquo;s name with a code.
            </li>
            <li>
              <strong>A peer reviewer</strong> assigned to the partnership for this cycle sees its answers, results and
              a visit pack drawn from them (where the answers are weakest or least certain) until the cycle closes.
            </li>
            <li>
              <strong>Administrators</strong> of the toolkit can read it to support you. Every export and every refused
              access is recorded in the audit log.
            </li>
          </ul>
          <p className="govuk-body">
            Submitting records the scores and locks the answers; a coordinator can reopen it while the cycle is open.
            Next year&rsquo;s self-review starts from this year&rsquo;s answers, each to be confirmed or changed.
          </p>

          <Details summary="Where this comes from">
            <ul className="govuk-list govuk-body-s">
              <li>{sourceText(annualReview.source)}</li>
              {governance && <li>{sourceText(governance.source)}</li>}
              {framework.dimensions.map((d) => (
                <li key={d.id}>
                  {d.name}: {sourceText(d.source)}
                </li>
              ))}
            </ul>
          </Details>

          <ButtonLink href={base}>Go to the sections</ButtonLink>
          <p className="govuk-body">
            <Link className="govuk-link" href="/how-scoring-works">
              How scoring works
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
