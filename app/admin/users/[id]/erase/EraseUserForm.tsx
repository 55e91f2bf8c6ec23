"use client";
import Link from "@/components/Link";
import { useRouter } from "next/navigation";
import { eraseUserSchema } from "@/lib/admin/schemas";
import { eraseUserAction } from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary, fieldId } from "@/components/forms/ErrorSummary";

export function EraseUserForm({ userId, name }: { userId: string; name: string }) {
  const router = useRouter();
  const { form, onSubmit, summary, errorOf } = useServerForm(
    eraseUserSchema,
    { userId, confirm: false },
    eraseUserAction,
    (data) => router.push(`/admin/users/${data.userId}?erased=1`),
  );
  const id = fieldId("confirm");
  const error = errorOf("confirm");
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...form.register("userId")} />
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <fieldset className="govuk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Confirm the erasure</legend>
          {error && (
            <p id={`${id}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id={id} type="checkbox" {...form.register("confirm")} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                I understand that erasing {name} cannot be undone
              </label>
            </div>
          </div>
        </fieldset>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--warning" disabled={form.formState.isSubmitting}>
          Erase this person
        </button>
        <Link href={`/admin/users/${userId}`} className="govuk-link">
          Cancel
        </Link>
      </div>
    </form>
  );
}
