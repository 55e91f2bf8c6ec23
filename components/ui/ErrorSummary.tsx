"use client";
// GOV.UK error summary, the one used everywhere: by client forms (it takes focus whenever the
// errors change) and by server-rendered pages such as GET filter forms (the server renders it,
// and it takes focus once the page has loaded, as GOV.UK's own script does). Each error links to
// its field's id, fieldId(field); "_form" is an error about the whole form, shown without a link.
import { useEffect, useRef } from "react";
import { fieldId } from "./field-id";

export { fieldId };

export type SummaryError = { field: string; message: string };

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
                      // Focus the field itself (a plain jump to the anchor would only scroll).
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
