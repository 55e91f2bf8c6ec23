"use client";
import { useRouter } from "next/navigation";
import { partnershipUpdateSchema, partnershipSchema, type PartnershipInput } from "@/lib/admin/schemas";
import { createPartnershipAction, updatePartnershipAction } from "@/lib/admin/actions";
import { useServerForm, type ServerFormState } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { TextInput } from "@/components/ui/TextInput";
import { Select } from "@/components/ui/Select";
import { Checkboxes, Radios } from "@/components/ui/Choices";
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
  const sf = useServerForm(partnershipSchema, props.initial, createPartnershipAction, (d) =>
    router.push(`/partnerships/${d.id}`),
  );
  return <PartnershipFields {...props} sf={sf} />;
}

function EditPartnershipForm(props: Props & { partnershipId: string }) {
  const router = useRouter();
  const sf = useServerForm(
    partnershipUpdateSchema,
    { ...props.initial, partnershipId: props.partnershipId },
    updatePartnershipAction,
    (d) => router.push(`/partnerships/${d.id}`),
  );
  return <PartnershipFields {...props} sf={sf} />;
}

/** The fields both forms share; `sf` is either form's useServerForm. */
function PartnershipFields({
  partnershipId,
  parents,
  forceAreas,
  sf,
}: Props & { sf: ServerFormState<keyof PartnershipInput> }) {
  const { field } = sf;
  return (
    <ServerForm of={sf} submit={partnershipId ? "Save changes" : "Create partnership"}>
      <TextInput label="Name" {...field("name")} />
      <Radios
        label="Level"
        hint="As in the 2017 report: local partnerships cover part of a police force area; sub-regional ones one or two forces; regional ones several."
        options={LEVEL_OPTIONS}
        {...field("level")}
      />
      <Radios label="Nation" options={NATION_OPTIONS} {...field("nation")} />
      <Checkboxes
        label="Police force areas covered"
        columns
        options={forceAreas.map((f) => ({ value: f.id, label: f.name }))}
        {...field("forceAreaIds")}
      />
      <Select
        label="Part of a wider partnership (optional)"
        hint="For example, a local network that reports to a county or regional partnership"
        options={[
          { value: "", label: "None" },
          ...parents.filter((p) => String(p.id) !== partnershipId).map((p) => ({ value: p.id, label: p.name })),
        ]}
        {...field("parentId")}
      />
      <TextInput
        label="Year established (optional)"
        hint="For example, 2015"
        width="10"
        inputMode="numeric"
        {...field("yearEstablished")}
      />
    </ServerForm>
  );
}
