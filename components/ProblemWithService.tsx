// The GOV.UK "problem with the service" content, shared by app/error.tsx and app/global-error.tsx:
// the reference the server logged (the error's digest), a way to try again, and a way home.
import type { ReactNode } from "react";

export function ProblemWithService({
  digest,
  onRetry,
  homeLink,
}: {
  digest: string | undefined;
  onRetry: () => void;
  homeLink: ReactNode;
}) {
  return (
    <>
      <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">This page could not be shown. Anything you had already saved is safe.</p>
      <p className="govuk-body">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onRetry}>
          Try again
        </button>
      </p>
      <p className="govuk-body">
        If it keeps happening, contact the toolkit&rsquo;s administrator and quote this reference:{" "}
        <strong data-testid="error-reference">{digest ?? "none (the problem was in your browser)"}</strong>
      </p>
      <p className="govuk-body">{homeLink}</p>
    </>
  );
}
