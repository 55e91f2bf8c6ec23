"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { reopenAssessmentAction } from "@/lib/assessment/actions";

export function ReopenButton({ assessmentId, closesOn }: { assessmentId: string; closesOn: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <p className="govuk-body">
        Coordinators can reopen it to make changes until the cycle closes on {closesOn}. It must then be submitted
        again.
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={async () => {
          const r = await reopenAssessmentAction({ assessmentId });
          if (r.ok) router.refresh();
          else setError(r.message);
        }}
      >
        Reopen the self-review
      </button>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
