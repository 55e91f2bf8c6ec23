// Between what a question page's form holds (strings, as inputs hold them) and the stored
// AnswerValue. Used by the browser to autosave and validate, and by the tests; the server
// validates the resulting AnswerValue with the framework's own schema (answerValueSchemaFor).
import type { AnswerValue, Level, Question } from "@/lib/framework/types";
import { answerValueSchemaFor, evidenceSchema } from "@/lib/framework/schema";
import { isOfferedAt } from "@/lib/framework/levels";

export const DONT_KNOW = "__dont_know";
export const NOT_APPLICABLE = "__not_applicable";

export type EvidenceDraft = { title: string; date: string; link: string; note: string };
export type AnswerDraft = { choice: string; choices: string[]; text: string; evidence: EvidenceDraft };

const EMPTY_EVIDENCE: EvidenceDraft = { title: "", date: "", link: "", note: "" };
export const emptyDraft = (): AnswerDraft => ({ choice: "", choices: [], text: "", evidence: { ...EMPTY_EVIDENCE } });

/** react-hook-form treats dots as nesting, and question ids contain dots. */
export function fieldKey(questionId: string): string {
  return questionId.replace(/\./g, "__");
}

function special(choice: string): AnswerValue | null {
  if (choice === DONT_KNOW) return { kind: "dont_know" };
  if (choice === NOT_APPLICABLE) return { kind: "not_applicable" };
  return null;
}

export type DraftResult = { ok: true; value: AnswerValue | null } | { ok: false; message: string; path?: string };

/** The AnswerValue a draft stands for: null when nothing has been entered yet. */
export function draftToValue(question: Question, draft: AnswerDraft): DraftResult {
  const s = special(draft.choice) ?? (draft.choices.length === 1 ? special(draft.choices[0]!) : null);
  if (s) return { ok: true, value: s };
  switch (question.type) {
    case "single":
      return { ok: true, value: draft.choice ? { kind: "choice", option: draft.choice } : null };
    case "multi": {
      const chosen = draft.choices.filter((c) => c !== DONT_KNOW && c !== NOT_APPLICABLE);
      if (chosen.length !== draft.choices.length)
        return { ok: false, message: "Select options, or ‘Don’t know’, but not both" };
      const exclusive = question.options.filter((o) => o.exclusive && chosen.includes(o.id));
      if (exclusive.length && chosen.length > 1)
        return { ok: false, message: `‘${exclusive[0]!.label}’ cannot be combined with other options` };
      // Stored in the framework's option order, so that the same choice is always the same value.
      const order = new Map(question.options.map((o, i) => [o.id, i]));
      chosen.sort((a, b) => (order.get(a) ?? 999) - (order.get(b) ?? 999));
      return { ok: true, value: chosen.length ? { kind: "choices", options: chosen } : null };
    }
    case "yesno_evidence": {
      if (draft.choice !== "yes" && draft.choice !== "no") return { ok: true, value: null };
      if (draft.choice === "no") return { ok: true, value: { kind: "yesno", answer: "no" } };
      const e = draft.evidence;
      const evidence = Object.fromEntries(
        Object.entries({ title: e.title.trim(), date: e.date.trim(), link: e.link.trim(), note: e.note.trim() }).filter(
          ([, v]) => v !== "",
        ),
      );
      return {
        ok: true,
        value: Object.keys(evidence).length
          ? { kind: "yesno", answer: "yes", evidence }
          : { kind: "yesno", answer: "yes" },
      };
    }
    case "number": {
      const t = draft.text.trim().replace(/,/g, "");
      if (t === "") return { ok: true, value: null };
      if (!/^-?\d+(\.\d+)?$/.test(t)) return { ok: false, message: "Enter a number, like 12" };
      return { ok: true, value: { kind: "number", value: Number(t) } };
    }
    case "text": {
      const t = draft.text.trim();
      return { ok: true, value: t ? { kind: "text", value: t } : null };
    }
  }
}

/**
 * The draft a stored answer gives. With `level`, options the partnership's level is not offered
 * (an answer given before its level changed) are left out: the page asks for a new answer.
 */
export function valueToDraft(question: Question, value: AnswerValue | null | undefined, level?: Level): AnswerDraft {
  const d = emptyDraft();
  if (!value) return d;
  const offered = (id: string) =>
    !level ||
    (question.type !== "single" && question.type !== "multi") ||
    !question.options.some((o) => o.id === id && !isOfferedAt(o, level));
  switch (value.kind) {
    case "dont_know":
    case "not_applicable": {
      const code = value.kind === "dont_know" ? DONT_KNOW : NOT_APPLICABLE;
      if (question.type === "multi") d.choices = [code];
      else d.choice = code;
      return d;
    }
    case "choice":
      d.choice = offered(value.option) ? value.option : "";
      return d;
    case "choices":
      d.choices = value.options.filter(offered);
      return d;
    case "yesno":
      d.choice = value.answer;
      d.evidence = { ...EMPTY_EVIDENCE, ...(value.evidence ?? {}) } as EvidenceDraft;
      return d;
    case "number":
      d.text = String(value.value);
      return d;
    case "text":
      d.text = value.value;
      return d;
  }
}

/**
 * The draft checked as the server will check it: a message per problem, keyed by form path.
 * Evidence is checked field by field: every problem is reported at once, and `value` keeps the
 * answer and the evidence fields that are valid (`partial`), so that they can be saved while the
 * rest is corrected; nothing is dropped from the page.
 */
export function validateDraft(
  question: Question,
  draft: AnswerDraft,
  required: boolean,
  level: Level,
): { value: AnswerValue | null; errors: Record<string, string>; partial?: true } {
  const key = fieldKey(question.id);
  const converted = draftToValue(question, draft);
  if (!converted.ok) return { value: null, errors: { [key]: converted.message } };
  if (converted.value === null) {
    return { value: null, errors: required ? { [key]: requiredMessage(question) } : {} };
  }
  if (
    question.type === "text" &&
    converted.value.kind === "text" &&
    converted.value.value.length > question.maxLength
  ) {
    // Refused whole, never cut short: what is stored is always what the person sees.
    const n = (x: number) => x.toLocaleString("en-GB");
    return {
      value: null,
      errors: {
        [key]: `Answer must be ${n(question.maxLength)} characters or fewer. It has ${n(converted.value.value.length)}, so it has not been saved: shorten it`,
      },
    };
  }
  if (converted.value.kind === "yesno" && converted.value.evidence) {
    const errors: Record<string, string> = {};
    const valid: Record<string, string> = {};
    for (const [field, v] of Object.entries(converted.value.evidence)) {
      const check = evidenceSchema.shape[field as keyof typeof evidenceSchema.shape].safeParse(v);
      if (check.success) valid[field] = v as string;
      else errors[`${key}.evidence.${field}`] = check.error.issues[0]!.message;
    }
    if (Object.keys(errors).length) {
      const value: AnswerValue = Object.keys(valid).length
        ? { kind: "yesno", answer: "yes", evidence: valid }
        : { kind: "yesno", answer: "yes" };
      return { value, errors, partial: true };
    }
  }
  const parsed = answerValueSchemaFor(question, level).safeParse(converted.value);
  if (parsed.success) return { value: parsed.data as AnswerValue, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    // Evidence problems point at the evidence field; everything else at the question.
    const evidenceField =
      issue.path[0] === "evidence" && typeof issue.path[1] === "string" ? `.evidence.${issue.path[1]}` : "";
    errors[`${key}${evidenceField}`] ??= issue.message;
  }
  return { value: null, errors };
}

export function requiredMessage(question: Question): string {
  return question.errorMessage;
}
