"use client";
// "Confirm all unchanged answers in this section", beside each answer's own Change link. Stays
// mounted while the page reloads its data, so that the message saying how many were confirmed
// outlives the button (which goes once nothing is left to confirm).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { confirmSectionSchema } from "@/lib/assessment/schemas";
import { confirmSectionAction } from "@/lib/assessment/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { NotificationBanner } from "@/components/ui/NotificationBanner";

export function ConfirmCarriedOverForm(props: {
  assessmentId: string;
  sectionId: string;
  unconfirmed: number;
  cycleLabel: string | null;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const sf = useServerForm(
    confirmSectionSchema,
    { assessmentId: props.assessmentId, sectionId: props.sectionId },
    confirmSectionAction,
    (data) => {
      setMessage(data.message);
      router.refresh();
    },
  );
  return (
    <>
      {message && <NotificationBanner success titleId="confirmed-title" heading={message} testId="confirmed-banner" />}
      {props.unconfirmed > 0 && (
        <div className="govuk-inset-text" data-testid="confirm-all">
          <p className="govuk-body">
            {props.unconfirmed} answer{props.unconfirmed === 1 ? " was" : "s were"} carried over from
            {props.cycleLabel ? ` ${props.cycleLabel}` : " last year"}. Check them below: change any that are no longer
            right, then confirm the rest at once. An answer that needs a new answer is not confirmed.
          </p>
          <ServerForm of={sf} submit="Confirm all unchanged answers in this section" secondary>
            <input type="hidden" {...sf.form.register("assessmentId")} />
            <input type="hidden" {...sf.form.register("sectionId")} />
          </ServerForm>
        </div>
      )}
    </>
  );
}
