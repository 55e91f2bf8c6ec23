import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { listReviewersWithAssignments, listAssignableCycles } from "@/lib/admin/users.server";
import { partnershipOptions } from "@/lib/national/data.server";
import { NationalHeading } from "@/components/NationalNav";
import { AddAssignmentForm, RemoveButton } from "@/app/admin/users/[id]/UserAccessForms";

export const metadata: Metadata = { title: "Peer-review assignments" };
export const dynamic = "force-dynamic";

export default async function AssignmentsPage() {
  const actor = await requirePermission("manage:assignments");
  const reviewers = listReviewersWithAssignments(actor);
  const partnerships = partnershipOptions(actor).map((p) => ({ id: p.id, name: p.name }));
  const cycles = listAssignableCycles();
  return (
    <>
      <NationalHeading current="/national/assignments">Peer-review assignments</NationalHeading>
      {reviewers.length === 0 && (
        <p className="govuk-body">There are no peer reviewers yet. An administrator creates their accounts.</p>
      )}
      {reviewers.map((r) => (
        <section key={r.id} aria-labelledby={`reviewer-${r.id}`} className="app-result-card">
          <h2 className="govuk-heading-m" id={`reviewer-${r.id}`}>
            {r.name}
          </h2>
          <p className="govuk-body-s">{r.email}</p>
          {r.assignments.length ? (
            <ul className="govuk-list">
              {r.assignments.map((a) => (
                <li key={a.id}>
                  <Link className="govuk-link" href={`/peer-reviews/${a.id}`}>
                    {a.partnershipName}
                  </Link>{" "}
                  ({a.cycleLabel}){" "}
                  <RemoveButton
                    kind="assignment"
                    input={{ assignmentId: String(a.id) }}
                    label={`Remove ${r.name}'s assignment to ${a.partnershipName} (${a.cycleLabel})`}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="govuk-body">No assignments.</p>
          )}
          <AddAssignmentForm reviewerUserId={String(r.id)} partnerships={partnerships} cycles={cycles} />
        </section>
      ))}
    </>
  );
}
