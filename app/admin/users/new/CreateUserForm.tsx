"use client";
import { useRouter } from "next/navigation";
import { userCreateSchema } from "@/lib/admin/schemas";
import { createUserAction } from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, TextField } from "@/components/forms/fields";
import { GLOBAL_ROLE_OPTIONS } from "@/app/admin/options";

export function CreateUserForm() {
  const router = useRouter();
  const { form, onSubmit, summary, errorOf } = useServerForm(
    userCreateSchema,
    { name: "", email: "", globalRole: "", password: "" },
    createUserAction,
    (data) => router.push(`/admin/users/${data.id}?created=1`),
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        name="name"
        label="Full name"
        autoComplete="off"
        error={errorOf("name")}
        registration={form.register("name")}
      />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errorOf("email")}
        registration={form.register("email")}
      />
      <ChoiceField
        name="globalRole"
        label="Role"
        hint="Coordinators and members are added to their partnership after the account is created."
        options={GLOBAL_ROLE_OPTIONS}
        error={errorOf("globalRole")}
        registration={form.register("globalRole")}
      />
      <TextField
        name="password"
        label="Initial password"
        hint="12 to 128 characters, not a common password and not containing their email name. Give it to the person securely; they should not share it."
        type="password"
        autoComplete="new-password"
        error={errorOf("password")}
        registration={form.register("password")}
      />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
        Create user
      </button>
    </form>
  );
}
