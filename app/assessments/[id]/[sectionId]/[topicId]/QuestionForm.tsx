"use client";
// One topic's questions. Answers autosave as they are entered (debounced); every save names the
// row version it was based on; a refused save (someone else saved first) is shown with both
// answers and nothing is overwritten; a failed save is shown and retried; an ended session keeps
// everything in the page, asks the user to sign in here, then saves. The saving itself is
// ./useAnswerAutosave.ts over lib/assessment/autosave (ADR 0005).
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { AnswerValue, Level, Question } from "@/lib/framework/types";
import { notOfferedIn, optionAt } from "@/lib/framework/levels";
import { fieldKey, validateDraft, valueToDraft } from "@/lib/assessment/answer-form";
import type { Outcome } from "@/lib/assessment/autosave/engine";
import { summarise, type Summary } from "@/lib/assessment/autosave/machine";
import { ErrorSummary, type SummaryError } from "@/components/forms/ErrorSummary";
import { InlineSignIn } from "./InlineSignIn";
import { QuestionFields } from "./QuestionFields";
import { errorAt, useAnswerAutosave, type Drafts } from "./useAnswerAutosave";

export type InitialAnswer = {
  value: AnswerValue;
  rowVersion: number;
  carriedOverFrom: string | null;
  needsConfirmation: boolean;
};

const time = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

export function QuestionForm(props: {
  assessmentId: string;
  caption: string;
  title: string;
  questions: Question[];
  initial: Record<string, InitialAnswer>;
  cycleOpensOn: string;
  nextHref: string;
  taskListHref: string;
  respondentLabel: string;
  /** The partnership's level: which "Done at … level for us" options it is offered. */
  level: Level;
  /** Said under the heading: e.g. that some answers are filled in from the partnership record. */
  note?: string;
}) {
  const { assessmentId, questions, initial, level } = props;
  const router = useRouter();
  const form = useForm<Drafts>({
    defaultValues: Object.fromEntries(
      questions.map((q) => [fieldKey(q.id), valueToDraft(q, initial[q.id]?.value, level)]),
    ),
    shouldFocusError: false,
  });
  const { state, engine, takeTheirs } = useAnswerAutosave({
    form,
    assessmentId,
    questions,
    baseVersions: Object.fromEntries(questions.map((q) => [q.id, initial[q.id]?.rowVersion ?? 0])),
    level,
  });
  // Stored answers choosing an option this level is not offered (the level changed since): the
  // option is not shown, so the question starts unanswered and says why, until a new answer is saved.
  const notOffered = useMemo(
    () =>
      Object.fromEntries(
        questions.map((q) => [q.id, notOfferedIn(q, initial[q.id]?.value, level).map((o) => optionAt(o, level).label)]),
      ),
    [questions, initial, level],
  );
  const [summary, setSummary] = useState<SummaryError[]>([]);

  /** What the error summary says about a question after trying to save it. */
  function problemsFor(q: Question, outcome: Outcome, marked: SummaryError[]): SummaryError[] {
    const field = fieldKey(q.id);
    switch (outcome) {
      case "partial":
        return marked;
      case "conflict":
        return [{ field, message: `‘${q.text}’ was changed by someone else: choose which answer to keep` }];
      case "failed":
      case "retrying":
        return [{ field, message: `‘${q.text}’ could not be saved. Check your connection and try again` }];
      case "invalid":
        return [{ field, message: errorAt(form, field) ?? "Check this answer" }];
      case "signed-out":
        return [{ field: "_form", message: "Your session has ended. Sign in below to save your answers" }];
      case "saved":
      case "nothing":
        return [];
    }
  }

  async function saveAll(requireAnswers: boolean): Promise<boolean> {
    form.clearErrors();
    const problems: SummaryError[] = [];
    for (const q of questions) {
      const key = fieldKey(q.id);
      const checked = validateDraft(q, form.getValues(key), requireAnswers, level);
      const marked = Object.entries(checked.errors).map(([field, message]) => ({ field, message }));
      if (marked.length && !checked.partial) {
        // Nothing of this answer can be saved yet; every other answer on the page still is.
        for (const e of marked) form.setError(e.field, { type: "validate", message: e.message });
        engine.invalid(q.id);
        problems.push(...marked);
        continue;
      }
      // Moving on from a page saves every answer on it, which confirms the carried-over ones.
      problems.push(...problemsFor(q, await engine.save(q.id), marked));
    }
    setSummary(problems);
    return problems.length === 0;
  }

  async function onContinue(e: React.FormEvent) {
    e.preventDefault();
    if (await saveAll(true)) router.push(props.nextHref);
  }

  async function onComeBackLater() {
    if (await saveAll(false)) router.push(props.taskListHref);
  }

  return (
    <form onSubmit={onContinue} noValidate>
      <ErrorSummary errors={summary} />
      <span className="govuk-caption-l">{props.caption}</span>
      <h1 className="govuk-heading-l">{props.title}</h1>
      {props.note && (
        <div className="govuk-inset-text" data-testid="question-page-note">
          {props.note}
        </div>
      )}

      {questions.map((q) => {
        const item = state.items[q.id]!;
        return (
          <QuestionFields
            key={q.id}
            question={q}
            form={form}
            // Saving from this page confirms a carried-over answer and replaces one not offered.
            carriedOverFrom={
              initial[q.id]?.needsConfirmation && !item.savedHere ? (initial[q.id]?.carriedOverFrom ?? null) : null
            }
            notOffered={item.savedHere ? [] : (notOffered[q.id] ?? [])}
            level={level}
            onConfirm={() => void engine.save(q.id)}
            conflict={item.status.kind === "conflict" ? item.status.current : null}
            onResolve={(keep) => (keep === "theirs" ? takeTheirs(q) : void engine.resolve(q.id, "mine"))}
            cycleOpensOn={props.cycleOpensOn}
          />
        );
      })}

      {state.sessionEnded && <InlineSignIn onSignedIn={() => void engine.signedIn()} />}

      <p className="govuk-body govuk-!-margin-bottom-6" role="status" aria-live="polite" data-testid="save-status">
        {statusText(summarise(state), props.respondentLabel)}
      </p>

      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Save and continue
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onComeBackLater}>
          Save and come back later
        </button>
      </div>
    </form>
  );
}

function statusText(summary: Summary, respondentLabel: string): string {
  switch (summary.kind) {
    case "saving":
      return "Saving…";
    case "retrying":
      return `Not saved — the connection failed. Trying again in ${Math.round(summary.retryInMs / 1000)} seconds.`;
    case "failed":
      return summary.message;
    case "signed-out":
      return "Not saved — your session has ended.";
    case "not-all-saved":
      return "Not everything is saved: correct what is marked as a problem.";
    case "saved":
      return `All changes saved at ${time(summary.at)}`;
    case "none":
      return `Answers for ${respondentLabel} are saved as you go.`;
  }
}
