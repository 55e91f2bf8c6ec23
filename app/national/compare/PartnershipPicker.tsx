"use client";
// The partnerships to compare: checkboxes in a GET form, so choosing works without JavaScript.
// With it, a text box filters the list as you type (a chosen partnership always stays in view)
// and says how many are shown and chosen.
import { useState } from "react";
import { useInBrowser } from "@/components/useInBrowser";
import { ErrorMessage, Hint } from "@/components/ui/Field";
import { cx } from "@/components/ui/cx";
import { fieldId } from "@/components/ui/field-id";

export function PartnershipPicker({
  options,
  chosen,
  max,
  error,
}: {
  options: { id: number; name: string }[];
  chosen: number[];
  max: number;
  error?: string;
}) {
  // False on the server (and so in the HTML without JavaScript), true once hydrated.
  const enhanced = useInBrowser();
  const [filter, setFilter] = useState("");
  const [checked, setChecked] = useState(() => new Set(chosen));
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shows = (o: { id: number; name: string }) =>
    checked.has(o.id) || words.every((w) => o.name.toLowerCase().includes(w));
  const shown = options.filter(shows).length;
  const id = fieldId("p");
  return (
    <div className={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={cx(`${id}-hint`, error && `${id}-error`)}
        data-testid="compare-picker"
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Partnerships to compare</legend>
        <Hint id={`${id}-hint`}>Choose 2 to {max}.</Hint>
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
        {enhanced && (
          <div className="govuk-form-group govuk-!-margin-bottom-3">
            <label className="govuk-label" htmlFor="p-filter">
              Filter the list by name
            </label>
            <input
              className="govuk-input govuk-!-width-two-thirds"
              id="p-filter"
              type="search"
              autoComplete="off"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              // Enter in the filter would submit the form before anything is chosen.
              onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
            />
            <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0" role="status">
              {shown} of {options.length} shown; {checked.size} chosen
              {checked.size > max ? ` (more than ${max})` : ""}.
            </p>
          </div>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small app-checkbox-scroll" data-module="govuk-checkboxes">
          {options.map((o, i) => (
            <div key={o.id} className="govuk-checkboxes__item" hidden={!shows(o)}>
              <input
                className="govuk-checkboxes__input"
                id={i === 0 ? id : `${id}-${i}`}
                name="p"
                type="checkbox"
                value={o.id}
                checked={checked.has(o.id)}
                onChange={(e) =>
                  setChecked((s) => {
                    const next = new Set(s);
                    if (e.target.checked) next.add(o.id);
                    else next.delete(o.id);
                    return next;
                  })
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={i === 0 ? id : `${id}-${i}`}>
                {o.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
