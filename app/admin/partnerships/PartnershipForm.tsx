"use client";
import { useRouter } from "next/navigation";
import { partnershipUpdateSchema, partnershipSchema, type PartnershipInput } from "@/lib/admin/schemas";
import { createPartnershipAction, updatePartnershipAction } from "@/app/admin/actions";
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

export function PartnershipForm({ partnershipId, initial, parents, forceAreas }: Props) {
  const router = useRouter();
  const { form, onSubmit, summary, errorOf } = partnershipId
    ? // The branch never changes for the life of the component, so the hook order is stable.
      useServerForm(partnershipUpdateSchema, { ...initial, partnershipId }, updatePartnershipAction, (d) => router.push(`/partnerships/${d.id}`))
    :
      useServerForm(partnershipSchema, initial, createPartnershipAction, (d) => router.push(`/partnerships/${d.id}`));
  const register = form.register as unknown as (name: keyof PartnershipInput | "partnershipId") => ReturnType<typeof form.register>;
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {partnershipId && <input type="hidden" {...register("partnershipId")} />}
      <TextField name="name" label="Name" error={errorOf("name")} registration={register("name")} />
      <ChoiceField name="level" label="Level" hint="As in the 2017 report: local partnerships cover part of a police force area; sub-regional ones one or two forces; regional ones several." options={LEVEL_OPTIONS} error={errorOf("level")} registration={register("level")} />
      <ChoiceField name="nation" label="Nation" options={NATION_OPTIONS} error={errorOf("nation")} registration={register("nation")} />
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
        options={[{ value: "", label: "None" }, ...parents.filter((p) => String(p.id) !== partnershipId).map((p) => ({ value: String(p.id), label: p.name }))]}
        error={errorOf("parentId")}
        registration={register("parentId")}
      />
      <TextField name="yearEstablished" label="Year established (optional)" hint="For example, 2015" width="10" inputMode="numeric" error={errorOf("yearEstablished")} registration={register("yearEstablished")} />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>{partnershipId ? "Save changes" : "Create partnership"}</button>
    </form>
  );
}
