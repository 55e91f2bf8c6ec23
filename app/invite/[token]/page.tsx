import type { Metadata } from "next";
import { UnusableLink } from "@/components/UnusableLink";
import Link from "@/components/Link";
import { TwoThirds } from "@/components/ui/Grid";
import { PageHeading } from "@/components/ui/PageHeading";
import { auditUnusableLink, getActor } from "@/lib/auth/guard";
import { describeInvitation } from "@/lib/accounts/invitations.server";
import { invitationTokenSchema } from "@/lib/accounts/schemas";
import { AcceptNewAccountForm, AcceptAsSignedInUser } from "./AcceptForms";

export const metadata: Metadata = { title: "Join your partnership", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const wellFormed = invitationTokenSchema.safeParse(token).success;
  const info = wellFormed ? describeInvitation(token) : null;
  if (!info || info.status !== "pending") {
    await auditUnusableLink("invitation", info?.status ?? (wellFormed ? "unknown-token" : "malformed-token"));
    return (
      <UnusableLink
        title="This invitation link cannot be used"
        reason={
          info?.status === "accepted"
            ? "It has already been used. If that was you, sign in."
            : "It has expired, been withdrawn, or is not complete. Ask your partnership’s coordinator for a new one."
        }
      />
    );
  }
  const actor = await getActor();
  return (
    <TwoThirds>
      <PageHeading caption={info.partnershipName}>Join your partnership&rsquo;s self-review</PageHeading>
      <p className="govuk-body">
        You have been invited to answer the annual maturity self-review for <strong>{info.organisation}</strong>, as a
        member of {info.partnershipName}. Your answers are your own response; the partnership&rsquo;s coordinators see
        them beside the partnership&rsquo;s answers.
      </p>
      {actor ? (
        <AcceptAsSignedInUser token={token} invitedEmail={info.email} actorEmail={actor.email} />
      ) : (
        // The same page whether or not the address has an account (so that a link cannot be used
        // to test addresses): the data layer decides once the person has given their password.
        <>
          <h2 className="govuk-heading-m">If you already have an account</h2>
          <p className="govuk-body">Sign in with it, then accept the invitation.</p>
          {/* Styled as a button, but a link (no role="button"): it only goes to the sign-in page. */}
          <Link
            className="govuk-button govuk-button--secondary"
            href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`}
          >
            Sign in to accept
          </Link>
          <AcceptNewAccountForm token={token} email={info.email} />
        </>
      )}
    </TwoThirds>
  );
}
