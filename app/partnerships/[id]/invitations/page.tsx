import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { getPartnershipFor } from "@/lib/partnership/data.server";
import { listInvitations } from "@/lib/accounts/invitations.server";
import { idParam } from "@/lib/params";
import { formatDate } from "@/lib/format";
import { InviteForm, RevokeInvitationButton } from "./InviteForm";

export const metadata: Metadata = { title: "Invite members" };
export const dynamic = "force-dynamic";

const STATUS = {
  pending: { text: "Waiting", tag: "govuk-tag--blue" },
  accepted: { text: "Accepted", tag: "govuk-tag--green" },
  expired: { text: "Expired", tag: "govuk-tag--grey" },
  revoked: { text: "Withdrawn", tag: "govuk-tag--grey" },
} as const;

export default async function InvitationsPage({ params }: { params: Promise<{ id: string }> }) {
  const partnershipId = idParam((await params).id);
  const actor = await requirePermission("invite:member:own", { partnershipId });
  const p = getPartnershipFor(actor, partnershipId);
  const invitations = listInvitations(actor, partnershipId);
  if (!p || !invitations) notFound();
  return (
    <>
      <Link href={`/partnerships/${partnershipId}`} className="govuk-back-link">
        Back to {p.name}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{p.name}</span>
          <h1 className="govuk-heading-l">Invite members</h1>
          <p className="govuk-body">
            Members answer the self-review for their own organisation. You will see who has responded and where their
            answers differ from the partnership&rsquo;s.
          </p>
          <p className="govuk-body">
            The toolkit does not send email: after you invite someone, copy the link and send it to them yourself. It
            works once and expires after 14 days.
          </p>
          <InviteForm partnershipId={String(partnershipId)} />
        </div>
      </div>
      <h2 className="govuk-heading-m">Invitations</h2>
      {invitations.length ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Invitations sent</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Email address
              </th>
              <th scope="col" className="govuk-table__header">
                Organisation
              </th>
              <th scope="col" className="govuk-table__header">
                Expires
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {invitations.map((i) => (
              <tr key={i.id} className="govuk-table__row">
                <td className="govuk-table__cell">{i.email}</td>
                <td className="govuk-table__cell">{i.organisation}</td>
                <td className="govuk-table__cell">{formatDate(i.expiresAt)}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${STATUS[i.status].tag}`}>{STATUS[i.status].text}</strong>
                </td>
                <td className="govuk-table__cell">
                  {i.status === "pending" && (
                    <RevokeInvitationButton
                      partnershipId={String(partnershipId)}
                      invitationId={String(i.id)}
                      email={i.email}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">No one has been invited yet.</p>
      )}
    </>
  );
}
