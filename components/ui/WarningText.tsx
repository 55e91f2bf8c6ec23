// GOV.UK warning text: something the user must know before going on.
import type { AriaRole, ReactNode } from "react";

export function WarningText({
  block = false,
  role,
  testId,
  children,
}: {
  /** The warning holds paragraphs, a table or buttons, which cannot go inside GOV.UK's <strong>. */
  block?: boolean;
  role?: AriaRole;
  testId?: string;
  children: ReactNode;
}) {
  const Text = block ? "div" : "strong";
  return (
    <div className="govuk-warning-text" role={role} data-testid={testId}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <Text className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span> {children}
      </Text>
    </div>
  );
}
