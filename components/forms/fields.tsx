"use client";
// GOV.UK form field patterns wired to react-hook-form's register(): label, hint, error message,
// and aria-describedby so that screen readers hear the hint and the error with the field.
import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldId } from "./ErrorSummary";

type Common = { name: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn };

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  hint,
  error,
  registration,
  type = "text",
  autoComplete,
  width,
  spellCheck,
  inputMode,
}: Common & {
  type?: string;
  autoComplete?: string;
  width?: "10" | "20" | "30" | "full";
  spellCheck?: boolean;
  inputMode?: "numeric" | "email" | "text";
}) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <input
        id={id}
        type={type}
        className={`govuk-input${width && width !== "full" ? ` govuk-input--width-${width}` : ""}${error ? " govuk-input--error" : ""}`}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        inputMode={inputMode}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...registration}
      />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  registration,
  options,
}: Common & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      <select
        id={id}
        className={`govuk-select${error ? " govuk-select--error" : ""}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...registration}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radios or checkboxes in a fieldset; the first input carries the field id for the summary link. */
export function ChoiceField({
  name,
  label,
  hint,
  error,
  registration,
  options,
  multiple = false,
  columns = false,
  legendSize = "m",
}: Common & {
  options: ReadonlyArray<{ value: string; label: string; hint?: string }>;
  multiple?: boolean;
  columns?: boolean;
  legendSize?: "s" | "m" | "l";
}) {
  const id = fieldId(name);
  const kind = multiple ? "checkboxes" : "radios";
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div
          className={`govuk-${kind}${multiple ? "" : ""} ${columns ? "app-checkbox-columns" : ""}`}
          data-module={`govuk-${kind}`}
        >
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div key={o.value} className={`govuk-${kind}__item`}>
                <input
                  className={`govuk-${kind}__input`}
                  id={optionId}
                  type={multiple ? "checkbox" : "radio"}
                  value={o.value}
                  aria-describedby={o.hint ? `${optionId}-item-hint` : undefined}
                  {...registration}
                />
                <label className={`govuk-label govuk-${kind}__label`} htmlFor={optionId}>
                  {o.label}
                </label>
                {o.hint && (
                  <div id={`${optionId}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                    {o.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
