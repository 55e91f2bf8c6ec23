import { startAssessmentFromForm } from "@/lib/assessment/actions";

// A plain form posting to a server action: works before (and without) the page's JavaScript.
export function StartAssessmentButton({
  partnershipId,
  label,
  error,
}: {
  partnershipId: string;
  label: string;
  error?: string;
}) {
  return (
    <form action={startAssessmentFromForm}>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
      <input type="hidden" name="partnershipId" value={partnershipId} />
      <button type="submit" className="govuk-button govuk-button--start">
        {label}
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </form>
  );
}
