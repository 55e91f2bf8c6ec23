"use client";
import { useState } from "react";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { changePasswordAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextField } from "@/components/forms/fields";
import { SuccessBanner } from "@/components/Banners";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-rules";

const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const [changed, setChanged] = useState(false);
  const { form, onSubmit, summary, errorOf } = useServerForm(
    changePasswordSchema,
    EMPTY,
    changePasswordAction,
    (_, f) => {
      f.reset(EMPTY);
      setChanged(true);
    },
  );
  return (
    <>
      {changed && (
        <SuccessBanner id="changed-title" heading="Your password has been changed.">
          <p className="govuk-body">
            You are still signed in here. Anywhere else you were signed in has been signed out.
          </p>
        </SuccessBanner>
      )}
      <form
        onSubmit={(e) => {
          setChanged(false);
          return onSubmit(e);
        }}
        noValidate
      >
        <ErrorSummary errors={summary} />
        <TextField
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          error={errorOf("currentPassword")}
          registration={form.register("currentPassword")}
        />
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
          Change password
        </button>
      </form>
    </>
  );
}
