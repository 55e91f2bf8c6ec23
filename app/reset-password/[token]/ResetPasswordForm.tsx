"use client";
import { useRef } from "react";
import { signIn } from "next-auth/react";
import { completePasswordResetSchema } from "@/lib/account/schemas";
import { completePasswordResetAction } from "@/app/account/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextField } from "@/components/forms/fields";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  // A ref, not state: onSuccess runs in the submit that set it, before any re-render.
  const password = useRef("");
  const { form, onSubmit, summary, errorOf } = useServerForm(
    completePasswordResetSchema,
    { token, password: "", confirmPassword: "" },
    completePasswordResetAction,
    async (data) => {
      const result = await signIn("credentials", { email: data.email, password: password.current, redirect: false });
      window.location.assign(result?.ok ? "/" : "/sign-in");
    },
  );
  return (
    <form onSubmit={(e) => { password.current = form.getValues("password"); return onSubmit(e); }} noValidate>
      <ErrorSummary errors={summary} />
      <p className="govuk-body">Your email address: <strong>{email}</strong></p>
      <input type="hidden" {...form.register("token")} />
      <TextField name="password" label="New password" hint="12 to 128 characters, not a common or easily guessed password, and not containing your email name. A few unrelated words are easy to remember and hard to guess." type="password" autoComplete="new-password" error={errorOf("password")} registration={form.register("password")} />
      <TextField name="confirmPassword" label="Confirm the new password" type="password" autoComplete="new-password" error={errorOf("confirmPassword")} registration={form.register("confirmPassword")} />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>Set password and sign in</button>
    </form>
  );
}
