"use client";
import { useState } from "react";
import Link from "@/components/Link";
import { addRecommendationAction } from "@/lib/action-plan/actions";

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
  const [error, setError] = useState<string | null>(null);
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
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2 app-no-print"
        onClick={async () => {
          const r = await addRecommendationAction({ assessmentId, recommendationId });
          if (r.ok) setAdded(r.data);
          else setError(r.message);
        }}
      >
        Add to action plan<span className="govuk-visually-hidden">: {title}</span>
      </button>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
