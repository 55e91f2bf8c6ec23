"use client";
import { useState } from "react";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { changePasswordAction } from "@/lib/accounts/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { NewPasswordFields } from "@/components/forms/NewPasswordFields";
import { TextInput } from "@/components/ui/TextInput";
import { SuccessBanner } from "@/components/Banners";

const EMPTY = { currentPassword: "", password: "", confirmPassword: "" };

export function ChangePasswordForm() {
  const [changed, setChanged] = useState(false);
  const sf = useServerForm(changePasswordSchema, EMPTY, changePasswordAction, (_, f) => {
    f.reset(EMPTY);
    setChanged(true);
  });
  return (
    <>
      {changed && (
        <SuccessBanner id="changed-title" heading="Your password has been changed.">
          <p className="govuk-body">
            You are still signed in here. Anywhere else you were signed in has been signed out.
          </p>
        </SuccessBanner>
      )}
      <ServerForm of={sf} submit="Change password" beforeSubmit={() => setChanged(false)}>
        <TextInput
          label="Current password"
          type="password"
          autoComplete="current-password"
          {...sf.field("currentPassword")}
        />
        <NewPasswordFields field={sf.field} />
      </ServerForm>
    </>
  );
}
