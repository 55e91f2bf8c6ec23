"use client";
// The optional evidence under a "Yes": title, date, link and note, each checked on its own so that
// what is valid is saved while the rest is corrected; a date over 12 months before the cycle
// opened is flagged as out of date.
import { useParams } from "next/navigation";
import { evidenceIsOutOfDate } from "@/lib/framework/schema";
import { fieldId } from "@/components/forms/ErrorSummary";
import { errorAt, type AnswerForm } from "./useAnswerAutosave";

type EvidenceField = "title" | "date" | "link" | "note";

function Field({
  form,
  path,
  label,
  children,
}: {
  form: AnswerForm;
  path: string;
  label: string;
  children: React.ReactNode;
}) {
  const error = errorAt(form, path);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={fieldId(path)}>
        {label}
      </label>
      {error && (
        <p id={`${fieldId(path)}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

export function EvidenceFields({
  form,
  fieldKeyBase,
  cycleOpensOn,
  prompt,
  questionId,
}: {
  form: AnswerForm;
  fieldKeyBase: string;
  cycleOpensOn: string;
  prompt?: string;
  questionId: string;
}) {
  const { id: assessmentId } = useParams<{ id: string }>();
  const path = (f: EvidenceField) => `${fieldKeyBase}.evidence.${f}` as const;
  const date = form.watch(path("date"));
  const outOfDate = !!date && /^\d{4}-\d{2}-\d{2}$/.test(date) && evidenceIsOutOfDate(date, cycleOpensOn);
  const staleId = `${fieldId(path("date"))}-stale`;
  return (
    <div className="govuk-radios__conditional">
      <p className="govuk-body">Evidence (optional){prompt ? `: ${prompt}` : ""}. A peer reviewer may ask to see it.</p>
      <Field form={form} path={path("title")} label="Document title">
        <input className="govuk-input" id={fieldId(path("title"))} type="text" {...form.register(path("title"))} />
      </Field>
      <Field form={form} path={path("date")} label="Date of the current version">
        <input
          className="govuk-input govuk-input--width-10"
          id={fieldId(path("date"))}
          type="date"
          aria-describedby={outOfDate ? staleId : undefined}
          {...form.register(path("date"))}
        />
      </Field>
      {outOfDate && (
        <div className="govuk-warning-text" id={staleId} data-testid="evidence-out-of-date">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span> Out of date: this is more than 12 months older than
            the start of the cycle.
          </strong>
        </div>
      )}
      <Field form={form} path={path("link")} label="Link to the document">
        <input
          className="govuk-input"
          id={fieldId(path("link"))}
          type="url"
          spellCheck={false}
          {...form.register(path("link"))}
        />
      </Field>
      <Field form={form} path={path("note")} label="Note">
        <textarea className="govuk-textarea" id={fieldId(path("note"))} rows={2} {...form.register(path("note"))} />
      </Field>
      {/* Issue 21: the document itself, on a page of its own (a file cannot go through autosave). */}
      <p className="govuk-body">
        <a className="govuk-link" href={`/assessments/${assessmentId}/evidence/${questionId}`}>
          Upload or see the evidence document
        </a>{" "}
        (PDF, Word, Excel, OpenDocument, PNG or JPEG).
      </p>
    </div>
  );
}
