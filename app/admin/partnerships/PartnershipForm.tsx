"use client";
import { useRouter } from "next/navigation";
import type { UseFormRegister } from "react-hook-form";
import { partnershipUpdateSchema, partnershipSchema, type PartnershipInput } from "@/lib/admin/schemas";
import { createPartnershipAction, updatePartnershipAction } from "@/lib/admin/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ChoiceField, SelectField, TextField } from "@/components/forms/fields";
import { LEVEL_OPTIONS, NATION_OPTIONS } from "@/app/admin/options";

type Props = {
  partnershipId?: string;
  initial: PartnershipInput;
  parents: { id: number; name: string }[];
  forceAreas: { id: string; name: string }[];
};

export function PartnershipForm(props: Props) {
  return props.partnershipId ? (
    <EditPartnershipForm {...props} partnershipId={props.partnershipId} />
  ) : (
    <NewPartnershipForm {...props} />
  );
}

function NewPartnershipForm(props: Props) {
  const router = useRouter();
  const { form, ...rest } = useServerForm(partnershipSchema, props.initial, createPartnershipAction, (d) =>
    router.push(`/partnerships/${d.id}`),
  );
  return <PartnershipFields {...props} {...rest} register={form.register} isSubmitting={form.formState.isSubmitting} />;
}

function EditPartnershipForm(props: Props & { partnershipId: string }) {
  const router = useRouter();
  const { form, ...rest } = useServerForm(
    partnershipUpdateSchema,
    { ...props.initial, partnershipId: props.partnershipId },
    updatePartnershipAction,
    (d) => router.push(`/partnerships/${d.id}`),
  );
  const register = form.register as unknown as UseFormRegister<PartnershipInput>;
  return <PartnershipFields {...props} {...rest} register={register} isSubmitting={form.formState.isSubmitting} />;
}

type FieldsProps = Props &
  Omit<ReturnType<typeof useServerForm>, "form"> & {
    register: UseFormRegister<PartnershipInput>;
    isSubmitting: boolean;
  };

function PartnershipFields({
  partnershipId,
  parents,
  forceAreas,
  onSubmit,
  summary,
  errorOf,
  register,
  isSubmitting,
}: FieldsProps) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField name="name" label="Name" error={errorOf("name")} registration={register("name")} />
      <ChoiceField
        name="level"
        label="Level"
        hint="As in the 2017 report: local partnerships cover part of a police force area; sub-regional ones one or two forces; regional ones several."
        options={LEVEL_OPTIONS}
        error={errorOf("level")}
        registration={register("level")}
      />
      <ChoiceField
        name="nation"
        label="Nation"
        options={NATION_OPTIONS}
        error={errorOf("nation")}
        registration={register("nation")}
      />
      <ChoiceField
        name="forceAreaIds"
        label="Police force areas covered"
        multiple
        columns
        options={forceAreas.map((f) => ({ value: f.id, label: f.name }))}
        error={errorOf("forceAreaIds")}
        registration={register("forceAreaIds")}
      />
      <SelectField
        name="parentId"
        label="Part of a wider partnership (optional)"
        hint="For example, a local network that reports to a county or regional partnership"
        options={[
          { value: "", label: "None" },
          ...parents.filter((p) => String(p.id) !== partnershipId).map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        error={errorOf("parentId")}
        registration={register("parentId")}
      />
      <TextField
        name="yearEstablished"
        label="Year established (optional)"
        hint="For example, 2015"
        width="10"
        inputMode="numeric"
        error={errorOf("yearEstablished")}
        registration={register("yearEstablished")}
      />
      <button type="submit" className="govuk-button" disabled={isSubmitting}>
        {partnershipId ? "Save changes" : "Create partnership"}
      </button>
    </form>
  );
}
