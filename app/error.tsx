"use client";
// A page that failed on the server (or in the browser): the GOV.UK "problem with the service"
// page, with the reference the server logged (its digest), a way to try again, and no loss of
// anything already saved. Forms never get here: their failures are shown in the form itself.
import Link from "@/components/Link";
import { ProblemWithService } from "@/components/ProblemWithService";

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
        <ProblemWithService
          digest={error.digest}
          onRetry={() => (retry ?? reset)()}
          homeLink={
            <Link className="govuk-link" href="/">
              Go to your home page
            </Link>
          }
        />
      </div>
    </div>
  );
}
