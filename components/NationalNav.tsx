import Link from "@/components/Link";

const ITEMS = [
  ["/national", "Overview"],
  ["/national/tracker", "Submission tracker"],
  ["/national/map", "Map"],
  ["/national/compare", "Compare"],
  ["/national/benchmark", "Benchmark"],
  ["/national/trends", "Trends"],
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
