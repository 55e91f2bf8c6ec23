// GOV.UK confirmation panel: the one thing the user came to do is done.
import type { ReactNode } from "react";

export function Panel({
  title,
  headingLevel = 1,
  children,
}: {
  title: ReactNode;
  /** 1 when the panel is the page's heading (a confirmation page); 2 inside a page. */
  headingLevel?: 1 | 2;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <Heading className="govuk-panel__title">{title}</Heading>
      {children && <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
