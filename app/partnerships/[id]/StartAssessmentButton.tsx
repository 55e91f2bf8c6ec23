"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { startAssessmentAction } from "@/app/assessments/actions";

export function StartAssessmentButton({ partnershipId, label }: { partnershipId: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error && <p className="govuk-error-message" role="alert">{error}</p>}
      <button
        type="button"
        className="govuk-button govuk-button--start"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const r = await startAssessmentAction({ partnershipId });
          setBusy(false);
          if (r.ok) router.push(`/assessments/${r.data.assessmentId}`);
          else setError(r.message);
        }}
      >
        {label}
        <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
    </>
  );
}
