"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { cycleSchema } from "@/lib/national/schemas";
import { createCycleAction, setCycleStatusAction } from "@/lib/national/actions";
import { useAddForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { TextInput } from "@/components/ui/TextInput";

export function CreateCycleForm() {
  const empty = { label: "", opensOn: "", closesOn: "" };
  const sf = useAddForm(cycleSchema, empty, createCycleAction);
  return (
    <>
      <h2 className="govuk-heading-m" id="create-cycle">
        Create a cycle
      </h2>
      <ServerForm of={sf} submit="Create cycle" labelledBy="create-cycle">
        <TextInput label="Label" hint="For example, 2027/28" width="10" {...sf.field("label")} />
        <TextInput label="Opens on" type="date" width="10" {...sf.field("opensOn")} />
        <TextInput label="Closes on" type="date" width="10" {...sf.field("closesOn")} />
      </ServerForm>
    </>
  );
}

const selfReviews = (n: number) => `${n} self-review${n === 1 ? "" : "s"}`;

/** What opening or closing the cycle does, in numbers, for the confirmation. */
function consequences(
  label: string,
  from: "planned" | "open" | "closed",
  to: "open" | "closed",
  counts: { unsubmitted: number; submitted: number },
): string[] {
  if (to === "closed")
    return [
      `Closing the ${label} cycle locks every self-review in it at once, also for anyone answering now.`,
      counts.unsubmitted
        ? `${selfReviews(counts.unsubmitted)} ${counts.unsubmitted === 1 ? "is" : "are"} not submitted: ${counts.unsubmitted === 1 ? "it" : "they"} will be locked as ${counts.unsubmitted === 1 ? "it is" : "they are"}, can no longer be changed or submitted, and will not count in the national figures.`
        : "Every self-review started in it has been submitted.",
      `${selfReviews(counts.submitted)} submitted ${counts.submitted === 1 ? "stays" : "stay"} as ${counts.submitted === 1 ? "it is" : "they are"}.`,
    ];
  if (from === "closed")
    return [
      `Re-opening the ${label} cycle unlocks it again.`,
      `${selfReviews(counts.unsubmitted)} not submitted can be changed and submitted again.`,
      `The coordinators of its ${selfReviews(counts.submitted)} submitted can reopen them, which would change the national figures for ${label}.`,
    ];
  return [
    `Opening the ${label} cycle lets every partnership start its ${label} self-review once its opening date has come.`,
  ];
}

export function CycleStatusButton({
  cycleId,
  label,
  from,
  status,
  counts,
}: {
  cycleId: string;
  label: string;
  from: "planned" | "open" | "closed";
  status: "open" | "closed";
  counts: { unsubmitted: number; submitted: number };
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const verb = status === "open" ? (from === "closed" ? "Re-open" : "Open") : "Close";
  const headingId = `confirm-cycle-${cycleId}`;
  if (!confirming)
    return (
      <button
        type="button"
        className={`govuk-button govuk-!-margin-bottom-0 ${status === "open" ? "" : "govuk-button--warning"}`}
        onClick={() => setConfirming(true)}
      >
        {verb}
        <span className="govuk-visually-hidden"> the {label} cycle</span>
      </button>
    );
  return (
    <div role="group" aria-labelledby={headingId} data-testid={`confirm-cycle-${label}`}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId} tabIndex={-1} ref={(el) => el?.focus()}>
        {verb} the {label} cycle?
      </h2>
      {consequences(label, from, status, counts).map((line) => (
        <p key={line} className="govuk-body-s govuk-!-margin-bottom-2">
          {line}
        </p>
      ))}
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          className={`govuk-button govuk-!-margin-bottom-0 ${status === "open" ? "" : "govuk-button--warning"}`}
          onClick={async () => {
            setError(null);
            try {
              const r = await setCycleStatusAction({ cycleId, status, confirmed: "yes" });
              if (r.ok) {
                setConfirming(false);
                router.refresh();
              } else setError(r.message);
            } catch {
              setError("The change could not be sent, so nothing has changed. Check your connection and try again.");
            }
          }}
        >
          Yes, {verb.toLowerCase()} the {label} cycle
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={() => setConfirming(false)}
        >
          Cancel<span className="govuk-visually-hidden">: keep the {label} cycle as it is</span>
        </button>
      </div>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
