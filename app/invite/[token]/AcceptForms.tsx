"use client";
import { useState } from "react";
import { acceptNewAccountSchema } from "@/lib/accounts/schemas";
import { acceptAsSignedInUserAction, acceptWithNewAccountAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { TextInput } from "@/components/ui/TextInput";
import { useSignInWithNewPassword } from "@/components/forms/useSignInWithNewPassword";

export function AcceptNewAccountForm({ token, email }: { token: string; email: string }) {
  const after = useSignInWithNewPassword();
  const sf = useServerForm(
    acceptNewAccountSchema,
    { token, name: "", password: "", confirmPassword: "" },
    acceptWithNewAccountAction,
    (data) => after.signInAs(data.email),
  );
  return (
    <ServerForm
      of={sf}
      submit="Create account and join"
      beforeSubmit={() => after.remember(sf.form.getValues("password"))}
    >
      <h2 className="govuk-heading-m">If you do not have an account yet</h2>
      <p className="govuk-body">Create one: it is how you will sign in to answer for your organisation.</p>
      <p className="govuk-body">
        Your email address: <strong>{email}</strong>
      </p>
      <input type="hidden" {...sf.form.register("token")} />
      <TextInput label="Full name" autoComplete="name" {...sf.field("name")} />
      <NewPasswordFields field={sf.field} label="Create a password" confirmLabel="Confirm your password" />
    </ServerForm>
  );
}

export function AcceptAsSignedInUser({
  token,
  invitedEmail,
  actorEmail,
}: {
  token: string;
  invitedEmail: string;
  actorEmail: string;
}) {
  const [error, setError] = useState<string | null>(null);
  if (invitedEmail !== actorEmail) {
    return (
      <p className="govuk-body">
        This invitation is for {invitedEmail}, but you are signed in as {actorEmail}. Sign out, then open the link
        again.
      </p>
    );
  }
  return (
    <>
      {error && <ErrorSummary errors={[{ field: "_form", message: error }]} />}
      <button
        type="button"
        className="govuk-button"
        onClick={async () => {
          const r = await acceptAsSignedInUserAction({ token });
          // A full load on purpose: the header and navigation must pick up the new membership.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          if (r.ok) window.location.assign(`/partnerships/${r.data.partnershipId}`);
          else setError(r.message);
        }}
      >
        Accept and join
      </button>
    </>
  );
}
