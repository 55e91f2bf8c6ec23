// A new password and its confirmation, as every form that sets one asks for them: with the
// password rules as the hint, and autocomplete that lets a password manager suggest one.
import { TextInput } from "@/components/ui/TextInput";
import type { FieldBinding } from "@/components/ui/Field";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-rules";

export function NewPasswordFields({
  field,
  label = "New password",
  confirmLabel = "Confirm the new password",
}: {
  field: (name: "password" | "confirmPassword") => FieldBinding;
  label?: string;
  confirmLabel?: string;
}) {
  return (
    <>
      <TextInput
        label={label}
        hint={NEW_PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        {...field("password")}
      />
      <TextInput label={confirmLabel} type="password" autoComplete="new-password" {...field("confirmPassword")} />
    </>
  );
}
