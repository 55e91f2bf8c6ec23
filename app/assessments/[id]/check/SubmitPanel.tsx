"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { submitAssessmentAction } from "@/lib/assessment/actions";
import { ErrorSummary, type SummaryError } from "@/components/ui/ErrorSummary";

export function SubmitPanel({ assessmentId, submittedHref }: { assessmentId: string; submittedHref: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <>
        <ErrorSummary errors={errors} />
        <button type="button" className="govuk-button" onClick={() => setConfirming(true)}>
          Submit assessment
        </button>
      </>
    );
  }
  return (
    <div className="govuk-!-margin-bottom-6">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" tabIndex={-1} ref={headingRef}>
        Are you sure you want to submit?
      </h2>
      <p className="govuk-body">
        Once submitted, the self-review is locked. A coordinator can reopen it while the cycle is open, and must then
        submit it again.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const r = await submitAssessmentAction({ assessmentId });
            setBusy(false);
            if (r.ok) return router.push(submittedHref);
            setErrors(
              r.fieldErrors?._form?.map((m) => ({ field: "_form", message: m })) ?? [
                { field: "_form", message: r.message },
              ],
            );
            setConfirming(false);
          }}
        >
          Yes, submit the self-review
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
