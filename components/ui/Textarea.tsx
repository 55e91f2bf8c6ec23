import { LabelledField, type FieldProps } from "./Field";
import { CharacterCount } from "./CharacterCount";
import { cx } from "./cx";
import { fieldId } from "./field-id";

/** GOV.UK textarea; with `count`, the character count below it (which the field is described by). */
export function Textarea({
  rows = 5,
  count,
  labelSize,
  groupClassName,
  ...field
}: FieldProps & {
  rows?: number;
  /** How long the text is now, and how long it may be. */
  count?: { length: number; max: number };
  labelSize?: "s" | "m" | "l";
  groupClassName?: string;
}) {
  const countId = count && `${field.id ?? fieldId(field.name)}-count`;
  return (
    <LabelledField
      field={field}
      label={{ size: labelSize }}
      describedByMore={countId}
      className={cx(count && "govuk-character-count", groupClassName)}
    >
      {(control) => (
        <>
          <textarea
            className={cx("govuk-textarea", !!field.error && "govuk-textarea--error")}
            rows={rows}
            {...control}
          />
          {count && <CharacterCount id={countId!} length={count.length} max={count.max} />}
        </>
      )}
    </LabelledField>
  );
}
