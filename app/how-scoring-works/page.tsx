import type { Metadata } from "next";
import Link from "@/components/Link";
import { CURRENT_FRAMEWORK_VERSION, getFramework, listFrameworkVersions, publishedFramework } from "@/lib/framework";
import { sourceText } from "@/lib/assessment/source";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { Table } from "@/components/ui/Table";
import { BandsAndConditions } from "./BandsAndConditions";
import { DimensionRules } from "./DimensionRules";

export const metadata: Metadata = { title: "How scoring works" };

export default async function HowScoringWorksPage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const requested = (await searchParams).version;
  const versions = listFrameworkVersions();
  const version = versions.some((v) => v.version === requested) ? requested! : CURRENT_FRAMEWORK_VERSION;
  const fw = publishedFramework(getFramework(version)!);
  return (
    <>
      <PageHeading caption={`Framework version ${fw.version}, released ${fw.releasedOn}`}>
        How scoring works
      </PageHeading>
      <p className="govuk-body-l">
        Every question, stage and recommendation rests on a passage of the 2017 report &ldquo;Collaborating for
        freedom&rdquo; or Van Dyke&rsquo;s 2017 study of partnership practice. This page shows all of it, with its
        source. The same data is published as JSON at{" "}
        <a className="govuk-link" href={`/api/framework/${fw.version}`}>
          /api/framework/{fw.version}
        </a>
        .
      </p>
      {versions.length > 1 && (
        <p className="govuk-body">
          Other versions:{" "}
          {versions
            .filter((v) => v.version !== fw.version)
            .map((v) => (
              <Link
                key={v.version}
                className="govuk-link govuk-!-margin-right-2"
                href={`/how-scoring-works?version=${v.version}`}
              >
                {v.version}
              </Link>
            ))}
        </p>
      )}

      <h2 className="govuk-heading-m">The rules</h2>
      <SummaryList
        rows={Object.entries(fw.scoring).map(([k, v]) => ({
          key: k.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()),
          value: v,
        }))}
      />

      {fw.scoringModel === "bands-and-conditions" && <BandsAndConditions framework={getFramework(version)!} />}

      <h2 className="govuk-heading-m">Contents</h2>
      <ul className="govuk-list">
        {fw.dimensions.map((d) => (
          <li key={d.id}>
            <a className="govuk-link" href={`#dimension-${d.id}`}>
              {d.name}
            </a>
          </li>
        ))}
        <li>
          <a className="govuk-link" href="#profile">
            Partnership profile (not scored)
          </a>
        </li>
        <li>
          <a className="govuk-link" href="#recommendations">
            Recommendations
          </a>
        </li>
      </ul>

      {fw.dimensions.map((d) => (
        <DimensionRules key={d.id} fw={fw} d={d} />
      ))}

      <h2 className="govuk-heading-l govuk-!-margin-top-8" id="profile">
        Partnership profile (not scored)
      </h2>
      <p className="govuk-body">
        These questions describe the partnership in the categories of the report&rsquo;s Figures 5 to 14, so that the
        national picture can be drawn again each year. They never change a score.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {fw.profile.map((q) => (
          <li key={q.id}>
            {q.text} <span className="govuk-body-s">({sourceText(q.source)})</span>
          </li>
        ))}
      </ul>

      <h2 className="govuk-heading-l govuk-!-margin-top-8" id="recommendations">
        Recommendations
      </h2>
      <p className="govuk-body">
        The report makes twelve recommendations. The toolkit&rsquo;s recommendations each rest on one or more of them,
        and point to practice examples.
      </p>
      <SummaryList rows={fw.reportRecommendations.map((r) => ({ key: `${r.id} · ${r.theme}`, value: r.text }))} />
      <Table
        caption="The toolkit’s recommendations"
        rows={fw.recommendations}
        columns={[
          {
            header: "Recommendation",
            width: "one-half",
            cell: (r) => (
              <>
                {r.text}
                <span className="govuk-body-s govuk-!-display-block">{sourceText(r.source)}</span>
              </>
            ),
          },
          { header: "Report", cell: (r) => r.reportRecommendation.join(", ") },
          { header: "Practice examples", cell: (r) => r.examples.map((e) => e.name).join("; ") || "—" },
        ]}
      />
    </>
  );
}
