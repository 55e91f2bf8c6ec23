"use client";
import { useEffect, useRef } from "react";
import { fieldId } from "./field-id";

export { fieldId };

export type SummaryError = { field: string; message: string };

/** GOV.UK error summary: takes focus when it appears, links each error to its field. */
export function ErrorSummary({ errors, title = "There is a problem" }: { errors: SummaryError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => `${e.field}:${e.message}`).join("|");
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [key, errors.length]);
  if (!errors.length) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.field + e.message}>
                {e.field === "_form" ? (
                  e.message
                ) : (
                  <a
                    href={`#${fieldId(e.field)}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      const el = document.getElementById(fieldId(e.field));
                      el?.focus();
                      el?.scrollIntoView({ block: "center" });
                    }}
                  >
                    {e.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
