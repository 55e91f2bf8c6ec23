"use client";
import { completePasswordResetSchema } from "@/lib/accounts/schemas";
import { completePasswordResetAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextField } from "@/components/forms/fields";
import { useSignInWithNewPassword } from "@/components/forms/useSignInWithNewPassword";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-rules";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const after = useSignInWithNewPassword();
  const { form, onSubmit, summary, errorOf } = useServerForm(
    completePasswordResetSchema,
    { token, password: "", confirmPassword: "" },
    completePasswordResetAction,
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
      <p className="govuk-body">
        Your email address: <strong>{email}</strong>
      </p>
      <input type="hidden" {...form.register("token")} />
      <TextField
        name="password"
        label="New password"
        hint={NEW_PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        error={errorOf("password")}
        registration={form.register("password")}
      />
      <TextField
        name="confirmPassword"
        label="Confirm the new password"
        type="password"
        autoComplete="new-password"
        error={errorOf("confirmPassword")}
        registration={form.register("confirmPassword")}
      />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
        Set password and sign in
      </button>
    </form>
  );
}
