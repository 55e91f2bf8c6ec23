// The top of a page: a back link where there is somewhere to go back to, the caption saying whose
// or which page this is, and the one <h1>.
import type { ReactNode } from "react";
import Link from "@/components/Link";

/** GOV.UK back link; never printed (a printed page has nowhere to go back to). */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="govuk-back-link app-no-print">
      {children}
    </Link>
  );
}

export function PageHeading({
  back,
  caption,
  children,
}: {
  back?: { href: string; text: ReactNode };
  caption?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {back && <BackLink href={back.href}>{back.text}</BackLink>}
      {caption && <span className="govuk-caption-l">{caption}</span>}
      <h1 className="govuk-heading-l">{children}</h1>
    </>
  );
}
