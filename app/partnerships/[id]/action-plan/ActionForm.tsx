"use client";
import { useRouter } from "next/navigation";
import { actionSchema, actionUpdateSchema, ACTION_STATUS_LABELS, type ActionFormInput } from "@/lib/results/schemas";
import { createActionAction, updateActionAction } from "@/app/plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, SelectField, TextField } from "@/components/forms/fields";
import { ACTION_STATUSES } from "@/db/enums";

type Props = { initial: ActionFormInput; actionId?: string; baseVersion?: string; dimensions: { id: string; name: string }[]; planHref: string };

export function ActionForm({ initial, actionId, baseVersion, dimensions, planHref }: Props) {
  const router = useRouter();
  const { form, onSubmit, summary, errorOf } = actionId
    ? // The branch never changes for the life of the component, so the hook order is stable.
      useServerForm(actionUpdateSchema, { ...initial, actionId, baseVersion: baseVersion! }, updateActionAction, () => router.push(planHref))
    : useServerForm(actionSchema, initial, createActionAction, () => router.push(planHref));
  const register = form.register as unknown as (name: keyof ActionFormInput) => ReturnType<typeof form.register>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField name="title" label="What will the partnership do?" error={errorOf("title")} registration={register("title")} />
      <SelectField name="dimensionId" label="Dimension it helps" options={dimensions.map((d) => ({ value: d.id, label: d.name }))} error={errorOf("dimensionId")} registration={register("dimensionId")} />
      <TextField name="ownerOrganisation" label="Owner: organisation (optional)" hint="For example, Nottinghamshire County Council" error={errorOf("ownerOrganisation")} registration={register("ownerOrganisation")} />
      <TextField name="ownerPerson" label="Owner: person (optional)" error={errorOf("ownerPerson")} registration={register("ownerPerson")} />
      <TextField name="dueOn" label="Due date (optional)" hint="For example, 2027-03-31" type="date" width="10" error={errorOf("dueOn")} registration={register("dueOn")} />
      <ChoiceField name="status" label="Status" legendSize="s" options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))} error={errorOf("status")} registration={register("status")} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="field-progressNote">Progress note (optional)</label>
        <textarea className="govuk-textarea" id="field-progressNote" rows={3} {...register("progressNote")} />
      </div>
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>{actionId ? "Save changes" : "Add action"}</button>
    </form>
  );
}
