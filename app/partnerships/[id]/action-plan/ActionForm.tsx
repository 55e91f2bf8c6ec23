"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { UseFormRegister } from "react-hook-form";
import {
  planActionSchema,
  planActionUpdateSchema,
  type PlanActionFormInput,
  type PlanActionVersion,
} from "@/lib/action-plan/schemas";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/labels";
import { createPlanActionAction, updatePlanActionAction } from "@/lib/action-plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, SelectField, TextField } from "@/components/forms/fields";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";
import { ConflictPanel } from "@/components/forms/ConflictPanel";

type Props = {
  initial: PlanActionFormInput;
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
  const { form, ...rest } = useServerForm(planActionSchema, props.initial, createPlanActionAction, () =>
    router.push(props.planHref),
  );
  return <ActionFields {...props} {...rest} register={form.register} isSubmitting={form.formState.isSubmitting} />;
}

const FIELD_LABELS = {
  title: "What the partnership will do",
  dimensionId: "Dimension",
  ownerOrganisation: "Owner: organisation",
  ownerPerson: "Owner: person",
  dueOn: "Due date",
  status: "Status",
  progressNote: "Progress note",
} as const;

function EditActionForm(props: Props & { actionId: string; baseVersion: string }) {
  const router = useRouter();
  const [conflict, setConflict] = useState<PlanActionVersion | null>(null);
  const { form, ...rest } = useServerForm(
    planActionUpdateSchema,
    { ...props.initial, actionId: props.actionId, baseVersion: props.baseVersion },
    updatePlanActionAction,
    (data) => (data.status === "conflict" ? setConflict(data.current) : router.push(props.planHref)),
  );
  const register = form.register as unknown as UseFormRegister<PlanActionFormInput>;
  const shown = (field: keyof typeof FIELD_LABELS, v: string) =>
    field === "dimensionId"
      ? (props.dimensions.find((d) => d.id === v)?.name ?? v)
      : field === "status"
        ? (PLAN_ACTION_STATUS_LABELS[v as keyof typeof PLAN_ACTION_STATUS_LABELS] ?? v)
        : v;
  const mine = form.watch();
  const panel = conflict && (
    <ConflictPanel
      what="Your changes to this action"
      noun="version"
      updatedByName={conflict.updatedByName}
      updatedAt={conflict.updatedAt}
      rows={(Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[])
        .filter((f) => (conflict[f] ?? "") !== ((mine[f] as string | undefined) ?? "").trim())
        .map((f) => ({
          label: FIELD_LABELS[f],
          theirs: shown(f, conflict[f]),
          yours: shown(f, (mine[f] as string | undefined) ?? ""),
        }))}
      keepMineLabel="Save my version"
      useTheirsLabel="Use their version"
      testId="action-conflict"
      onKeepMine={() => {
        form.setValue("baseVersion", String(conflict.rowVersion));
        setConflict(null);
        void rest.onSubmit();
      }}
      onUseTheirs={() => {
        form.reset({
          ...form.getValues(),
          dimensionId: conflict.dimensionId,
          title: conflict.title,
          ownerOrganisation: conflict.ownerOrganisation,
          ownerPerson: conflict.ownerPerson,
          dueOn: conflict.dueOn,
          status: conflict.status,
          progressNote: conflict.progressNote,
          baseVersion: String(conflict.rowVersion),
        });
        setConflict(null);
      }}
    />
  );
  return (
    <ActionFields
      {...props}
      {...rest}
      register={register}
      isSubmitting={form.formState.isSubmitting}
      conflict={panel || null}
    />
  );
}

type FieldsProps = Props &
  Omit<ReturnType<typeof useServerForm>, "form"> & {
    register: UseFormRegister<PlanActionFormInput>;
    isSubmitting: boolean;
    conflict?: React.ReactNode;
  };

function ActionFields({
  actionId,
  dimensions,
  onSubmit,
  summary,
  errorOf,
  register,
  isSubmitting,
  conflict,
}: FieldsProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {conflict}
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
        options={PLAN_ACTION_STATUSES.map((s) => ({ value: s, label: PLAN_ACTION_STATUS_LABELS[s] }))}
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
