"use client";
// The chaser (issue 21): the Commissioner's office emails the coordinators of the partnerships it
// selects among those not yet submitted. Each coordinator gets at most one a day per partnership.
import { useState } from "react";
import { chaserSchema } from "@/lib/mail/schemas";
import { sendChaserAction } from "@/lib/mail/actions";
import { useAddForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { Checkboxes } from "@/components/ui/Choices";
import { SuccessBanner } from "@/components/Banners";

export function ChaserForm({
  cycleId,
  partnerships,
}: {
  cycleId: string;
  partnerships: { id: number; name: string }[];
}) {
  const [done, setDone] = useState<{ chased: string[]; noCoordinator: string[]; submitted: string[] } | null>(null);
  const empty = { cycleId, partnershipIds: [] as string[] };
  const sf = useAddForm(chaserSchema, empty, sendChaserAction, setDone);
  return (
    <>
      {done && (
        <SuccessBanner
          id="chaser-sent"
          heading={`Reminder sent to the coordinators of ${done.chased.length} partnership${done.chased.length === 1 ? "" : "s"}`}
        >
          {done.noCoordinator.length > 0 && (
            <p className="govuk-body">Not sent (no coordinator): {done.noCoordinator.join(", ")}.</p>
          )}
          {done.submitted.length > 0 && (
            <p className="govuk-body">Not sent (submitted since): {done.submitted.join(", ")}.</p>
          )}
        </SuccessBanner>
      )}
      <ServerForm of={sf} submit="Send a reminder to their coordinators" secondary>
        <input type="hidden" {...sf.form.register("cycleId")} />
        <Checkboxes
          label="Partnerships to remind"
          hint="Their coordinators get an email asking them to submit, with the deadline. Each gets at most one a day."
          small
          columns
          options={partnerships.map((p) => ({ value: String(p.id), label: p.name }))}
          {...sf.field("partnershipIds")}
        />
      </ServerForm>
    </>
  );
}
