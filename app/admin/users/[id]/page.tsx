import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getUserForAdmin, listAssignableCycles } from "@/lib/admin/users.server";
import { listPartnershipOptions } from "@/lib/admin/partnerships.server";
import { idParam } from "@/lib/params";
import { formatDate } from "@/lib/format";
import { GLOBAL_ROLE_LABELS, PARTNERSHIP_ROLE_LABELS } from "@/lib/domain/labels";
import { EditUserForm } from "./EditUserForm";
import { SuccessBanner } from "@/components/Banners";
import { Table } from "@/components/ui/Table";
import { TwoThirds } from "@/components/ui/Grid";
import {
  AddMembershipForm,
  AddAssignmentForm,
  RemoveButton,
  ForceSignOutButton,
  PasswordResetButton,
} from "./UserAccessForms";

export const metadata: Metadata = { title: "User" };
export const dynamic = "force-dynamic";

export default async function UserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const userId = idParam((await params).id);
  const actor = await requirePermission("manage:users");
  const user = getUserForAdmin(actor, userId);
  if (!user) notFound();
  const query = await searchParams;
  const created = query.created === "1";

  // An erased person's account is only a pseudonym now, and cannot be changed or used again.
  if (user.erasedAt)
    return (
      <>
        <Link href="/admin/users" className="govuk-back-link">
          Back to users
        </Link>
        {query.erased === "1" && (
          <SuccessBanner id="erased-title" heading={`Personal data erased. They are now shown as ${user.name}.`} />
        )}
        <span className="govuk-caption-l">Erased person</span>
        <h1 className="govuk-heading-l">{user.name}</h1>
        <p className="govuk-body" data-testid="erased-notice">
          This person&rsquo;s name and email address were erased on {formatDate(user.erasedAt)} and replaced by this
          pseudonym. Their answers and audit entries are kept under it. The account cannot sign in, and it cannot be
          changed or restored.
        </p>
      </>
    );

  const partnerships = listPartnershipOptions(actor);
  const cycles = listAssignableCycles();

  return (
    <>
      <Link href="/admin/users" className="govuk-back-link">
        Back to users
      </Link>
      {created && <SuccessBanner id="created-title" heading={`Account created for ${user.email}.`} />}
      <span className="govuk-caption-l">
        {user.globalRole ? GLOBAL_ROLE_LABELS[user.globalRole] : "Partnership user"}
      </span>
      <h1 className="govuk-heading-l">{user.name}</h1>
      <p className="govuk-body">{user.email}</p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Account</h2>
          <EditUserForm
            user={{
              userId: String(user.id),
              name: user.name,
              globalRole: user.globalRole ?? "",
              disabled: user.disabled,
            }}
          />
          <h2 className="govuk-heading-m">Sessions</h2>
          <p className="govuk-body">Signing the user out ends every session they have, at their next request.</p>
          <ForceSignOutButton userId={String(user.id)} />
          {user.id !== actor.userId && (
            <>
              <h2 className="govuk-heading-m">Password</h2>
              <p className="govuk-body">
                If they have forgotten their password, create a reset link and send it to them. Creating it signs them
                out everywhere; the link sets a new password once, within 24 hours.
              </p>
              <PasswordResetButton userId={String(user.id)} email={user.email} />
            </>
          )}
        </div>
      </div>

      <h2 className="govuk-heading-m">Partnership memberships</h2>
      {user.memberships.length ? (
        <Table
          caption="Partnership memberships"
          captionSize="hidden"
          rows={user.memberships}
          rowKey={(m) => m.partnershipId}
          columns={[
            {
              header: "Partnership",
              cell: (m) => (
                <Link className="govuk-link" href={`/partnerships/${m.partnershipId}`}>
                  {m.partnershipName}
                </Link>
              ),
            },
            { header: "Role", cell: (m) => PARTNERSHIP_ROLE_LABELS[m.role] },
            { header: "Organisation", cell: (m) => m.organisation ?? "Not recorded" },
            {
              header: <span className="govuk-visually-hidden">Actions</span>,
              cell: (m) => (
                <RemoveButton
                  kind="membership"
                  input={{ userId: String(user.id), partnershipId: String(m.partnershipId) }}
                  label={`Remove from ${m.partnershipName}`}
                />
              ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">Not a member of any partnership.</p>
      )}
      <TwoThirds>
        <AddMembershipForm userId={String(user.id)} partnerships={partnerships} />
      </TwoThirds>

      {user.globalRole === "reviewer" && (
        <>
          <h2 className="govuk-heading-m">Peer-review assignments</h2>
          {user.assignments.length ? (
            <Table
              caption="Peer-review assignments"
              captionSize="hidden"
              rows={user.assignments}
              rowKey={(a) => a.id}
              columns={[
                { header: "Partnership", cell: (a) => a.partnershipName },
                { header: "Cycle", cell: (a) => a.cycleLabel },
                {
                  header: <span className="govuk-visually-hidden">Actions</span>,
                  cell: (a) => (
                    <RemoveButton
                      kind="assignment"
                      input={{ assignmentId: String(a.id) }}
                      label={`Remove assignment to ${a.partnershipName} (${a.cycleLabel})`}
                    />
                  ),
                },
              ]}
            />
          ) : (
            <p className="govuk-body">No partnership is assigned for peer review.</p>
          )}
          <TwoThirds>
            <AddAssignmentForm reviewerUserId={String(user.id)} partnerships={partnerships} cycles={cycles} />
          </TwoThirds>
        </>
      )}
      {user.id !== actor.userId && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">Erase this person</h2>
            <p className="govuk-body">
              When someone has left, you can erase their personal data: their name and email address are replaced by a
              pseudonym everywhere, and their answers stay with their partnership. This cannot be undone.
            </p>
            <Link
              href={`/admin/users/${user.id}/erase`}
              className="govuk-button govuk-button--warning"
              role="button"
              draggable={false}
            >
              Erase this person<span className="govuk-visually-hidden">: {user.name}</span>
            </Link>
          </div>
        </div>
      )}
    </>
  );
}
