"use client";
// One topic's questions. Answers autosave as they are entered (debounced); every save names the
// row version it was based on; a refused save (someone else saved first) is shown with both
// answers and nothing is overwritten; a failed save is shown and retried; an ended session keeps
// everything in the page, asks the user to sign in here, then saves.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type UseFormReturn } from "react-hook-form";
import { signIn } from "next-auth/react";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import type { AnswerValue, Level, Question } from "@/lib/framework/types";
import { evidenceIsOutOfDate } from "@/lib/framework/schema";
import { LEVEL_PHRASE, notOfferedIn, optionAt, optionsAt } from "@/lib/framework/levels";
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  fieldKey,
  validateDraft,
  valueToDraft,
  type AnswerDraft,
} from "@/lib/assessment/answer-form";
import { describeAnswer } from "@/lib/assessment/describe";
import { saveAnswerAction } from "@/lib/assessment/actions";
import { ErrorSummary, fieldId, type SummaryError } from "@/components/forms/ErrorSummary";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { CharacterCount } from "@/components/forms/CharacterCount";
import { sourceText } from "@/lib/assessment/source";

export type InitialAnswer = {
  value: AnswerValue;
  rowVersion: number;
  carriedOverFrom: string | null;
  needsConfirmation: boolean;
};

type Conflict = { value: AnswerValue | null; rowVersion: number; updatedByName: string | null; updatedAt: string };
type SaveState =
  | { status: "saving" }
  | { status: "saved"; at: string }
  | { status: "error"; message: string; retrying: boolean }
  | { status: "conflict"; current: Conflict }
  | { status: "signed-out" }
  | { status: "invalid" }
  // Saved without the parts marked as a problem (evidence fields), which stay on the page.
  | { status: "partial"; at: string };
type Outcome = "saved" | "partial" | "nothing" | "invalid" | "conflict" | "signed-out" | "error";

type Drafts = Record<string, AnswerDraft>;

const AUTOSAVE_DELAY_MS = 800;

