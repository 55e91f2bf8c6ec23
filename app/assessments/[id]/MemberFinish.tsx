"use client";
// A member's own response: mark it finished (it then counts in what the coordinator compares) or,
// once finished, reopen it to change it while the self-review is open.
import { useRouter } from "next/navigation";
import { finishMemberResponseAction, reopenMemberResponseAction } from "@/lib/assessment/actions";
import { ActionButton } from "@/components/forms/ActionButton";

export function MemberFinish({ assessmentId, finished }: { assessmentId: string; finished: boolean }) {
  const router = useRouter();
  return finished ? (
    <ActionButton
      className="govuk-!-margin-bottom-0"
      run={() => reopenMemberResponseAction({ assessmentId })}
      onDone={() => router.refresh()}
    >
      Change your response
    </ActionButton>
  ) : (
    <ActionButton
      variant="primary"
      run={() => finishMemberResponseAction({ assessmentId })}
      onDone={() => router.refresh()}
    >
      Mark your response as finished
    </ActionButton>
  );
}
