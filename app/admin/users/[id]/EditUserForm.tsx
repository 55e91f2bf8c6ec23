"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { userUpdateSchema, type UserUpdateInput } from "@/lib/admin/schemas";
import { updateUserAction } from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, TextField } from "@/components/forms/fields";
import { GLOBAL_ROLE_OPTIONS } from "@/app/admin/options";

export function EditUserForm({ user }: { user: UserUpdateInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, summary, errorOf } = useServerForm(userUpdateSchema, user, updateUserAction, () => {
    setSaved(true);
    router.refresh();
  });
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        return onSubmit(e);
      }}
      noValidate
    >
      <ErrorSummary errors={summary} />
      {saved && (
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          Changes saved.
        </p>
      )}
      <input type="hidden" {...form.register("userId")} />
      <TextField name="name" label="Full name" error={errorOf("name")} registration={form.register("name")} />
      <ChoiceField
        name="globalRole"
        label="Role"
        options={GLOBAL_ROLE_OPTIONS}
        error={errorOf("globalRole")}
        registration={form.register("globalRole")}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="field-disabled"
              type="checkbox"
              aria-describedby="field-disabled-hint"
              {...form.register("disabled")}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="field-disabled">
              Account disabled
            </label>
            <div id="field-disabled-hint" className="govuk-hint govuk-checkboxes__hint">
              A disabled user is signed out at their next request and cannot sign in.
            </div>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
        Save changes
      </button>
    </form>
  );
}
