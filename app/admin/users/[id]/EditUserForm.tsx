"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { userUpdateSchema, type UserUpdateInput } from "@/lib/admin/schemas";
import { updateUserAction } from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { TextInput } from "@/components/ui/TextInput";
import { Radios } from "@/components/ui/Choices";
import { GLOBAL_ROLE_OPTIONS } from "@/app/admin/options";

export function EditUserForm({ user }: { user: UserUpdateInput }) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const sf = useServerForm(userUpdateSchema, user, updateUserAction, () => {
    setSaved(true);
    router.refresh();
  });
  const { form, field } = sf;
  return (
    <ServerForm
      of={sf}
      submit="Save changes"
      beforeSubmit={() => setSaved(false)}
      after={
        saved && (
          <p className="govuk-body govuk-!-font-weight-bold" role="status">
            Changes saved.
          </p>
        )
      }
    >
      <input type="hidden" {...form.register("userId")} />
      <TextInput label="Full name" {...field("name")} />
      <Radios label="Role" options={GLOBAL_ROLE_OPTIONS} {...field("globalRole")} />
      {/* One on/off setting: a single checkbox whose value is a boolean, not a list of choices. */}
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
    </ServerForm>
  );
}
