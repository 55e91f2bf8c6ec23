import type { HTMLInputTypeAttribute } from "react";
import { LabelledField, type FieldProps } from "./Field";
import { cx } from "./cx";

/** GOV.UK text input with its label, hint and error. */
export function TextInput({
  type = "text",
  width,
  autoComplete,
  spellCheck,
  inputMode,
  defaultValue,
  groupClassName,
  ...field
}: FieldProps & {
  type?: HTMLInputTypeAttribute;
  /** In characters; full width when left out. */
  width?: "2" | "4" | "10" | "20" | "30";
  autoComplete?: string;
  spellCheck?: boolean;
  inputMode?: "numeric" | "email" | "text";
  /** The value a GET form shows back; a client form's values are react-hook-form's. */
  defaultValue?: string;
  groupClassName?: string;
}) {
  const widthClass = width && `govuk-input--width-${width}`;
  return (
    <LabelledField field={field} className={groupClassName}>
      {(control) => (
        <input
          type={type}
          className={cx("govuk-input", widthClass, !!field.error && "govuk-input--error")}
          {...{ autoComplete, spellCheck, inputMode, defaultValue, ...control }}
        />
      )}
    </LabelledField>
  );
}
