// GOV.UK radios and checkboxes. The first input carries the field's own id, so that the error
// summary's link lands on it; the others are numbered after it.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { bound, describedBy, ErrorMessage, FormGroup, Hint, type FieldProps } from "./Field";
import { cx } from "./cx";
import { fieldId } from "./field-id";

export type ChoiceOption = { value: string; label: ReactNode; hint?: ReactNode };
type Kind = "radios" | "checkboxes";
type Look = {
  /** The small variant, for many choices on one page. */
  small?: boolean;
  inline?: boolean;
  /** Checkboxes in columns (a long list such as police force areas). */
  columns?: boolean;
};

/** The items alone, for a fieldset that holds more than the choice (a peer review's dimension). */
export function ChoiceItems({
  kind,
  id,
  options,
  small,
  inline,
  columns,
  ...binding
}: Look & {
  kind: Kind;
  id: string;
  options: ReadonlyArray<ChoiceOption>;
  name: string;
  registration?: UseFormRegisterReturn;
}) {
  return (
    <div
      className={cx(
        `govuk-${kind}`,
        small && `govuk-${kind}--small`,
        inline && `govuk-${kind}--inline`,
        columns && "app-checkbox-columns",
      )}
      data-module={`govuk-${kind}`}
    >
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${i}`;
        return (
          <div key={o.value} className={`govuk-${kind}__item`}>
            <input
              className={`govuk-${kind}__input`}
              id={optionId}
              type={kind === "radios" ? "radio" : "checkbox"}
              value={o.value}
              aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
              {...bound(binding)}
            />
            <label className={`govuk-label govuk-${kind}__label`} htmlFor={optionId}>
              {o.label}
            </label>
            <Hint id={`${optionId}-item-hint`} className={`govuk-${kind}__hint`}>
              {o.hint}
            </Hint>
          </div>
        );
      })}
    </div>
  );
}

type ChoicesProps = FieldProps &
  Look & {
    options: ReadonlyArray<ChoiceOption>;
    legendSize?: "s" | "m" | "l";
    groupClassName?: string;
  };

function Choices({ kind, legendSize = "m", groupClassName, ...props }: ChoicesProps & { kind: Kind }) {
  const { label, hint, error, name, registration } = props;
  const id = props.id ?? fieldId(name);
  return (
    <FormGroup error={error} className={groupClassName}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{label}</legend>
        <Hint id={`${id}-hint`}>{hint}</Hint>
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
        <ChoiceItems
          kind={kind}
          id={id}
          options={props.options}
          name={name}
          registration={registration}
          small={props.small}
          inline={props.inline}
          columns={props.columns}
        />
      </fieldset>
    </FormGroup>
  );
}

/** One choice of several, in a fieldset whose legend asks the question. */
export function Radios(props: ChoicesProps) {
  return <Choices kind="radios" {...props} />;
}

/** Any number of choices, in a fieldset whose legend asks the question. */
export function Checkboxes(props: ChoicesProps) {
  return <Choices kind="checkboxes" {...props} />;
}
