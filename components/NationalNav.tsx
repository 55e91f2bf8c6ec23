"use client";
// The Commissioner's office's pages: their navigation, heading and cycle chooser, one way for all.
// Client components given plain props: a page's flight data then names the current page and the
// cycles, rather than carrying the navigation's and the chooser's markup (issue 20, page weight).
import type { ReactNode } from "react";
import Link from "@/components/Link";
import { PageHeading } from "@/components/ui/PageHeading";
import { Select } from "@/components/ui/Select";

const ITEMS = [
  ["/national", "Overview"],
  ["/national/tracker", "Submission tracker"],
  ["/national/map", "Map"],
  ["/national/compare", "Compare"],
  ["/national/benchmark", "Benchmark"],
  ["/national/trends", "Trends"],
  ["/national/report", "Report"],
  ["/national/cycles", "Annual cycles"],
  ["/national/assignments", "Peer reviews"],
  ["/national/data-dictionary", "Data dictionary"],
] as const;

export function NationalNav({ current }: { current: string }) {
  return (
    <nav aria-label="National picture" className="govuk-!-margin-bottom-6 app-no-print">
      <ul className="app-nav__list">
        {ITEMS.map(([href, text]) => (
          <li key={href} className="app-nav__item">
            <Link className="govuk-link" href={href} aria-current={href === current ? "page" : undefined}>
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The top of every national page: whose pages these are, the page's heading, and their navigation. */
export function NationalHeading({
  current,
  caption = "Commissioner’s office",
  back,
  children,
}: {
  current: string;
  caption?: ReactNode;
  back?: { href: string; text: string };
  children: ReactNode;
}) {
  return (
    <>
      <PageHeading caption={caption} back={back}>
        {children}
      </PageHeading>
      <NationalNav current={current} />
    </>
  );
}

/** The cycle chooser of the national pages' filter forms. */
export function CycleField({
  cycles,
  current,
  withStatus = false,
  inline = false,
  groupClassName,
}: {
  cycles: { id: number; label: string; status?: string }[];
  current: number;
  /** "2025/26 (closed)" rather than "2025/26". */
  withStatus?: boolean;
  inline?: boolean;
  groupClassName?: string;
}) {
  return (
    <Select
      label="Cycle"
      name="cycle"
      defaultValue={String(current)}
      inline={inline}
      groupClassName={groupClassName}
      options={cycles.map((c) => ({ value: c.id, label: withStatus ? `${c.label} (${c.status})` : c.label }))}
    />
  );
}
