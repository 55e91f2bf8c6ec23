// GOV.UK layout grid.
import { Children, type ReactNode } from "react";

type Width = "full" | "one-half" | "one-third" | "two-thirds" | "one-quarter" | "three-quarters";

/** A row whose every child is a column of the given width (children left out with false are skipped). */
export function GridRow({ column, children }: { column: Width; children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      {Children.toArray(children).map((child, i) => (
        <div key={i} className={`govuk-grid-column-${column}`}>
          {child}
        </div>
      ))}
    </div>
  );
}

/** The usual page of text and a form: two-thirds wide, so that lines stay readable. */
export function TwoThirds({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}
