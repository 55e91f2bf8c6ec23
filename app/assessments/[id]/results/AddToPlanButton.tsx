"use client";
import { useState } from "react";
import Link from "@/components/Link";
import { addRecommendationAction } from "@/lib/action-plan/actions";
import { ActionButton } from "@/components/forms/ActionButton";

export function AddToPlanButton({
  assessmentId,
  recommendationId,
  title,
}: {
  assessmentId: string;
  recommendationId: string;
  title: string;
}) {
  const [added, setAdded] = useState<{ partnershipId: number; actionId: number } | null>(null);
  if (added) {
    return (
      <p className="govuk-body" role="status">
        Added to the action plan.{" "}
        <Link className="govuk-link" href={`/partnerships/${added.partnershipId}/action-plan/${added.actionId}`}>
          Add an owner and due date
        </Link>
      </p>
    );
  }
  return (
    <ActionButton
      className="govuk-!-margin-bottom-2 app-no-print"
      run={() => addRecommendationAction({ assessmentId, recommendationId })}
      onDone={setAdded}
    >
      Add to action plan<span className="govuk-visually-hidden">: {title}</span>
    </ActionButton>
  );
}
