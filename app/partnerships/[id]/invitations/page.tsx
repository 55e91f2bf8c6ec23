import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getPartnershipFor } from "@/lib/partnership/data.server";
import { listInvitations } from "@/lib/accounts/invitations.server";
import { idParam } from "@/lib/params";
import { formatDate } from "@/lib/format";
import { TwoThirds } from "@/components/ui/Grid";
import { BackLink, PageHeading } from "@/components/ui/PageHeading";
import { Table } from "@/components/ui/Table";
import { StatusTag, type TagStyles } from "@/components/ui/Tag";
import { mailDelivery } from "@/lib/mail/queue.server";
import { InviteForm, RevokeInvitationButton } from "./InviteForm";

export const metadata: Metadata = { title: "Invite members" };
export const dynamic = "force-dynamic";

const STATUS: TagStyles<"pending" | "accepted" | "expired" | "revoked"> = {
  pending: { text: "Waiting", colour: "blue" },
  accepted: { text: "Accepted", colour: "green" },
  expired: { text: "Expired", colour: "grey" },
  revoked: { text: "Withdrawn", colour: "grey" },
};

export default async function InvitationsPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("invite:member:own", { partnershipId });
  const p = getPartnershipFor(actor, partnershipId);
  const invitations = listInvitations(actor, partnershipId);
  if (!p || !invitations) notFound();
  return (
    <>
      <BackLink href={`/partnerships/${partnershipId}`}>Back to {p.name}</BackLink>
      <TwoThirds>
        <PageHeading caption={p.name}>Invite members</PageHeading>
        <p className="govuk-body">
          Members answer the self-review for their own organisation. You will see who has responded and where their
          answers differ from the partnership&rsquo;s.
        </p>
        {mailDelivery() === "smtp" ? (
          <p className="govuk-body">
            The toolkit emails the invitation to the address you give. Its link works once, for that address only, and
            expires after 14 days; nobody else sees it.
          </p>
        ) : (
          <p className="govuk-body">
            The toolkit does not send email: after you invite someone, copy the link and send it to them yourself. It
            works once and expires after 14 days.
          </p>
        )}
        <InviteForm partnershipId={String(partnershipId)} />
      </TwoThirds>
      <h2 className="govuk-heading-m">Invitations</h2>
      {invitations.length ? (
        <Table
          caption="Invitations sent"
          captionSize="hidden"
          rows={invitations}
          rowKey={(i) => i.id}
          columns={[
            { header: "Email address", cell: (i) => i.email },
            { header: "Organisation", cell: (i) => i.organisation },
            { header: "Expires", cell: (i) => formatDate(i.expiresAt) },
            { header: "Status", cell: (i) => <StatusTag styles={STATUS} status={i.status} /> },
            {
              header: <span className="govuk-visually-hidden">Actions</span>,
              cell: (i) =>
                i.status === "pending" && (
                  <RevokeInvitationButton
                    partnershipId={String(partnershipId)}
                    invitationId={String(i.id)}
                    email={i.email}
                  />
                ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">No one has been invited yet.</p>
      )}
    </>
  );
}
