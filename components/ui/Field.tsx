// The parts every GOV.UK form field shares: the form group (red bar when in error), the label,
// the hint and the error message, and the aria-describedby that makes a screen reader read the
// hint and the error with the field. The inputs in this folder are built from them.
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { cx } from "./cx";
import { fieldId } from "./field-id";

/**
 * What ties an input to its form, declared once per field: its name, the error to show beside it
 * and, in a client form, react-hook-form's registration (which carries the name, ref and
 * handlers). A server-rendered GET form gives only the name, and a defaultValue on the input.
 * `useServerForm().field(name)` returns one.
 */
export type FieldBinding = { name: string; error?: string; registration?: UseFormRegisterReturn };

export type FieldProps = FieldBinding & {
  label: ReactNode;
  hint?: ReactNode;
  /** Defaults to fieldId(name): the id that the error summary links to. */
  id?: string;
};

/** The ids that aria-describedby lists: the hint's, the error's, and any more (a character count). */
export function describedBy(id: string, hint: unknown, error: unknown, ...more: (string | undefined)[]) {
  return cx(hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...more) || undefined;
}

/** The input's own attributes: react-hook-form's registration, or a plain name for a GET form. */
export function bound({ name, registration }: FieldBinding): UseFormRegisterReturn | { name: string } {
  return registration ?? { name };
}

/** What every labelled control carries: its id, what describes it, whether it is invalid, its binding. */
export type ControlProps = ReturnType<typeof controlProps>;
function controlProps(id: string, field: FieldProps, more?: string) {
  return {
    id,
    "aria-describedby": describedBy(id, field.hint, field.error, more),
    "aria-invalid": field.error ? true : undefined,
    ...bound(field),
  };
}

/**
 * A control under its label, hint and error, in its form group. The control is drawn by
 * `children`, given the attributes that tie it to all of those.
 */
export function LabelledField({
  field,
  label,
  describedByMore,
  className,
  children,
}: {
  field: FieldProps;
  label?: { size?: "s" | "m" | "l"; hidden?: boolean };
  /** Another element describing the control, such as a character count. */
  describedByMore?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = field.id ?? fieldId(field.name);
  return (
    <FormGroup error={field.error} className={className}>
      <Label htmlFor={id} size={label?.size} hidden={label?.hidden}>
        {field.label}
      </Label>
      <Hint id={`${id}-hint`}>{field.hint}</Hint>
      <ErrorMessage id={`${id}-error`}>{field.error}</ErrorMessage>
      {children(controlProps(id, field, describedByMore))}
    </FormGroup>
  );
}
export function FormGroup({
  error,
  className,
  children,
}: {
  error?: unknown;
  className?: string;
  children: ReactNode;
}) {
  return <div className={cx("govuk-form-group", !!error && "govuk-form-group--error", className)}>{children}</div>;
}

export function Label({
  htmlFor,
  size,
  hidden = false,
  className,
  children,
}: {
  htmlFor: string;
  size?: "s" | "m" | "l";
  /** Read by screen readers only, where the table or heading around the field already says it. */
  hidden?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <label
      className={hidden ? "govuk-visually-hidden" : cx("govuk-label", size && `govuk-label--${size}`, className)}
      htmlFor={htmlFor}
    >
      {children}
    </label>
  );
}

/** The field's hint, with the id `${fieldId}-hint`; nothing when there is none. */
export function Hint({ id, className, children }: { id: string; className?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={id} className={cx("govuk-hint", className)}>
      {children}
    </div>
  );
}

/** The field's error, with the id `${fieldId}-error`; nothing when there is none. */
export function ErrorMessage({ id, children }: { id?: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {children}
    </p>
  );
}
