"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { cycleSchema } from "@/lib/national/schemas";
import { createCycleAction, setCycleStatusAction } from "@/app/national/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { TextField } from "@/components/forms/fields";

export function CreateCycleForm() {
  const router = useRouter();
  const empty = { label: "", opensOn: "", closesOn: "" };
  const { form, onSubmit, summary, errorOf } = useServerForm(cycleSchema, empty, createCycleAction, (_, f) => {
    f.reset(empty);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="create-cycle">
      <h2 className="govuk-heading-m" id="create-cycle">
        Create a cycle
      </h2>
      <ErrorSummary errors={summary} />
      <TextField
        name="label"
        label="Label"
        hint="For example, 2027/28"
        width="10"
        error={errorOf("label")}
        registration={form.register("label")}
      />
      <TextField
        name="opensOn"
        label="Opens on"
        type="date"
        width="10"
        error={errorOf("opensOn")}
        registration={form.register("opensOn")}
      />
      <TextField
        name="closesOn"
        label="Closes on"
        type="date"
        width="10"
        error={errorOf("closesOn")}
        registration={form.register("closesOn")}
      />
      <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
        Create cycle
      </button>
    </form>
  );
}

export function CycleStatusButton({
  cycleId,
  label,
  status,
}: {
  cycleId: string;
  label: string;
  status: "open" | "closed";
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={`govuk-button govuk-!-margin-bottom-0 ${status === "open" ? "" : "govuk-button--warning"}`}
        onClick={async () => {
          const r = await setCycleStatusAction({ cycleId, status });
          if (r.ok) router.refresh();
          else setError(r.message);
        }}
      >
        {status === "open" ? "Open" : "Close"}
        <span className="govuk-visually-hidden"> the {label} cycle</span>
      </button>
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
