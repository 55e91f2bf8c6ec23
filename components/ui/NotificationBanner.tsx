// GOV.UK notification banner: "Important" news about the page, or "Success" after an action.
// A success banner is a status (read out, not focused); an important one is a labelled region.
import type { ReactNode } from "react";
import { cx } from "./cx";

export function NotificationBanner({
  titleId,
  success = false,
  title = success ? "Success" : "Important",
  heading,
  testId,
  children,
}: {
  /** The id of the banner's title, which names it. */
  titleId: string;
  success?: boolean;
  title?: string;
  heading: ReactNode;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <div
      className={cx("govuk-notification-banner", success && "govuk-notification-banner--success")}
      role={success ? "status" : "region"}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
