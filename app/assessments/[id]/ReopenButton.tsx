"use client";
import { useRouter } from "next/navigation";
import { reopenAssessmentAction } from "@/lib/assessment/actions";
import { ActionButton } from "@/components/forms/ActionButton";

export function ReopenButton({ assessmentId, closesOn }: { assessmentId: string; closesOn: string }) {
  const router = useRouter();
  return (
    <>
      <p className="govuk-body">
        Coordinators can reopen it to make changes until the cycle closes on {closesOn}. It must then be submitted
        again.
      </p>
      <ActionButton
        className="govuk-!-margin-bottom-0"
        run={() => reopenAssessmentAction({ assessmentId })}
        onDone={() => router.refresh()}
      >
        Reopen the self-review
      </ActionButton>
    </>
  );
}
