"use client";
// Every open action from last year's plan on one page, saved together: nothing answered on the
// page is lost by saving another part of it. "Save and continue" needs every action answered;
// "Save and come back later" saves whatever is there. An action someone else changed since the
// page was opened is not overwritten: both versions are shown.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { followUpSchema, type FollowUpFormInput } from "@/lib/action-plan/schemas";
import { PLAN_ACTION_STATUS_LABELS } from "@/lib/domain/labels";
import { saveFollowUpAction } from "@/lib/action-plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary, fieldId } from "@/components/forms/ErrorSummary";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { CharacterCount } from "@/components/forms/CharacterCount";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";

const WHAT_CHANGED_MAX = 2000;

export type ReviewItem = {
  id: number;
  title: string;
  context: string;
  status: string;
  whatChanged: string;
  rowVersion: number;
};
type Conflict = {
  status: (typeof PLAN_ACTION_STATUSES)[number];
  progressNote: string;
  rowVersion: number;
  updatedByName: string | null;
  updatedAt: string;
};

const key = (id: number) => `a${id}`;

export function ActionsReviewForm({
  assessmentId,
  items,
  taskListHref,
}: {
  assessmentId: string;
  items: ReviewItem[];
  taskListHref: string;
}) {
  const router = useRouter();
  const intent = useRef<"continue" | "later">("continue");
  const [conflicts, setConflicts] = useState<Record<number, Conflict>>({});
  const [status, setStatus] = useState<string | null>(null);
  const initial: FollowUpFormInput = {
    assessmentId,
    reviews: Object.fromEntries(
      items.map((a) => [
        key(a.id),
        { status: a.status as "", whatChanged: a.whatChanged, baseVersion: String(a.rowVersion) },
      ]),
    ),
  };
  const { form, onSubmit, summary, errorOf } = useServerForm(
    followUpSchema,
    initial,
    saveFollowUpAction,
    (result, f) => {
      // What is saved is now the base of later saves.
      for (const [id, version] of Object.entries(result.versions))
        f.setValue(`reviews.a${id}.baseVersion` as never, String(version) as never);
      setConflicts(Object.fromEntries(result.conflicts.map((c) => [c.actionId, c.current])));
      const conflictErrors = result.conflicts.map((c) => c.actionId);
      for (const id of conflictErrors)
        f.setError(`reviews.a${id}.status` as never, {
          type: "server",
          message: `‘${items.find((a) => a.id === id)?.title}’ was changed by someone else: choose which version to keep`,
        });
      if (intent.current === "continue")
        for (const id of result.unanswered.filter((id) => !conflictErrors.includes(id)))
          f.setError(`reviews.a${id}.status` as never, {
            type: "server",
            message: `Say what became of ‘${items.find((a) => a.id === id)?.title}’`,
          });
      const left = result.unanswered.length;
      setStatus(
        `Saved. ${left ? `${left} of ${items.length} open actions still to answer.` : "Every open action has an answer."}`,
      );
      if (conflictErrors.length) return;
      if (intent.current === "later" || left === 0) router.push(taskListHref);
    },
  );
  const values = form.watch("reviews");

  return (
    <form
      onSubmit={(e) => {
        intent.current = "continue";
        setStatus(null);
        return onSubmit(e);
      }}
      noValidate
      aria-label="Last year’s action plan"
    >
      <ErrorSummary errors={summary} />
      {items.map((a) => {
        const base = `reviews.${key(a.id)}`;
        const id = fieldId(`${base}.status`);
        const error = errorOf(`${base}.status`);
        const whatError = errorOf(`${base}.whatChanged`);
        const conflict = conflicts[a.id];
        const mine = values?.[key(a.id)];
        const label = (s: string | undefined) =>
          s ? (PLAN_ACTION_STATUS_LABELS[s as keyof typeof PLAN_ACTION_STATUS_LABELS] ?? s) : "";
        return (
          <section
            key={a.id}
            className={`app-result-card govuk-form-group${error ? " govuk-form-group--error" : ""}`}
            aria-labelledby={`action-${a.id}`}
            data-action={a.id}
          >
            <h2 className="govuk-heading-s" id={`action-${a.id}`}>
              {a.title}
            </h2>
            <p className="govuk-body-s">{a.context}</p>
            {conflict && (
              <ConflictPanel
                what="Your answer about this action"
                noun="version"
                updatedByName={conflict.updatedByName}
                updatedAt={conflict.updatedAt}
                rows={[
                  { label: "What became of it", theirs: label(conflict.status), yours: label(mine?.status) },
                  { label: "What changed", theirs: conflict.progressNote, yours: mine?.whatChanged ?? "" },
                ]}
                keepMineLabel="Keep my answer"
                useTheirsLabel="Use their version"
                testId={`review-conflict-${a.id}`}
                onKeepMine={() => {
                  form.setValue(`${base}.baseVersion` as never, String(conflict.rowVersion) as never);
                  setConflicts(({ [a.id]: _, ...rest }) => rest);
                  form.clearErrors(`${base}.status` as never);
                }}
                onUseTheirs={() => {
                  form.setValue(`${base}.baseVersion` as never, String(conflict.rowVersion) as never);
                  form.setValue(`${base}.status` as never, conflict.status as never);
                  form.setValue(`${base}.whatChanged` as never, conflict.progressNote as never);
                  setConflicts(({ [a.id]: _, ...rest }) => rest);
                  form.clearErrors(`${base}.status` as never);
                }}
              />
            )}
            <fieldset className="govuk-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                What became of it?<span className="govuk-visually-hidden"> {a.title}</span>
              </legend>
              {error && (
                <p id={`${id}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {error}
                </p>
              )}
              <div className="govuk-radios govuk-radios--small govuk-radios--inline">
                {PLAN_ACTION_STATUSES.map((s, i) => (
                  <div className="govuk-radios__item" key={s}>
                    <input
                      className="govuk-radios__input"
                      id={i === 0 ? id : `${id}-${i}`}
                      type="radio"
                      value={s}
                      {...form.register(`${base}.status` as never)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={i === 0 ? id : `${id}-${i}`}>
                      {PLAN_ACTION_STATUS_LABELS[s]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
            <div
              className={`govuk-form-group govuk-character-count govuk-!-margin-top-3 govuk-!-margin-bottom-0${whatError ? " govuk-form-group--error" : ""}`}
            >
              <label className="govuk-label" htmlFor={fieldId(`${base}.whatChanged`)}>
                What changed? (optional)<span className="govuk-visually-hidden"> {a.title}</span>
              </label>
              {whatError && (
                <p id={`${fieldId(`${base}.whatChanged`)}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {whatError}
                </p>
              )}
              <textarea
                className={`govuk-textarea${whatError ? " govuk-textarea--error" : ""}`}
                id={fieldId(`${base}.whatChanged`)}
                rows={2}
                aria-describedby={`${fieldId(`${base}.whatChanged`)}-count`}
                {...form.register(`${base}.whatChanged` as never)}
              />
              <CharacterCount
                id={`${fieldId(`${base}.whatChanged`)}-count`}
                length={mine?.whatChanged?.length ?? 0}
                max={WHAT_CHANGED_MAX}
              />
            </div>
          </section>
        );
      })}
      {status && (
        <p className="govuk-body" role="status" data-testid="review-save-status">
          {status}
        </p>
      )}
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button" disabled={form.formState.isSubmitting}>
          Save and continue
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={form.formState.isSubmitting}
          onClick={(e) => {
            intent.current = "later";
            setStatus(null);
            return onSubmit(e);
          }}
        >
          Save and come back later
        </button>
      </div>
    </form>
  );
}
