"use client";
import { useRouter } from "next/navigation";
import type { UseFormRegister } from "react-hook-form";
import { actionSchema, actionUpdateSchema, ACTION_STATUS_LABELS, type ActionFormInput } from "@/lib/results/schemas";
import { createActionAction, updateActionAction } from "@/app/plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, SelectField, TextField } from "@/components/forms/fields";
import { ACTION_STATUSES } from "@/lib/domain/enums";

type Props = {
  initial: ActionFormInput;
  actionId?: string;
  baseVersion?: string;
  dimensions: { id: string; name: string }[];
  planHref: string;
};

export function ActionForm(props: Props) {
  return props.actionId ? (
    <EditActionForm {...props} actionId={props.actionId} baseVersion={props.baseVersion!} />
  ) : (
    <NewActionForm {...props} />
  );
}

function NewActionForm(props: Props) {
  const router = useRouter();
  const { form, ...rest } = useServerForm(actionSchema, props.initial, createActionAction, () =>
    router.push(props.planHref),
  );
  return <ActionFields {...props} {...rest} register={form.register} isSubmitting={form.formState.isSubmitting} />;
}

function EditActionForm(props: Props & { actionId: string; baseVersion: string }) {
  const router = useRouter();
  const { form, ...rest } = useServerForm(
    actionUpdateSchema,
    { ...props.initial, actionId: props.actionId, baseVersion: props.baseVersion },
    updateActionAction,
    () => router.push(props.planHref),
  );
  const register = form.register as unknown as UseFormRegister<ActionFormInput>;
  return <ActionFields {...props} {...rest} register={register} isSubmitting={form.formState.isSubmitting} />;
}

type FieldsProps = Props &
  Omit<ReturnType<typeof useServerForm>, "form"> & {
    register: UseFormRegister<ActionFormInput>;
    isSubmitting: boolean;
  };

function ActionFields({ actionId, dimensions, onSubmit, summary, errorOf, register, isSubmitting }: FieldsProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        name="title"
        label="What will the partnership do?"
        error={errorOf("title")}
        registration={register("title")}
      />
      <SelectField
        name="dimensionId"
        label="Dimension it helps"
        options={dimensions.map((d) => ({ value: d.id, label: d.name }))}
        error={errorOf("dimensionId")}
        registration={register("dimensionId")}
      />
      <TextField
        name="ownerOrganisation"
        label="Owner: organisation (optional)"
        hint="For example, Nottinghamshire County Council"
        error={errorOf("ownerOrganisation")}
        registration={register("ownerOrganisation")}
      />
      <TextField
        name="ownerPerson"
        label="Owner: person (optional)"
        error={errorOf("ownerPerson")}
        registration={register("ownerPerson")}
      />
      <TextField
        name="dueOn"
        label="Due date (optional)"
        hint="For example, 2027-03-31"
        type="date"
        width="10"
        error={errorOf("dueOn")}
        registration={register("dueOn")}
      />
      <ChoiceField
        name="status"
        label="Status"
        legendSize="s"
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
        error={errorOf("status")}
        registration={register("status")}
      />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="field-progressNote">
          Progress note (optional)
        </label>
        <textarea className="govuk-textarea" id="field-progressNote" rows={3} {...register("progressNote")} />
      </div>
      <button type="submit" className="govuk-button" disabled={isSubmitting}>
        {actionId ? "Save changes" : "Add action"}
      </button>
    </form>
  );
}
