import { startErrorMessage } from "@/lib/assessment/rules";
import type { Metadata } from "next";
import { partnershipPageTitle } from "@/lib/partnership/title.server";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getPartnershipFor } from "@/lib/partnership/data.server";
import { getOpenCycle } from "@/lib/national/cycles.server";
import { countMemberResponses, findAssessment, latestSubmittedAssessment } from "@/lib/assessment/data.server";
import { can } from "@/lib/auth/permissions";
import { StartAssessmentButton } from "./StartAssessmentButton";
import { idParam } from "@/lib/params";
import { LEVEL_LABELS, NATION_LABELS, PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";
import { formatDate } from "@/lib/format";
import { ButtonLink } from "@/components/ui/ButtonLink";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { Table } from "@/components/ui/Table";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: await partnershipPageTitle("Partnership", (await params).id) };
}

export default async function PartnershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ startError?: string | string[] }>;
}) {
  const partnershipId = idParam((await params).id);
  // A code from the address, shown only as the app's own words for it.
  const startError = startErrorMessage((await searchParams).startError) ?? undefined;
  const actor = await requirePermission("read:partnership", { partnershipId });
  const p = getPartnershipFor(actor, partnershipId);
  if (!p) notFound();
  const cycle = getOpenCycle();
  const assessment = cycle ? findAssessment(actor, p.id, cycle.id) : null;
  const isCoordinator = can(actor, "update:assessment:own", { partnershipId: p.id });
  const latestSubmitted = latestSubmittedAssessment(actor, p.id);
  const canExport = can(actor, "export:partnership", { partnershipId: p.id });

  return (
    <>
      <PageHeading caption={`${LEVEL_LABELS[p.level]} partnership`}>{p.name}</PageHeading>

      {cycle ? (
        <>
          <h2 className="govuk-heading-m">{cycle.label} self-review</h2>
          <div className="govuk-inset-text">
            The {cycle.label} annual self-review is open until {formatDate(cycle.closesOn)}.
            {assessment && (
              <>
                {" "}
                Status:{" "}
                <strong>
                  {assessment.status === "submitted"
                    ? `submitted on ${formatDate(assessment.submittedAt!)}`
                    : "in progress"}
                </strong>
                {isCoordinator && ` · ${countMemberResponses(assessment.id)} member response(s)`}.
              </>
            )}
          </div>
          {!assessment && isCoordinator && (
            <StartAssessmentButton
              partnershipId={String(p.id)}
              label={`Start the ${cycle.label} self-review`}
              error={startError}
            />
          )}
          {!assessment && !isCoordinator && (
            <p className="govuk-body">
              The partnership&rsquo;s coordinator has not started this year&rsquo;s self-review yet.
            </p>
          )}
          {assessment && (
            <ButtonLink href={`/assessments/${assessment.id}`}>
              {p.relation === "member"
                ? "Give your organisation’s response"
                : isCoordinator
                  ? assessment.status === "submitted"
                    ? "View the self-review"
                    : "Continue the self-review"
                  : "View the self-review"}
            </ButtonLink>
          )}
        </>
      ) : (
        <div className="govuk-inset-text">No annual self-review cycle is open at the moment.</div>
      )}

      <h2 className="govuk-heading-m">Results and planning</h2>
      <ul className="govuk-list">
        {latestSubmitted && (
          <li>
            <Link className="govuk-link" href={`/assessments/${latestSubmitted.id}/results`}>
              Results of the {latestSubmitted.cycleLabel} self-review
            </Link>
          </li>
        )}
        <li>
          <Link className="govuk-link" href={`/partnerships/${p.id}/action-plan`}>
            Action plan
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href={`/partnerships/${p.id}/trends`}>
            Trends across every year
          </Link>
        </li>
        {canExport && (
          <li>
            Download everything recorded, every year:{" "}
            <a className="govuk-link" href={`/api/partnerships/${p.id}/export.json`}>
              JSON
            </a>{" "}
            or{" "}
            <a className="govuk-link" href={`/api/partnerships/${p.id}/export.csv`}>
              CSV
            </a>
          </li>
        )}
      </ul>

      <h2 className="govuk-heading-m">About the partnership</h2>
      <SummaryList
        rows={[
          { key: "Level", value: LEVEL_LABELS[p.level] },
          { key: "Nation", value: NATION_LABELS[p.nation] },
          { key: "Police force areas", value: p.forceAreas.join(", ") || "None recorded" },
          { key: "Year established", value: p.yearEstablished ?? "Not recorded" },
          { key: "Part of", value: p.parent ? p.parent.name : "Not part of a wider partnership" },
          p.children.length > 0 && {
            key: "Includes",
            value: (
              <ul className="govuk-list">
                {p.children.map((c) => (
                  <li key={c.id}>{c.name}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />

      {p.members && (
        <>
          <h2 className="govuk-heading-m">People using the toolkit</h2>
          {p.relation === "coordinator" && (
            <p className="govuk-body">
              <Link className="govuk-link" href={`/partnerships/${p.id}/invitations`}>
                Invite members to respond for their organisation
              </Link>
            </p>
          )}
          <Table
            caption="Coordinators and members"
            captionSize="hidden"
            rows={p.members}
            columns={[
              {
                header: "Name",
                cell: (m) => (
                  <>
                    {m.name}
                    <br />
                    <span className="govuk-body-s">{m.email}</span>
                  </>
                ),
              },
              { header: "Organisation", cell: (m) => m.organisation ?? "Not recorded" },
              { header: "Role", cell: (m) => PARTNERSHIP_ROLE_LABELS[m.role] },
            ]}
          />
        </>
      )}
      {p.relation === "admin" && (
        <p className="govuk-body">
          <Link className="govuk-link" href={`/admin/partnerships/${p.id}`}>
            Edit this partnership
          </Link>
        </p>
      )}
    </>
  );
}
