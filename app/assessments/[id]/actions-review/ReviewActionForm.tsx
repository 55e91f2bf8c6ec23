"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { actionReviewSchema, ACTION_STATUS_LABELS } from "@/lib/results/schemas";
import { reviewActionAction } from "@/app/plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";
import { ACTION_STATUSES } from "@/lib/domain/enums";

export function ReviewActionForm(props: {
  assessmentId: string;
  actionId: string;
  title: string;
  initialStatus: string;
  initialWhatChanged: string;
  reviewed: boolean;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(props.reviewed);
  const { form, onSubmit, summary, errorOf } = useServerForm(
    actionReviewSchema,
    {
      assessmentId: props.assessmentId,
      actionId: props.actionId,
      status: (props.initialStatus || undefined) as never,
      whatChanged: props.initialWhatChanged,
    },
    reviewActionAction,
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  const id = `review-${props.actionId}`;
  const error = errorOf("status");
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        return onSubmit(e);
      }}
      noValidate
      aria-label={`Review: ${props.title}`}
    >
      <ErrorSummary errors={summary} />
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What became of it?</legend>
          {error && (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {ACTION_STATUSES.map((s, i) => (
              <div className="govuk-radios__item" key={s}>
                <input
                  className="govuk-radios__input"
                  id={i === 0 ? `${id}-status` : `${id}-status-${i}`}
                  type="radio"
                  value={s}
                  {...form.register("status")}
                />
                <label
                  className="govuk-label govuk-radios__label"
                  htmlFor={i === 0 ? `${id}-status` : `${id}-status-${i}`}
                >
                  {ACTION_STATUS_LABELS[s]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${id}-what`}>
          What changed? (optional)
        </label>
        <textarea className="govuk-textarea" id={`${id}-what`} rows={2} {...form.register("whatChanged")} />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.formState.isSubmitting}>
        Save<span className="govuk-visually-hidden">: {props.title}</span>
      </button>
      {saved && (
        <p className="govuk-body govuk-!-display-inline-block govuk-!-margin-left-3" role="status">
          Reviewed
        </p>
      )}
    </form>
  );
}
