"use client";
import { completePasswordResetSchema } from "@/lib/accounts/schemas";
import { completePasswordResetAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { useSignInWithNewPassword } from "@/components/forms/useSignInWithNewPassword";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const after = useSignInWithNewPassword();
  const sf = useServerForm(
    completePasswordResetSchema,
    { token, password: "", confirmPassword: "" },
    completePasswordResetAction,
    (data) => after.signInAs(data.email),
  );
  return (
    <ServerForm
      of={sf}
      submit="Set password and sign in"
      beforeSubmit={() => after.remember(sf.form.getValues("password"))}
    >
      <p className="govuk-body">
        Your email address: <strong>{email}</strong>
      </p>
      <input type="hidden" {...sf.form.register("token")} />
      <NewPasswordFields field={sf.field} />
    </ServerForm>
  );
}