/** The error message react-hook-form holds at a path (question ids make paths dynamic). */
function errorAt(form: UseFormReturn<Drafts>, path: string): string | undefined {
  const error = form.getFieldState(path as never, form.formState).error as { message?: string } | undefined;
  return error?.message;
}
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
}) {
  const { assessmentId, questions, initial, level } = props;
  const router = useRouter();
  const byKey = useMemo(() => new Map(questions.map((q) => [fieldKey(q.id), q])), [questions]);
  const form = useForm<Drafts>({
    defaultValues: Object.fromEntries(
      questions.map((q) => [fieldKey(q.id), valueToDraft(q, initial[q.id]?.value, level)]),
    ),
    shouldFocusError: false,
  });
  const versions = useRef<Record<string, number>>(
    Object.fromEntries(questions.map((q) => [q.id, initial[q.id]?.rowVersion ?? 0])),
  );
  const [needsConfirm, setNeedsConfirm] = useState<Record<string, boolean>>(
    Object.fromEntries(questions.map((q) => [q.id, !!initial[q.id]?.needsConfirmation])),
  );
  // Stored answers choosing an option this level is not offered (the level changed since): the
  // option is not shown, so the question starts unanswered and says why, until a new answer is saved.
  const [notOffered, setNotOffered] = useState<Record<string, string[]>>(
    Object.fromEntries(
      questions.map((q) => [q.id, notOfferedIn(q, initial[q.id]?.value, level).map((o) => optionAt(o, level).label)]),
    ),
  );
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [signedOut, setSignedOut] = useState(false);
  const timers = useRef<Record<string, ReturnType<typeof setTimeout>>>({});
  const inflight = useRef<Record<string, Promise<Outcome> | undefined>>({});
  const attempts = useRef<Record<string, number>>({});
  const unsaved = useRef(new Set<string>());
  const edits = useRef<Record<string, number>>({});

  const setState = (qid: string, s: SaveState) => setStates((prev) => ({ ...prev, [qid]: s }));

  const saveQuestion = useCallback(
    async (qid: string): Promise<Outcome> => {
      clearTimeout(timers.current[qid]);
      while (inflight.current[qid]) await inflight.current[qid];
      const q = questions.find((x) => x.id === qid)!;
      const key = fieldKey(qid);
      const { value, errors, partial } = validateDraft(q, form.getValues(key), false, level);
      form.clearErrors(key);
      if (Object.keys(errors).length) {
        for (const [path, message] of Object.entries(errors))
          form.setError(path as never, { type: "validate", message });
        // What is valid is saved all the same (evidence fields); the rest stays marked on the page.
        if (!partial) {
          setState(qid, { status: "invalid" });
          return "invalid";
        }
      }
      if (value === null) {
        unsaved.current.delete(qid);
        return "nothing";
      }
      const editAtStart = edits.current[qid] ?? 0;
      const run = (async (): Promise<Outcome> => {
        setState(qid, { status: "saving" });
        try {
          const r = await saveAnswerAction({
            assessmentId,
            questionId: qid,
            value,
            baseVersion: versions.current[qid] ?? 0,
          });
          if (r.ok && r.data.status === "saved") {
            versions.current[qid] = r.data.rowVersion;
            attempts.current[qid] = 0;
            setNeedsConfirm((prev) => ({ ...prev, [qid]: false }));
            setNotOffered((prev) => ({ ...prev, [qid]: [] }));
            if (partial) {
              setState(qid, { status: "partial", at: r.data.savedAt });
              return "partial";
            }
            // Only clear "unsaved" if nothing was typed while this save was on its way.
            if ((edits.current[qid] ?? 0) === editAtStart) unsaved.current.delete(qid);
            setState(qid, { status: "saved", at: r.data.savedAt });
            return "saved";
          }
          if (r.ok && r.data.status === "conflict") {
            setState(qid, { status: "conflict", current: r.data.current });
            return "conflict";
          }
          if (!r.ok && r.code === "signed-out") {
            setSignedOut(true);
            setState(qid, { status: "signed-out" });
            return "signed-out";
          }
          if (!r.ok && r.code === "invalid" && r.fieldErrors?.value?.length) {
            form.setError(key as never, { type: "server", message: r.fieldErrors.value[0] });
            setState(qid, { status: "invalid" });
            return "invalid";
          }
          setState(qid, { status: "error", message: r.ok ? "Not saved." : r.message, retrying: false });
          return "error";
        } catch {
          // Network or server failure: keep the answer in the page and try again, backing off.
          const n = (attempts.current[qid] = (attempts.current[qid] ?? 0) + 1);
          const delay = Math.min(30_000, 1000 * 2 ** Math.min(n, 5));
          setState(qid, {
            status: "error",
            message: `Not saved — the connection failed. Trying again in ${Math.round(delay / 1000)} seconds.`,
            retrying: true,
          });
          timers.current[qid] = setTimeout(() => void saveQuestion(qid), delay);
          return "error";
        }
      })();
      inflight.current[qid] = run;
      try {
        return await run;
      } finally {
        inflight.current[qid] = undefined;
      }
    },
    [assessmentId, form, questions, level],
  );

  // Autosave: each change schedules a save of that question a moment after typing stops.
  useEffect(() => {
    const sub = form.watch((_values, { name }) => {
      if (!name) return;
      const q = byKey.get(name.split(".")[0]!);
      if (!q) return;
      unsaved.current.add(q.id);
      edits.current[q.id] = (edits.current[q.id] ?? 0) + 1;
      clearTimeout(timers.current[q.id]);
      timers.current[q.id] = setTimeout(() => void saveQuestion(q.id), AUTOSAVE_DELAY_MS);
    });
    return () => sub.unsubscribe();
  }, [form, byKey, saveQuestion]);

  // Warn before leaving with answers not yet saved.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (unsaved.current.size || Object.values(inflight.current).some(Boolean)) e.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  async function saveAll(requireAnswers: boolean): Promise<boolean> {
    form.clearErrors();
    const problems: SummaryError[] = [];
    for (const q of questions) {
      const key = fieldKey(q.id);
      const checked = validateDraft(q, form.getValues(key), requireAnswers, level);
      const marked = Object.entries(checked.errors).map(([field, message]) => ({ field, message }));
      if (marked.length && !checked.partial) {
        // Nothing of this answer can be saved yet; every other answer on the page still is.
        for (const e of marked) form.setError(e.field as never, { type: "validate", message: e.message });
        setState(q.id, { status: "invalid" });
        problems.push(...marked);
        continue;
      }
      // Moving on from a page saves every answer on it, which confirms the carried-over ones.
      const outcome = await saveQuestion(q.id);
      if (outcome === "partial") problems.push(...marked);
      if (outcome === "conflict")
        problems.push({
          field: fieldKey(q.id),
          message: `‘${q.text}’ was changed by someone else: choose which answer to keep`,
        });
      if (outcome === "error")
        problems.push({
          field: fieldKey(q.id),
          message: `‘${q.text}’ could not be saved. Check your connection and try again`,
        });
      if (outcome === "invalid")
        problems.push({ field: fieldKey(q.id), message: errorAt(form, fieldKey(q.id)) ?? "Check this answer" });
      if (outcome === "signed-out")
        problems.push({ field: "_form", message: "Your session has ended. Sign in below to save your answers" });
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

  async function resolveConflict(q: Question, keep: "mine" | "theirs", current: Conflict) {
    versions.current[q.id] = current.rowVersion;
    if (keep === "theirs") {
      form.setValue(fieldKey(q.id) as never, valueToDraft(q, current.value, level) as never);
      clearTimeout(timers.current[q.id]);
      unsaved.current.delete(q.id);
      setState(q.id, { status: "saved", at: current.updatedAt });
    } else {
      await saveQuestion(q.id);
    }
  }

  async function retryAfterSignIn() {
    setSignedOut(false);
    for (const qid of [...unsaved.current]) await saveQuestion(qid);
  }

  const anySaving = Object.values(states).some((s) => s.status === "saving");
  const notAllSaved = Object.values(states).some((s) => s.status === "invalid" || s.status === "partial");
  const failures = Object.entries(states).filter(([, s]) => s.status === "error");
  const lastSaved = Object.values(states)
    .filter((s): s is { status: "saved" | "partial"; at: string } => s.status === "saved" || s.status === "partial")
    .map((s) => s.at)
    .sort()
    .pop();

  return (
    <form onSubmit={onContinue} noValidate>
      <ErrorSummary errors={summary} />
      <span className="govuk-caption-l">{props.caption}</span>
      <h1 className="govuk-heading-l">{props.title}</h1>

      {questions.map((q) => (
        <QuestionFields
          key={q.id}
          question={q}
          form={form}
          carriedOverFrom={needsConfirm[q.id] ? (initial[q.id]?.carriedOverFrom ?? null) : null}
          notOffered={notOffered[q.id] ?? []}
          level={level}
          onConfirm={() => void saveQuestion(q.id)}
          state={states[q.id]}
          onResolve={(keep, current) => void resolveConflict(q, keep, current)}
          cycleOpensOn={props.cycleOpensOn}
        />
      ))}

      {signedOut && <InlineSignIn onSignedIn={retryAfterSignIn} />}

      <p className="govuk-body govuk-!-margin-bottom-6" role="status" aria-live="polite" data-testid="save-status">
        {anySaving
          ? "Saving…"
          : failures.length
            ? (failures[0]![1] as { message: string }).message
            : signedOut
              ? "Not saved — your session has ended."
              : notAllSaved
                ? "Not everything is saved: correct what is marked as a problem."
                : lastSaved
                  ? `All changes saved at ${time(lastSaved)}`
                  : `Answers for ${props.respondentLabel} are saved as you go.`}
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

function QuestionFields({
  question: q,
  form,
  carriedOverFrom,
  notOffered,
  level,
  onConfirm,
  state,
  onResolve,
  cycleOpensOn,
}: {
  question: Question;
  form: UseFormReturn<Drafts>;
  carriedOverFrom: string | null;
  /** Labels of the stored answer's options that this level is not offered. */
  notOffered: string[];
  level: Level;
  onConfirm: () => void;
  state: SaveState | undefined;
  onResolve: (keep: "mine" | "theirs", current: Conflict) => void;
  cycleOpensOn: string;
}) {
  const key = fieldKey(q.id);
  const id = fieldId(key);
  const error = errorAt(form, key);
  const draft = form.watch(key);
  const specials = [
    ...(q.allowDontKnow ? [{ value: DONT_KNOW, label: "Don’t know" }] : []),
    ...(q.allowNotApplicable ? [{ value: NOT_APPLICABLE, label: "Not applicable to our partnership" }] : []),
  ];
  const hintId = q.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;

  let control: React.ReactNode;
  // Only the options this partnership's level is offered, labelled for it (framework LevelRule).
  const offered = optionsAt(q, level);
  const itemId = (i: number) => (i === 0 ? id : `${id}-${i}`);
  const itemHint = (o: { hint?: string }, i: number, kind: "radios" | "checkboxes") =>
    o.hint && (
      <div id={`${itemId(i)}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
        {o.hint}
      </div>
    );
  if (q.type === "single" || q.type === "yesno_evidence") {
    const options: { value: string; label: string; hint?: string }[] =
      q.type === "single"
        ? offered.map((o) => ({ value: o.id, label: o.label, hint: o.hint }))
        : [
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ];
    const all: { value: string; label: string; hint?: string }[] = [...options, ...specials];
    control = (
      <div className="govuk-radios" data-module="govuk-radios">
        {all.map((o, i) => (
          <div key={o.value}>
            {i === options.length && <div className="govuk-radios__divider">or</div>}
            <div className="govuk-radios__item">
              <input
                className="govuk-radios__input"
                id={itemId(i)}
                type="radio"
                value={o.value}
                aria-describedby={o.hint ? `${itemId(i)}-item-hint` : undefined}
                {...form.register(`${key}.choice` as never)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={itemId(i)}>
                {o.label}
              </label>
              {itemHint(o, i, "radios")}
            </div>
            {q.type === "yesno_evidence" && o.value === "yes" && draft?.choice === "yes" && (
              <EvidenceFields
                form={form}
                fieldKeyBase={key}
                cycleOpensOn={cycleOpensOn}
                prompt={q.type === "yesno_evidence" ? q.evidencePrompt : undefined}
              />
            )}
          </div>
        ))}
      </div>
    );
  } else if (q.type === "multi") {
    const options: { value: string; label: string; hint?: string; exclusive: boolean }[] = offered.map((o) => ({
      value: o.id,
      label: o.label,
      hint: o.hint,
      exclusive: !!o.exclusive,
    }));
    const chosen: string[] = Array.isArray(draft?.choices) ? draft.choices : [];
    const exclusive = new Set([DONT_KNOW, NOT_APPLICABLE, ...options.filter((o) => o.exclusive).map((o) => o.value)]);
    const toggle = (value: string, checked: boolean) => {
      // "Don't know", "Not applicable" and options such as "None of these" exclude the others
      // (the GOV.UK "exclusive" checkbox).
      const next = checked
        ? exclusive.has(value)
          ? [value]
          : [...chosen.filter((c) => !exclusive.has(c)), value]
        : chosen.filter((c) => c !== value);
      form.setValue(`${key}.choices` as never, next as never, { shouldDirty: true });
    };
    const all: { value: string; label: string; hint?: string }[] = [...options, ...specials];
    control = (
      <div className="govuk-checkboxes" data-module="govuk-checkboxes">
        {all.map((o, i) => (
          <div key={o.value}>
            {i === options.length && <div className="govuk-checkboxes__divider">or</div>}
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={itemId(i)}
                type="checkbox"
                value={o.value}
                checked={chosen.includes(o.value)}
                aria-describedby={o.hint ? `${itemId(i)}-item-hint` : undefined}
                onChange={(e) => toggle(o.value, e.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId(i)}>
                {o.label}
              </label>
              {itemHint(o, i, "checkboxes")}
            </div>
          </div>
        ))}
      </div>
    );
  } else {
    const isNumber = q.type === "number";
    const special = draft?.choice === DONT_KNOW || draft?.choice === NOT_APPLICABLE;
    control = (
      <>
        {isNumber ? (
          <div className="govuk-input__wrapper">
            <input
              className={`govuk-input govuk-input--width-10${error ? " govuk-input--error" : ""}`}
              id={id}
              aria-labelledby={`${id}-legend`}
              inputMode={q.integer ? "numeric" : "decimal"}
              type="text"
              data-min={q.min}
              data-max={q.max}
              spellCheck={false}
              aria-describedby={describedBy}
              disabled={special}
              {...form.register(`${key}.text` as never)}
            />
            {q.unit && (
              <div className="govuk-input__suffix" aria-hidden="true">
                {q.unit}
              </div>
            )}
          </div>
        ) : (
          <>
            {/* No maxlength: a browser would cut a long paste short without a word. The count says
                how much is over, and the save refuses it with a message. */}
            <textarea
              className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
              id={id}
              aria-labelledby={`${id}-legend`}
              rows={4}
              aria-describedby={[describedBy, q.type === "text" ? `${id}-count` : null].filter(Boolean).join(" ")}
              disabled={special}
              {...form.register(`${key}.text` as never)}
            />
            {q.type === "text" && (
              <CharacterCount id={`${id}-count`} length={(draft?.text ?? "").length} max={q.maxLength} />
            )}
          </>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-top-2">
          {specials.map((s, i) => (
            <div key={s.value} className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={`${id}-special-${i}`}
                type="checkbox"
                checked={draft?.choice === s.value}
                onChange={(e) =>
                  form.setValue(`${key}.choice` as never, (e.target.checked ? s.value : "") as never, {
                    shouldDirty: true,
                  })
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-special-${i}`}>
                {s.label}
              </label>
            </div>
          ))}
        </div>
      </>
    );
  }

  const legendClass = "govuk-fieldset__legend govuk-fieldset__legend--m";
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
        <legend className={legendClass} id={`${id}-legend`}>
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
        {state?.status === "conflict" && (
          <AnswerConflict question={q} current={state.current} mine={draft} onResolve={onResolve} level={level} />
        )}
        {control}
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
  current,
  mine,
  onResolve,
  level,
}: {
  question: Question;
  current: Conflict;
  mine: AnswerDraft;
  onResolve: (keep: "mine" | "theirs", current: Conflict) => void;
  level: Level;
}) {
  const checked = validateDraft(question, mine, false, level).value;
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
          yours: describeAnswer(question, checked, level),
        },
      ]}
      onKeepMine={() => onResolve("mine", current)}
      onUseTheirs={() => onResolve("theirs", current)}
      keepMineLabel="Keep my answer"
      useTheirsLabel="Use their answer"
      testId={`conflict-${question.id}`}
    />
  );
}

