import { startErrorMessage } from "@/lib/assessment/rules";
import type { Metadata } from "next";
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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Partnership" };

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
  const canExport = p.relation === "coordinator" || p.relation === "commissioner" || p.relation === "reviewer";

  return (
    <>
      <span className="govuk-caption-l">{LEVEL_LABELS[p.level]} partnership</span>
      <h1 className="govuk-heading-l">{p.name}</h1>

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
            <Link href={`/assessments/${assessment.id}`} className="govuk-button" role="button" draggable={false}>
              {p.relation === "member"
                ? "Give your organisation’s response"
                : isCoordinator
                  ? assessment.status === "submitted"
                    ? "View the self-review"
                    : "Continue the self-review"
                  : "View the self-review"}
            </Link>
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
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Level</dt>
          <dd className="govuk-summary-list__value">{LEVEL_LABELS[p.level]}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Nation</dt>
          <dd className="govuk-summary-list__value">{NATION_LABELS[p.nation]}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Police force areas</dt>
          <dd className="govuk-summary-list__value">{p.forceAreas.join(", ") || "None recorded"}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Year established</dt>
          <dd className="govuk-summary-list__value">{p.yearEstablished ?? "Not recorded"}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Part of</dt>
          <dd className="govuk-summary-list__value">{p.parent ? p.parent.name : "Not part of a wider partnership"}</dd>
        </div>
        {p.children.length > 0 && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Includes</dt>
            <dd className="govuk-summary-list__value">
              <ul className="govuk-list">
                {p.children.map((c) => (
                  <li key={c.id}>{c.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

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
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Coordinators and members</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Organisation
                </th>
                <th scope="col" className="govuk-table__header">
                  Role
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {p.members.map((m) => (
                <tr key={m.userId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    {m.name}
                    <br />
                    <span className="govuk-body-s">{m.email}</span>
                  </td>
                  <td className="govuk-table__cell">{m.organisation ?? "Not recorded"}</td>
                  <td className="govuk-table__cell">{PARTNERSHIP_ROLE_LABELS[m.role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
