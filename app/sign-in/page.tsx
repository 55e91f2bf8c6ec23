import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { endedSessionReason, getActor } from "@/lib/auth/guard";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "@/lib/config";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { SignInForm } from "./SignInForm";
import { SuccessBanner } from "@/components/Banners";
import { TwoThirds } from "@/components/ui/Grid";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { WarningText } from "@/components/ui/WarningText";
import { hasActiveAdministrator } from "@/lib/admin/administrators.server";
import { CREATE_ADMIN_COMMAND } from "@/lib/ops/first-admin";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getActor()) redirect(callbackUrl);
  const signedOut = params.signedOut === "1";
  // next-auth sends a refused sign-in back here with ?error=<code> when it redirects itself.
  const failure = signInErrorMessage(typeof params.error === "string" ? params.error : null);
  // Said only to a browser whose own session ended that way (read from its cookie), never on
  // the say-so of the address.
  const ended = await endedSessionReason();
  const timedOut =
    ended === "idle-timeout"
      ? `You were signed out after ${IDLE_TIMEOUT_MS / 60_000} minutes without activity`
      : ended === "absolute-timeout"
        ? `You were signed out ${ABSOLUTE_TIMEOUT_MS / 3_600_000} hours after signing in`
        : null;
  return (
    <TwoThirds>
      {signedOut && <SuccessBanner id="signed-out-title" heading="You have signed out." />}
      {timedOut && !signedOut && (
        <NotificationBanner titleId="timed-out-title" heading={timedOut} testId="timed-out">
          <p className="govuk-body">Sign in again to continue.</p>
        </NotificationBanner>
      )}
      <h1 className="govuk-heading-l">Sign in</h1>
      {!hasActiveAdministrator() && (
        <WarningText block testId="no-administrator">
          <p className="govuk-body govuk-!-font-weight-bold">There is no administrator yet, so nobody can sign in.</p>
          <p className="govuk-body">
            Whoever runs this server creates the first administrator. On the server, in the toolkit&rsquo;s folder and
            with the same settings as the app (such as <code>DATABASE_PATH</code>), run:
          </p>
          <pre className="app-command">
            <code>{CREATE_ADMIN_COMMAND}</code>
          </pre>
          <p className="govuk-body">
            It prints a link that works once, for 24 hours, to set the administrator&rsquo;s password.
          </p>
        </WarningText>
      )}
      <p className="govuk-body">
        Sign in to review your anti-slavery partnership&rsquo;s maturity with the rest of the partnership.
      </p>
      <SignInForm callbackUrl={callbackUrl} initialFailure={failure} />
    </TwoThirds>
  );
}
