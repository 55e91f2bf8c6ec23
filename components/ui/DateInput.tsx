// GOV.UK date input: day, month and year, each its own field, in a fieldset whose legend says
// what the date is. An error marks the parts it is about: all three when the whole date is wrong.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, ErrorMessage, FormGroup, Hint } from "./Field";
import { cx } from "./cx";
import { fieldId } from "./field-id";

export type DatePart = "day" | "month" | "year";
const PARTS = [
  { part: "day", label: "Day", width: 2 },
  { part: "month", label: "Month", width: 2 },
  { part: "year", label: "Year", width: 4 },
] as const;

export function DateInput({
  id,
  legend,
  hint,
  error,
  errorParts = ["day", "month", "year"],
  names,
  values,
  registrations,
  legendSize = "s",
}: {
  /** The group's id: its hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** The parts the error is about (all three unless said). */
  errorParts?: readonly DatePart[];
  /** The name of each part's input; its id is fieldId(name), for the error summary's link. */
  names: Record<DatePart, string>;
  /** What a GET form shows back. */
  values?: Partial<Record<DatePart, string>>;
  /** A client form's react-hook-form registrations. */
  registrations?: Partial<Record<DatePart, UseFormRegisterReturn>>;
  legendSize?: "s" | "m" | "l";
}) {
  return (
    <FormGroup error={error}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint id={`${id}-hint`}>{hint}</Hint>
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
        <div className="govuk-date-input">
          {PARTS.map(({ part, label, width }) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={fieldId(names[part])}>
                  {label}
                </label>
                <input
                  className={cx(
                    "govuk-input govuk-date-input__input",
                    `govuk-input--width-${width}`,
                    !!error && errorParts.includes(part) && "govuk-input--error",
                  )}
                  id={fieldId(names[part])}
                  type="text"
                  inputMode="numeric"
                  defaultValue={values?.[part]}
                  {...(registrations?.[part] ?? { name: names[part] })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
