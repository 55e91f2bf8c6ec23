import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/guard";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { SignInForm } from "./SignInForm";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  if (await getActor()) redirect(callbackUrl);
  const signedOut = params.signedOut === "1";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOut && (
          <div className="govuk-notification-banner govuk-notification-banner--success" role="status" aria-labelledby="signed-out-title">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="signed-out-title">Success</h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">You have signed out.</p>
            </div>
          </div>
        )}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Sign in to review your anti-slavery partnership&rsquo;s maturity with the rest of the partnership.
        </p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
