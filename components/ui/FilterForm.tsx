// A GET form that filters or chooses what a page shows: its values are in the address, so a
// filtered view is a link, and it works without JavaScript. Never printed.
import type { ReactNode } from "react";
import { ButtonGroup } from "./ButtonGroup";
import { cx } from "./cx";

export function FilterForm({
  submit,
  secondary = false,
  label,
  action,
  compact = false,
  alongside,
  children,
}: {
  /** The button's words, e.g. "Apply filters", "Show". */
  submit: string;
  secondary?: boolean;
  /** The form's accessible name, where a page has more than one form. */
  label?: string;
  action?: string;
  /** One line of inline fields and the button, with less space below. */
  compact?: boolean;
  /** Beside the button, in a button group: e.g. a link that clears the filters. */
  alongside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      noValidate
      className={cx(compact && "govuk-!-margin-bottom-4", "app-no-print")}
      aria-label={label}
    >
      {children}
      <ButtonGroup alongside={alongside}>
        <button
          type="submit"
          className={cx("govuk-button", secondary && "govuk-button--secondary", compact && "govuk-!-margin-bottom-0")}
        >
          {submit}
        </button>
      </ButtonGroup>
    </form>
  );
}
