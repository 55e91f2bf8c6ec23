"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import {
  planActionSchema,
  planActionUpdateSchema,
  type PlanActionFormInput,
  type PlanActionVersion,
} from "@/lib/action-plan/schemas";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/labels";
import { createPlanActionAction, updatePlanActionAction } from "@/lib/action-plan/actions";
import { useServerForm, type ServerFormState } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { TextInput } from "@/components/ui/TextInput";
import { Textarea } from "@/components/ui/Textarea";
import { Select } from "@/components/ui/Select";
import { Radios } from "@/components/ui/Choices";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { ConfirmAnyway } from "@/components/forms/ConfirmAnyway";

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
  const sf = useServerForm(planActionSchema, props.initial, createPlanActionAction, () => router.push(props.planHref));
  return (
    <ActionFields
      {...props}
      sf={sf}
      confirm={<ConfirmAnyway binding={sf.field("confirmAnyway")} value={sf.form.watch("confirmAnyway")} />}
    />
  );
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
  const sf = useServerForm(
    planActionUpdateSchema,
    { ...props.initial, actionId: props.actionId, baseVersion: props.baseVersion },
    updatePlanActionAction,
    (data) => (data.status === "conflict" ? setConflict(data.current) : router.push(props.planHref)),
  );
  const { form } = sf;
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
        void sf.onSubmit();
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
      sf={sf}
      conflict={panel || null}
      confirm={<ConfirmAnyway binding={sf.field("confirmAnyway")} value={sf.form.watch("confirmAnyway")} />}
    />
  );
}

/** The fields both forms share; `sf` is either form's useServerForm. */
function ActionFields({
  actionId,
  dimensions,
  sf,
  conflict,
  confirm,
}: Props & {
  sf: ServerFormState<keyof PlanActionFormInput>;
  conflict?: React.ReactNode;
  confirm?: React.ReactNode;
}) {
  const { field } = sf;
  return (
    <ServerForm of={sf} submit={actionId ? "Save changes" : "Add action"}>
      {conflict}
      <TextInput label="What will the partnership do?" {...field("title")} />
      <Select
        label="Dimension it helps"
        options={dimensions.map((d) => ({ value: d.id, label: d.name }))}
        {...field("dimensionId")}
      />
      <TextInput
        label="Owner: organisation (optional)"
        hint="For example, Nottinghamshire County Council"
        {...field("ownerOrganisation")}
      />
      <TextInput label="Owner: person (optional)" {...field("ownerPerson")} />
      <TextInput
        label="Due date (optional)"
        hint="For example, 2027-03-31"
        type="date"
        width="10"
        {...field("dueOn")}
      />
      <Radios
        label="Status"
        legendSize="s"
        options={PLAN_ACTION_STATUSES.map((s) => ({ value: s, label: PLAN_ACTION_STATUS_LABELS[s] }))}
        {...field("status")}
      />
      <Textarea label="Progress note (optional)" rows={3} {...field("progressNote")} />
      {confirm}
    </ServerForm>
  );
}
