"use client";
// When even the layout fails: the same page as app/error.tsx, with its own <html> (the layout is
// not there to give one). Plain links, since the app's client navigation may be what failed.
import "./globals.scss";
import { ProblemWithService } from "@/components/ProblemWithService";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB" className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body">
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" role="main">
            {/* A full reload and a plain link: the app's own navigation may be what failed. */}
            <ProblemWithService
              digest={error.digest}
              onRetry={() => window.location.reload()}
              homeLink={
                // eslint-disable-next-line @next/next/no-html-link-for-pages
                <a className="govuk-link" href="/">
                  Go to your home page
                </a>
              }
            />
          </main>
        </div>
      </body>
    </html>
  );
}
