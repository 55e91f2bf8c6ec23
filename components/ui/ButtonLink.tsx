// A link that looks like a GOV.UK button, for a step that is only a page to go to.
import type { ReactNode } from "react";
import Link from "@/components/Link";
import { cx } from "./cx";

export function ButtonLink({
  href,
  secondary = false,
  children,
}: {
  href: string;
  secondary?: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      className={cx("govuk-button", secondary && "govuk-button--secondary")}
      role="button"
      draggable={false}
    >
      {children}
    </Link>
  );
}
