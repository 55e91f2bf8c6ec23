// GOV.UK pagination for a list read a page at a time: "Previous" and "Next" only (block style),
// since the number of pages is not counted.
import Link from "@/components/Link";

const ARROWS = {
  prev: "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z",
  next: "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z",
};

function PageLink({ direction, href }: { direction: "prev" | "next"; href: string }) {
  return (
    <div className={`govuk-pagination__${direction}`}>
      <Link className="govuk-link govuk-pagination__link" href={href} rel={direction}>
        <svg
          className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
          xmlns="http://www.w3.org/2000/svg"
          height="13"
          width="15"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 15 13"
        >
          <path d={ARROWS[direction]} />
        </svg>
        <span className="govuk-pagination__link-title govuk-pagination__link-title--decorated">
          {direction === "prev" ? "Previous" : "Next"}
          <span className="govuk-visually-hidden"> page</span>
        </span>
      </Link>
    </div>
  );
}

/** Nothing when there is neither a previous nor a next page. */
export function Pagination({
  label,
  previous,
  next,
}: {
  /** The landmark's name, e.g. "Pages of the audit log". */
  label: string;
  previous?: string | null;
  next?: string | null;
}) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && <PageLink direction="prev" href={previous} />}
      {next && <PageLink direction="next" href={next} />}
    </nav>
  );
}
