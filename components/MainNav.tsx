"use client";
import Link from "@/components/Link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/navigation";

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="app-nav" aria-label="Main">
      <div className="govuk-width-container">
        <ul className="app-nav__list">
          {items.map((item) => {
            const current =
              item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(item.href + "/");
            return (
              <li key={item.href} className="app-nav__item">
                <Link
                  className="govuk-link govuk-link--no-visited-state"
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                >
                  {item.text}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
