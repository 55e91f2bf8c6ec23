// GOV.UK details: more that only some readers want, behind a summary line they can open.
import type { ReactNode } from "react";
import { cx } from "./cx";

export function Details({
  summary,
  className,
  open,
  children,
}: {
  summary: ReactNode;
  className?: string;
  /** Shown open, as on a page meant for printing (a closed one prints only its summary). */
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className={cx("govuk-details", className)} open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
