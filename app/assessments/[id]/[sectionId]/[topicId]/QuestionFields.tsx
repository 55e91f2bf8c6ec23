"use client";
// One question on the page: why it asks again (carried over, or an option no longer offered), the
// question and its hint, its error, someone else's newer answer if a save was refused, its
// inputs, and where the question comes from.
import type { AnswerValue, Level, Question } from "@/lib/framework/types";
import { LEVEL_PHRASE } from "@/lib/framework/levels";
import { fieldKey, validateDraft } from "@/lib/assessment/answer-form";
import { describeAnswer } from "@/lib/assessment/describe";
import { sourceText } from "@/lib/assessment/source";
import type { Conflict } from "@/lib/assessment/autosave/machine";
import { fieldId } from "@/components/forms/ErrorSummary";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { AnswerControl } from "./AnswerControls";
import { errorAt, type AnswerForm } from "./useAnswerAutosave";

export function QuestionFields({
  question: q,
  form,
  carriedOverFrom,
  notOffered,
  level,
  onConfirm,
  conflict,
  onResolve,
  cycleOpensOn,
}: {
  question: Question;
  form: AnswerForm;
  carriedOverFrom: string | null;
  /** Labels of the stored answer's options that this level is not offered. */
  notOffered: string[];
  level: Level;
  onConfirm: () => void;
  /** Someone else's newer answer, when this page's save was refused. */
  conflict: Conflict<AnswerValue> | null;
  onResolve: (keep: "mine" | "theirs") => void;
  cycleOpensOn: string;
}) {
  const key = fieldKey(q.id);
  const id = fieldId(key);
  const error = errorAt(form, key);
  const hintId = q.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`} data-question={q.id}>
      {carriedOverFrom && (
        <div className="govuk-inset-text govuk-!-margin-top-0" data-testid={`carried-${q.id}`}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            Carried over from {carriedOverFrom} — confirm or change
          </p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={onConfirm}
          >
            Confirm this answer<span className="govuk-visually-hidden">: {q.text}</span>
          </button>
        </div>
      )}
      {notOffered.length > 0 && (
        <div className="govuk-inset-text govuk-!-margin-top-0" data-testid={`not-offered-${q.id}`}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">
            The answer given before, ‘{notOffered.join("; ")}’, is not offered to {LEVEL_PHRASE[level]}: give a new
            answer
          </p>
        </div>
      )}
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m" id={`${id}-legend`}>
          {q.text}
        </legend>
        {q.hint && (
          <div id={hintId} className="govuk-hint">
            {q.hint}
          </div>
        )}
        {error && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        {conflict && <AnswerConflict question={q} form={form} current={conflict} onResolve={onResolve} level={level} />}
        <AnswerControl
          question={q}
          form={form}
          level={level}
          invalid={!!error}
          describedBy={describedBy}
          cycleOpensOn={cycleOpensOn}
        />
      </fieldset>
      <details className="govuk-details govuk-!-margin-top-3 govuk-!-margin-bottom-0">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Where this question comes from</span>
        </summary>
        <div className="govuk-details__text">{sourceText(q.source)}</div>
      </details>
    </div>
  );
}

function AnswerConflict({
  question,
  form,
  current,
  onResolve,
  level,
}: {
  question: Question;
  form: AnswerForm;
  current: Conflict<AnswerValue>;
  onResolve: (keep: "mine" | "theirs") => void;
  level: Level;
}) {
  const mine = validateDraft(question, form.watch(fieldKey(question.id)), false, level).value;
  return (
    <ConflictPanel
      what="Your answer"
      noun="answer"
      updatedByName={current.updatedByName}
      updatedAt={current.updatedAt || null}
      rows={[
        {
          label: "Answer",
          theirs: describeAnswer(question, current.value, level),
          yours: describeAnswer(question, mine, level),
        },
      ]}
      onKeepMine={() => onResolve("mine")}
      onUseTheirs={() => onResolve("theirs")}
      keepMineLabel="Keep my answer"
      useTheirsLabel="Use their answer"
      testId={`conflict-${question.id}`}
    />
  );
}
