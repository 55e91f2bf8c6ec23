"use client";
import { useRouter } from "next/navigation";
import { removeDocumentAction } from "@/lib/evidence/actions";
import { ActionButton } from "@/components/forms/ActionButton";

export function RemoveDocumentButton({
  assessmentId,
  questionId,
  fileName,
}: {
  assessmentId: string;
  questionId: string;
  fileName: string;
}) {
  const router = useRouter();
  return (
    <ActionButton
      variant="warning"
      run={() => removeDocumentAction({ assessmentId, questionId })}
      onDone={() => router.replace(`/assessments/${assessmentId}/evidence/${questionId}`)}
    >
      Remove the document<span className="govuk-visually-hidden"> {fileName}</span>
    </ActionButton>
  );
}
