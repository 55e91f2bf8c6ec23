"use client";
// When even the layout fails: the same page as app/error.tsx, with its own <html> (the layout is
// not there to give one). Plain links, since the app's client navigation may be what failed.
import "./globals.scss";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en-GB" className="govuk-template govuk-template--rebranded">
      <body className="govuk-template__body">
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id="main-content" role="main">
            <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p className="govuk-body">This page could not be shown. Anything you had already saved is safe.</p>
            <p className="govuk-body">
              {/* A full reload: the app itself may be what failed. */}
              <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
                Try again
              </button>
            </p>
            <p className="govuk-body">
              If it keeps happening, contact the toolkit&rsquo;s administrator and quote this reference:{" "}
              <strong data-testid="error-reference">{error.digest ?? "none (the problem was in your browser)"}</strong>
            </p>
            <p className="govuk-body">
              {/* A full page load: the app's own navigation may be what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a className="govuk-link" href="/">
                Go to your home page
              </a>
            </p>
          </main>
        </div>
      </body>
    </html>
  );
}