function EvidenceFields({
  form,
  fieldKeyBase,
  cycleOpensOn,
  prompt,
}: {
  form: UseFormReturn<Drafts>;
  fieldKeyBase: string;
  cycleOpensOn: string;
  prompt?: string;
}) {
  const base = `${fieldKeyBase}.evidence`;
  const date = form.watch(`${base}.date` as never) as unknown as string;
  const outOfDate = !!date && /^\d{4}-\d{2}-\d{2}$/.test(date) && evidenceIsOutOfDate(date, cycleOpensOn);
  const err = (f: string) => errorAt(form, `${base}.${f}`);
  const field = (f: "title" | "date" | "link" | "note", label: string, input: React.ReactNode) => (
    <div className={`govuk-form-group${err(f) ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={fieldId(`${base}.${f}`)}>
        {label}
      </label>
      {err(f) && (
        <p id={`${fieldId(`${base}.${f}`)}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {err(f)}
        </p>
      )}
      {input}
    </div>
  );
  return (
    <div className="govuk-radios__conditional">
      <p className="govuk-body">Evidence (optional){prompt ? `: ${prompt}` : ""}. A peer reviewer may ask to see it.</p>
      {field(
        "title",
        "Document title",
        <input
          className="govuk-input"
          id={fieldId(`${base}.title`)}
          type="text"
          {...form.register(`${base}.title` as never)}
        />,
      )}
      {field(
        "date",
        "Date of the current version",
        <input
          className="govuk-input govuk-input--width-10"
          id={fieldId(`${base}.date`)}
          type="date"
          aria-describedby={outOfDate ? `${fieldId(`${base}.date`)}-stale` : undefined}
          {...form.register(`${base}.date` as never)}
        />,
      )}
      {outOfDate && (
        <div className="govuk-warning-text" id={`${fieldId(`${base}.date`)}-stale`} data-testid="evidence-out-of-date">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span> Out of date: this is more than 12 months older than
            the start of the cycle.
          </strong>
        </div>
      )}
      {field(
        "link",
        "Link to the document",
        <input
          className="govuk-input"
          id={fieldId(`${base}.link`)}
          type="url"
          spellCheck={false}
          {...form.register(`${base}.link` as never)}
        />,
      )}
      {field(
        "note",
        "Note",
        <textarea
          className="govuk-textarea"
          id={fieldId(`${base}.note`)}
          rows={2}
          {...form.register(`${base}.note` as never)}
        />,
      )}
    </div>
  );
}

function InlineSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby="session-ended-title"
      data-testid="session-ended"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="session-ended-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Your session has ended. Your answers are still on this page: sign in again to save them.
        </p>
        {error && <p className="govuk-error-message">{error}</p>}
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="reauth-email">
            Email address
          </label>
          <input
            className="govuk-input"
            id="reauth-email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="reauth-password">
            Password
          </label>
          <input
            className="govuk-input"
            id="reauth-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-0"
          onClick={async () => {
            const r = await signIn("credentials", { email, password, redirect: false });
            if (r?.ok && !r.error) {
              setError(null);
              onSignedIn();
            } else setError(signInErrorMessage(r?.error ?? "CredentialsSignin"));
          }}
        >
          Sign in and save
        </button>
      </div>
    </div>
  );
}
