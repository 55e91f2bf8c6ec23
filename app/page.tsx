import Link from "@/components/Link";
import { redirect } from "next/navigation";
import { requireActor, can } from "@/lib/auth/guard";
import { listPartnershipsFor } from "@/lib/partnership/data.server";
import { PartnershipTable } from "@/components/PartnershipTable";
import { GLOBAL_ROLE_LABELS } from "@/lib/domain/labels";
import { listMyAssignments } from "@/lib/peer-review/data.server";

export const dynamic = "force-dynamic";

// Each role's home: what that person came to do.
export default async function HomePage() {
  const actor = await requireActor();

  if (can(actor, "manage:users")) {
    return (
      <>
        <span className="govuk-caption-l">{GLOBAL_ROLE_LABELS.admin}</span>
        <h1 className="govuk-heading-l">Administration</h1>
        <ul className="govuk-list govuk-list--spaced">
          <li>
            <Link className="govuk-link" href="/admin/users">
              Manage users, their roles, partnership memberships and peer-review assignments
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href="/admin/partnerships">
              Manage partnerships, their police force areas and parent partnerships
            </Link>
          </li>
          <li>
            <Link className="govuk-link" href="/partnerships">
              View all partnerships
            </Link>
          </li>
        </ul>
      </>
    );
  }

  const partnerships = listPartnershipsFor(actor);

  if (actor.globalRole === "commissioner") {
    return (
      <>
        <span className="govuk-caption-l">{GLOBAL_ROLE_LABELS.commissioner}</span>
        <h1 className="govuk-heading-l">All partnerships</h1>
        <p className="govuk-body">{partnerships.length} partnerships are registered with the toolkit.</p>
        <PartnershipTable partnerships={partnerships} caption="Partnerships" />
      </>
    );
  }

  if (actor.globalRole === "reviewer" && actor.memberships.length === 0) {
    const assignments = listMyAssignments(actor);
    return (
      <>
        <span className="govuk-caption-l">{GLOBAL_ROLE_LABELS.reviewer}</span>
        <h1 className="govuk-heading-l">Your peer reviews</h1>
        {assignments.length ? (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Partnerships assigned to you for peer review
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Partnership
                </th>
                <th scope="col" className="govuk-table__header">
                  Cycle
                </th>
                <th scope="col" className="govuk-table__header">
                  Review
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {assignments.map((a) => (
                <tr key={a.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    {a.cycleClosed ? (
                      a.partnershipName
                    ) : (
                      <Link className="govuk-link" href={`/partnerships/${a.partnershipId}`}>
                        {a.partnershipName}
                      </Link>
                    )}
                  </td>
                  <td className="govuk-table__cell">{a.cycleLabel}</td>
                  <td className="govuk-table__cell">
                    {a.cycleClosed ? (
                      "Cycle closed: the visit pack is no longer available"
                    ) : (
                      <Link className="govuk-link" href={`/reviews/${a.id}`}>
                        Visit pack<span className="govuk-visually-hidden"> for {a.partnershipName}</span>
                      </Link>
                    )}{" "}
                    ({a.status === "published" ? "published" : a.status === "draft" ? "draft saved" : "not started"})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="govuk-body">No partnership has been assigned to you for peer review yet.</p>
        )}
      </>
    );
  }

  if (partnerships.length === 1) redirect(`/partnerships/${partnerships[0]!.id}`);

  return (
    <>
      <h1 className="govuk-heading-l">Your partnerships</h1>
      {partnerships.length ? (
        <PartnershipTable partnerships={partnerships} caption="Partnerships you belong to" showRole />
      ) : (
        <p className="govuk-body">
          Your account is not linked to any partnership yet. Ask your partnership&rsquo;s coordinator or the toolkit
          administrator to add you.
        </p>
      )}
    </>
  );
}
