import type { HTMLInputTypeAttribute } from "react";
// The first form fields, kept under their old names for the forms that still import them from
// here: each is now the component kit's (components/ui), with the same props.
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextInput } from "@/components/ui/TextInput";
import { Select } from "@/components/ui/Select";
import { Checkboxes, Radios, type ChoiceOption } from "@/components/ui/Choices";

type Common = { name: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn };

export function TextField({
  width,
  ...props
}: Common & {
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  width?: "10" | "20" | "30" | "full";
  spellCheck?: boolean;
  inputMode?: "numeric" | "email" | "text";
}) {
  return <TextInput {...props} width={width === "full" ? undefined : width} />;
}

export function SelectField(props: Common & { options: ReadonlyArray<{ value: string; label: string }> }) {
  return <Select {...props} />;
}

export function ChoiceField({
  multiple = false,
  ...props
}: Common & {
  options: ReadonlyArray<ChoiceOption>;
  multiple?: boolean;
  columns?: boolean;
  legendSize?: "s" | "m" | "l";
}) {
  return multiple ? <Checkboxes {...props} /> : <Radios {...props} />;
}
