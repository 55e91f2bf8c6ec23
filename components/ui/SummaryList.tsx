// GOV.UK summary list: a key and its value per row, and a Change link where the row can be
// changed (its hidden text says what, for screen readers hearing a list of "Change" links).
import type { ReactNode } from "react";
import Link from "@/components/Link";

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  change?: { href: string; hidden: string };
  /** React's key; defaults to the key's text. */
  id?: string;
};

/** Rows given as false (`p.children.length > 0 && {...}`) are left out. */
export function SummaryList({ rows }: { rows: ReadonlyArray<SummaryRow | false | null | undefined> }) {
  const shown = rows.filter((r): r is SummaryRow => !!r);
  const anyChange = shown.some((r) => r.change);
  return (
    <dl className="govuk-summary-list">
      {shown.map((r, i) => (
        <div
          key={r.id ?? (typeof r.key === "string" ? r.key : i)}
          className={`govuk-summary-list__row${anyChange && !r.change ? " govuk-summary-list__row--no-actions" : ""}`}
        >
          <dt className="govuk-summary-list__key">{r.key}</dt>
          <dd className="govuk-summary-list__value">{r.value}</dd>
          {r.change && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={r.change.href}>
                Change<span className="govuk-visually-hidden"> {r.change.hidden}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
