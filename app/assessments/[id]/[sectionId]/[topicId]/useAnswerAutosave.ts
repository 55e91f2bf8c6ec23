"use client";
// Autosave for one topic's answers (ADR 0005): the engine (lib/assessment/autosave) keyed by
// question id, fed by the form's changes, checking each draft as the server will and sending it
// with the row version the page is based on.
import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { AnswerValue, Level, Question } from "@/lib/framework/types";
import { fieldKey, validateDraft, valueToDraft, type AnswerDraft } from "@/lib/assessment/answer-form";
import type { Prepared, SendResult } from "@/lib/assessment/autosave/engine";
import { saveAnswerAction } from "@/lib/assessment/actions";
import { useAutosave } from "@/components/forms/autosave/useAutosave";

/** The form's values: one draft per question, under its field key (question ids contain dots). */
export type Drafts = Record<string, AnswerDraft>;
export type AnswerForm = UseFormReturn<Drafts>;

/** The error message react-hook-form holds at a path (question ids make paths dynamic). */
export function errorAt(form: AnswerForm, path: string): string | undefined {
  return form.getFieldState(path, form.formState).error?.message;
}

export function useAnswerAutosave({
  form,
  assessmentId,
  questions,
  baseVersions,
  level,
}: {
  form: AnswerForm;
  assessmentId: string;
  questions: Question[];
  baseVersions: Record<string, number>;
  level: Level;
}) {
  const [state, engine] = useAutosave<AnswerValue>({
    ids: questions.map((q) => q.id),
    baseVersions,
    prepare(questionId): Prepared<AnswerValue> {
      const q = questions.find((x) => x.id === questionId)!;
      const key = fieldKey(questionId);
      const { value, errors, partial } = validateDraft(q, form.getValues(key), false, level);
      form.clearErrors(key);
      for (const [path, message] of Object.entries(errors)) form.setError(path, { type: "validate", message });
      // What is valid is saved all the same (evidence fields); the rest stays marked on the page.
      if (Object.keys(errors).length && !partial) return { kind: "invalid" };
      return value === null ? { kind: "empty" } : { kind: "ready", value, partial: !!partial };
    },
    async send(questionId, value, baseVersion): Promise<SendResult<AnswerValue>> {
      const r = await saveAnswerAction({ assessmentId, questionId, value, baseVersion });
      if (r.ok)
        return r.data.status === "saved"
          ? { kind: "saved", rowVersion: r.data.rowVersion, savedAt: r.data.savedAt }
          : { kind: "conflict", current: r.data.current };
      if (r.code === "signed-out") return { kind: "signed-out" };
      if (r.code === "invalid" && r.fieldErrors?.value?.length) {
        form.setError(fieldKey(questionId), { type: "server", message: r.fieldErrors.value[0] });
        return { kind: "invalid" };
      }
      return { kind: "failed", message: r.message };
    },
  });

  // Each change schedules a save of its question a moment after typing stops.
  useEffect(() => {
    const byKey = new Map(questions.map((q) => [fieldKey(q.id), q.id]));
    const sub = form.watch((_values, { name }) => {
      const questionId = name && byKey.get(name.split(".")[0]!);
      if (questionId) engine.edited(questionId);
    });
    return () => sub.unsubscribe();
  }, [form, questions, engine]);

  /** "Use their answer": their value goes into the page, and nothing is left to save. */
  function takeTheirs(q: Question) {
    const status = engine.getSnapshot().items[q.id]?.status;
    if (status?.kind !== "conflict") return;
    form.setValue(fieldKey(q.id), valueToDraft(q, status.current.value, level));
    void engine.resolve(q.id, "theirs");
  }

  return { state, engine, takeTheirs };
}
