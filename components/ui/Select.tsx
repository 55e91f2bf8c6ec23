import type { CSSProperties } from "react";
import { LabelledField, type FieldProps } from "./Field";
import { cx } from "./cx";

export type SelectOption = { value: string | number; label: string };

/** GOV.UK select, in a client form (registration) or a GET form (name and defaultValue). */
export function Select({
  options,
  defaultValue,
  multiple,
  size,
  style,
  inline = false,
  labelHidden,
  groupClassName,
  ...field
}: FieldProps & {
  options: ReadonlyArray<SelectOption>;
  defaultValue?: string | string[];
  multiple?: boolean;
  size?: number;
  style?: CSSProperties;
  /** Beside the next field rather than below it, as in a row of filters. */
  inline?: boolean;
  labelHidden?: boolean;
  groupClassName?: string;
}) {
  const inlineClass = inline && "govuk-!-display-inline-block govuk-!-margin-right-2";
  return (
    <LabelledField field={field} label={{ hidden: labelHidden }} className={cx(inlineClass, groupClassName)}>
      {(control) => (
        <select
          className={cx("govuk-select", !!field.error && "govuk-select--error")}
          {...{ defaultValue, multiple, size, style, ...control }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
