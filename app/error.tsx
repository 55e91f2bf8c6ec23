"use client";
// A page that failed on the server (or in the browser): the GOV.UK "problem with the service"
// page, with the reference the server logged (its digest), a way to try again, and no loss of
// anything already saved. Forms never get here: their failures are shown in the form itself.
import Link from "@/components/Link";

export default function ErrorPage({
  error,
  retry,
  reset,
}: {
  error: Error & { digest?: string };
  retry?: () => void;
  reset: () => void;
}) {
  return (
    <div className="govuk-grid-row" data-testid="error-page">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">This page could not be shown. Anything you had already saved is safe.</p>
        <p className="govuk-body">
          <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => (retry ?? reset)()}>
            Try again
          </button>
        </p>
        <p className="govuk-body">
          If it keeps happening, contact the toolkit&rsquo;s administrator and quote this reference:{" "}
          <strong data-testid="error-reference">{error.digest ?? "none (the problem was in your browser)"}</strong>
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/">
            Go to your home page
          </Link>
        </p>
      </div>
    </div>
  );
}
