import Link from "next/link";
import { redirect } from "next/navigation";
import { requireActor, can } from "@/lib/auth/guard";
import { listPartnershipsFor } from "@/lib/data/partnerships";
import { PartnershipTable } from "@/components/PartnershipTable";
import { GLOBAL_ROLE_LABELS } from "@/lib/reference/labels";

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
          <li><Link className="govuk-link" href="/admin/users">Manage users, their roles, partnership memberships and peer-review assignments</Link></li>
          <li><Link className="govuk-link" href="/admin/partnerships">Manage partnerships, their police force areas and parent partnerships</Link></li>
          <li><Link className="govuk-link" href="/partnerships">View all partnerships</Link></li>
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
    return (
      <>
        <span className="govuk-caption-l">{GLOBAL_ROLE_LABELS.reviewer}</span>
        <h1 className="govuk-heading-l">Your peer reviews</h1>
        {partnerships.length ? (
          <PartnershipTable partnerships={partnerships} caption="Partnerships assigned to you for peer review" />
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
          Your account is not linked to any partnership yet. Ask your partnership&rsquo;s coordinator or the toolkit administrator to add you.
        </p>
      )}
    </>
  );
}
