import type { Metadata } from "next";
import Link from "@/components/Link";
import "./globals.scss";
import { getActor, sessionTimeLeft } from "@/lib/auth/guard";
import { SignOutButton } from "@/components/SignOutButton";
import { MainNav } from "@/components/MainNav";
import { navigationFor } from "@/lib/navigation";
import { HydrationMarker } from "@/components/HydrationMarker";
import { SessionTimeout } from "@/components/SessionTimeout";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, IDLE_WARNING_MS } from "@/lib/config";

export const metadata: Metadata = {
  title: {
    default: "Anti-Slavery Partnership Maturity Toolkit",
    template: "%s – Anti-Slavery Partnership Maturity Toolkit",
  },
  description: "Annual maturity self-review for UK multi-agency anti-slavery partnerships.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  const timeLeft = await sessionTimeLeft();
  return (
    <html lang="en-GB" className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body govuk-frontend-supported">
        <a href="#main-content" className="govuk-skip-link">
          Skip to main content
        </a>
        <header className="app-header" role="banner">
          <div className="govuk-width-container app-header__container">
            <Link href="/" className="app-header__service">
              Anti-Slavery Partnership Maturity Toolkit
            </Link>
            {actor && (
              <div className="app-header__user">
                <span className="govuk-body-s govuk-!-margin-0" style={{ color: "#fff" }} data-testid="signed-in-as">
                  {actor.name}
                </span>
                <Link href="/account/password" className="app-header__link govuk-body-s govuk-!-margin-0">
                  Your password
                </Link>
                <SignOutButton />
              </div>
            )}
          </div>
        </header>
        <HydrationMarker />
        {actor && <MainNav items={navigationFor(actor)} />}
        {timeLeft && (
          <SessionTimeout
            initialRemainingMs={timeLeft.remainingMs}
            initialLimit={timeLeft.limit}
            warningMs={IDLE_WARNING_MS}
            idleMinutes={IDLE_TIMEOUT_MS / 60_000}
            absoluteHours={ABSOLUTE_TIMEOUT_MS / 3_600_000}
          />
        )}
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" role="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className="govuk-footer" role="contentinfo">
          <div className="govuk-width-container">
            <p className="govuk-body-s">
              Built on &ldquo;Collaborating for freedom: anti-slavery partnerships in the UK&rdquo; (Independent
              Anti-Slavery Commissioner and University of Nottingham, 2017).
            </p>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" href="/how-scoring-works">
                  How scoring works
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" href="/privacy">
                  Privacy notice
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" href="/cookies">
                  Cookies
                </Link>
              </li>
              <li className="govuk-footer__inline-list-item">
                <Link className="govuk-footer__link" href="/accessibility">
                  Accessibility statement
                </Link>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}
