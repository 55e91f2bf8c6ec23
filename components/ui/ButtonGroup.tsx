// A form's main button, alone or, with something beside it (a second button, a link), in a
// GOV.UK button group.
import type { ReactNode } from "react";

export function ButtonGroup({ alongside, children }: { alongside?: ReactNode; children: ReactNode }) {
  if (!alongside) return children;
  return (
    <div className="govuk-button-group">
      {children}
      {alongside}
    </div>
  );
}
