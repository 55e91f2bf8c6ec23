"use client";
import { useState } from "react";
import { acceptNewAccountSchema } from "@/lib/accounts/schemas";
import { acceptAsSignedInUserAction, acceptWithNewAccountAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextField } from "@/components/forms/fields";
import { useSignInWithNewPassword } from "@/components/forms/useSignInWithNewPassword";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-rules";

export function AcceptNewAccountForm({ token, email }: { token: string; email: string }) {
  const after = useSignInWithNewPassword();
  const { form, onSubmit, summary, errorOf } = useServerForm(
    acceptNewAccountSchema,
    { token, name: "", password: "", confirmPassword: "" },
    acceptWithNewAccountAction,
    (data) => after.signInAs(data.email),
  );
  return (
    <form
      onSubmit={(e) => {
        after.remember(form.getValues("password"));
        return onSubmit(e);
      }}
      noValidate
    >
      <ErrorSummary errors={summary} />
      <h2 className="govuk-heading-m">If you do not have an account yet</h2>
      <p className="govuk-body">Create one: it is how you will sign in to answer for your organisation.</p>
      <p className="govuk-body">
        Your email address: <strong>{email}</strong>
      </p>
      <input type="hidden" {...form.register("token")} />
      <TextField
        name="name"
        label="Full name"
        autoComplete="name"
        error={errorOf("name")}
        registration={form.register("name")}
      />
      <TextField
        name="password"
        label="Create a password"
        hint={NEW_PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        error={errorOf("password")}
        registration={form.register("password")}
      />
      <TextField
        name="confirmPassword"
        label="Confirm your password"
        type="password"
        autoComplete="new-password"
        error={errorOf("confirmPassword")}
        registration={form.register("confirmPassword")}
      />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
        Create account and join
      </button>
    </form>
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
