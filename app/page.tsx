import Link from "@/components/Link";
import { redirect } from "next/navigation";
import { requireActor, can } from "@/lib/auth/guard";
import { listPartnershipsFor } from "@/lib/partnership/data.server";
import { PartnershipTable } from "@/components/PartnershipTable";
import { GLOBAL_ROLE_LABELS } from "@/lib/domain/labels";
import { listMyAssignments } from "@/lib/peer-review/data.server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";
import { NotificationBanner } from "@/components/ui/NotificationBanner";

export const dynamic = "force-dynamic";

// Each role's home: what that person came to do.
export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor();

  if (can(actor, "manage:users")) {
    return (
      <>
        <PageHeading caption={GLOBAL_ROLE_LABELS.admin}>Administration</PageHeading>
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
        <PageHeading caption={GLOBAL_ROLE_LABELS.commissioner}>All partnerships</PageHeading>
        <p className="govuk-body">{partnerships.length} partnerships are registered with the toolkit.</p>
        <PartnershipTable partnerships={partnerships} caption="Partnerships" />
      </>
    );
  }

  if (actor.globalRole === "reviewer" && actor.memberships.length === 0) {
    const assignments = listMyAssignments(actor);
    // After publishing: said only when the reviewer's own assignment really is published.
    const { published } = await searchParams;
    const justPublished = assignments.find((a) => String(a.id) === published && a.status === "published");
    return (
      <>
        {justPublished && (
          <NotificationBanner
            success
            titleId="published-title"
            testId="published-banner"
            heading={`Your review of ${justPublished.partnershipName} (${justPublished.cycleLabel}) is published`}
          >
            <p className="govuk-body">The partnership can now see the validated stages and your feedback.</p>
          </NotificationBanner>
        )}
        <PageHeading caption={GLOBAL_ROLE_LABELS.reviewer}>Your peer reviews</PageHeading>
        {assignments.length ? (
          <Table
            caption="Partnerships assigned to you for peer review"
            rows={assignments}
            rowKey={(a) => a.id}
            columns={[
              {
                header: "Partnership",
                cell: (a) =>
                  a.cycleClosed ? (
                    a.partnershipName
                  ) : (
                    <Link className="govuk-link" href={`/partnerships/${a.partnershipId}`}>
                      {a.partnershipName}
                    </Link>
                  ),
              },
              { header: "Cycle", cell: (a) => a.cycleLabel },
              {
                header: "Review",
                cell: (a) => (
                  <>
                    {a.cycleClosed ? (
                      "Cycle closed: the visit pack is no longer available"
                    ) : (
                      <Link className="govuk-link" href={`/peer-reviews/${a.id}`}>
                        Visit pack<span className="govuk-visually-hidden"> for {a.partnershipName}</span>
                      </Link>
                    )}{" "}
                    ({a.status === "published" ? "published" : a.status === "draft" ? "draft saved" : "not started"})
                  </>
                ),
              },
            ]}
          />
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
