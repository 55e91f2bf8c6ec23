"use client";
// The frame of every form that sends to a server action through useServerForm: no browser
// validation (the shared schema says what is wrong, in the error summary), the summary at the
// top, the fields, and the submit button, disabled while the form is being sent.
import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/ui/ErrorSummary";
import type { ServerFormState } from "./useServerForm";
import { ButtonGroup } from "@/components/ui/ButtonGroup";
import { cx } from "@/components/ui/cx";

export function ServerForm({
  of,
  submit,
  secondary = false,
  beforeSubmit,
  after,
  alongside,
  comeBackLater,
  label,
  labelledBy,
  children,
}: {
  /** What useServerForm returned. */
  of: Omit<ServerFormState, "field">;
  /** The button's words. */
  submit: ReactNode;
  secondary?: boolean;
  /** Runs as the form is sent, before anything else: e.g. to clear a "saved" message. */
  beforeSubmit?: () => void;
  /** Below the button: e.g. a "saved" status. */
  after?: ReactNode;
  /** Beside the button, in a button group. */
  alongside?: ReactNode;
  /**
   * Adds "Save and come back later" beside the button (GOV.UK pattern): it sends the same form,
   * after this runs (to remember where to go once saved).
   */
  comeBackLater?: () => void;
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(e) => {
        beforeSubmit?.();
        return of.onSubmit(e);
      }}
      noValidate
      aria-label={label}
      aria-labelledby={labelledBy}
    >
      <ErrorSummary errors={of.summary} />
      {children}
      <ButtonGroup
        alongside={
          (comeBackLater || alongside) && (
            <>
              {comeBackLater && (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  disabled={of.submitting}
                  onClick={(e) => {
                    comeBackLater();
                    return of.onSubmit(e);
                  }}
                >
                  Save and come back later
                </button>
              )}
              {alongside}
            </>
          )
        }
      >
        <button
          type="submit"
          className={cx("govuk-button", secondary && "govuk-button--secondary")}
          disabled={of.submitting}
        >
          {submit}
        </button>
      </ButtonGroup>
      {after}
    </form>
  );
}
