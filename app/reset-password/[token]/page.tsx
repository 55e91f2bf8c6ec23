import type { Metadata } from "next";
import { UnusableLink } from "@/components/UnusableLink";
import { TwoThirds } from "@/components/ui/Grid";
import { passwordResetTokenSchema } from "@/lib/accounts/schemas";
import { describePasswordReset } from "@/lib/accounts/passwords.server";
import { auditUnusableLink } from "@/lib/auth/guard";
import { ResetPasswordForm } from "./ResetPasswordForm";

// The token is in the address: never send it on as a referrer.
export const metadata: Metadata = { title: "Set a new password", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

// Holding the link is the credential, so the page needs no session (proxy.ts lets it through).
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const wellFormed = passwordResetTokenSchema.safeParse(token).success;
  const info = wellFormed ? describePasswordReset(token) : null;
  if (!info || info.status !== "pending") {
    await auditUnusableLink("password-reset", info?.status ?? (wellFormed ? "unknown-token" : "malformed-token"));
    return (
      <UnusableLink
        title="This link cannot be used"
        reason={
          info?.status === "used"
            ? "It has already been used to set a password. Sign in with that password, or ask your administrator for a new link."
            : "It has expired, been replaced by a newer link, or is not complete. Ask your administrator for a new one."
        }
      />
    );
  }
  return (
    <TwoThirds>
      <h1 className="govuk-heading-l">Set a new password</h1>
      <p className="govuk-body">
        Your administrator has reset the password of {info.name}&rsquo;s account. Choose a new one to sign in. This link
        works once.
      </p>
      <ResetPasswordForm token={token} email={info.email} />
    </TwoThirds>
  );
}
