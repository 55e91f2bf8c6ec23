// Validation of answers with zod 4: any well-formed AnswerValue, or one that fits a given question.
import { z } from "zod";
import { isOfferedAt, notOfferedMessage } from "./levels";
import type { AnswerValue, Level, Question } from "./types";

export const TEXT_MAX_LENGTH = 2000;
const EVIDENCE_TITLE_MAX = 300;

const isoDate = z.iso.date();

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export const evidenceSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .max(EVIDENCE_TITLE_MAX, { error: `Evidence title must be ${EVIDENCE_TITLE_MAX} characters or fewer` })
    .optional(),
  date: z.iso.date({ error: "Evidence date must be a real date, for example 2026-03-31" }).optional(),
  link: z
    .string()
    .trim()
    .max(TEXT_MAX_LENGTH, { error: `Link must be ${TEXT_MAX_LENGTH} characters or fewer` })
    .refine(isHttpUrl, { error: "Link must be a web address starting with http:// or https://" })
    .optional(),
  note: z
    .string()
    .max(TEXT_MAX_LENGTH, { error: `Note must be ${TEXT_MAX_LENGTH} characters or fewer` })
    .optional(),
});

const choice = z.strictObject({ kind: z.literal("choice"), option: z.string().min(1) });
const choices = z.strictObject({ kind: z.literal("choices"), options: z.array(z.string().min(1)) });
const yesnoS = z.strictObject({
  kind: z.literal("yesno"),
  answer: z.enum(["yes", "no"]),
  evidence: evidenceSchema.optional(),
});
const numberS = z.strictObject({ kind: z.literal("number"), value: z.number().finite() });
const textS = z.strictObject({
  kind: z.literal("text"),
  value: z.string().max(TEXT_MAX_LENGTH, { error: `Answer must be ${TEXT_MAX_LENGTH} characters or fewer` }),
});
const naS = z.strictObject({ kind: z.literal("not_applicable") });
const dkS = z.strictObject({ kind: z.literal("dont_know") });

/** Any well-formed answer value (not checked against a question). */
export const answerValueSchema: z.ZodType<AnswerValue> = z.discriminatedUnion("kind", [
  choice,
  choices,
  yesnoS,
  numberS,
  textS,
  naS,
  dkS,
]) as z.ZodType<AnswerValue>;

const schemaCache = new WeakMap<Question, Map<Level | "any", z.ZodType<AnswerValue>>>();

/**
 * The schema for an answer to one question from a partnership at `level`: the right kind, option
 * ids that exist and are offered at that level ("Done at regional / national level for us" is not
 * offered to a national partnership, for one), a number in range, text within its length, N/A only
 * where allowed, Don't know only where allowed. Error messages are written for the person
 * answering. `"any"` checks no level: for checks of the framework data itself, never for a save.
 */
export function answerValueSchemaFor(question: Question, level: Level | "any"): z.ZodType<AnswerValue> {
  const cached = schemaCache.get(question)?.get(level);
  if (cached) return cached;
  const required = question.errorMessage;
  /** The message for chosen options that this partnership's level is not offered, if any. */
  const notOffered = (ids: string[]): string | undefined => {
    if (level === "any" || (question.type !== "single" && question.type !== "multi")) return undefined;
    const option = question.options.find((o) => ids.includes(o.id) && !isOfferedAt(o, level));
    return option && `${notOfferedMessage(option, level)}. ${required}`;
  };
  const schema = z.unknown().superRefine((raw, ctx) => {
    const issue = (message: string, path: (string | number)[] = []) => ctx.addIssue({ code: "custom", message, path });
    if (raw === null || raw === undefined || typeof raw !== "object" || !("kind" in raw)) return issue(required);
    const parsed = answerValueSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      // Field-level messages (evidence, text length) are already written for people.
      if (first && first.code === "custom") return issue(first.message, first.path as (string | number)[]);
      if (first && (first.code === "too_big" || first.code === "invalid_format"))
        return issue(first.message, first.path as (string | number)[]);
      if (first && first.code === "unrecognized_keys")
        return issue("The answer contains fields that are not allowed", first.path as (string | number)[]);
      return issue(required);
    }
    const a = parsed.data;
    if (a.kind === "not_applicable")
      return question.allowNotApplicable
        ? undefined
        : issue("‘Not applicable’ is not an answer to this question. " + required);
    if (a.kind === "dont_know")
      return question.allowDontKnow ? undefined : issue("‘Don't know’ is not an answer to this question. " + required);
    switch (question.type) {
      case "single": {
        if (a.kind !== "choice" || !question.options.some((o) => o.id === a.option)) return issue(required);
        const off = notOffered([a.option]);
        return off ? issue(off) : undefined;
      }
      case "multi": {
        if (a.kind !== "choices" || a.options.length === 0) return issue(required);
        const known = new Map(question.options.map((o) => [o.id, o]));
        if (a.options.some((id) => !known.has(id))) return issue(required);
        if (new Set(a.options).size !== a.options.length) return issue("Select each option only once");
        const exclusive = a.options.map((id) => known.get(id)!).find((o) => o.exclusive);
        if (exclusive && a.options.length > 1)
          return issue(`‘${exclusive.label}’ cannot be selected with other options`);
        const off = notOffered(a.options);
        return off ? issue(off) : undefined;
      }
      case "yesno_evidence":
        if (a.kind !== "yesno") return issue(required);
        return;
      case "number":
        if (a.kind !== "number") return issue(required);
        if (question.integer && !Number.isInteger(a.value)) return issue("Enter a whole number");
        if (a.value < question.min || a.value > question.max)
          return issue(
            `Enter a number between ${question.min} and ${question.max}${question.unit ? ` ${question.unit}` : ""}`,
          );
        return;
      case "text":
        if (a.kind !== "text" || a.value.trim() === "") return issue(required);
        if (a.value.length > question.maxLength)
          return issue(`Answer must be ${question.maxLength} characters or fewer`);
        return;
    }
  }) as unknown as z.ZodType<AnswerValue>;
  if (!schemaCache.has(question)) schemaCache.set(question, new Map());
  schemaCache.get(question)!.set(level, schema);
  return schema;
}

function parseIsoDate(s: string): Date | null {
  return isoDate.safeParse(s).success ? new Date(`${s}T00:00:00Z`) : null;
}

/**
 * True when evidence is dated more than 12 months before the cycle opens (e.g. cycle opens
 * 2026-04-01: evidence dated 2025-03-31 or earlier is out of date; 2025-04-01 is not). Missing or
 * invalid dates are not out of date (there is nothing to judge).
 */
export function evidenceIsOutOfDate(evidenceDate: string | undefined | null, cycleOpens: string | Date): boolean {
  if (!evidenceDate) return false;
  const ev = parseIsoDate(evidenceDate);
  const open = typeof cycleOpens === "string" ? parseIsoDate(cycleOpens.slice(0, 10)) : cycleOpens;
  if (!ev || !open || Number.isNaN(open.getTime())) return false;
  const y = open.getUTCFullYear() - 1;
  const m = open.getUTCMonth();
  // Same day a year earlier, clamped to the month's end (29 Feb → 28 Feb).
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const cutoff = Date.UTC(y, m, Math.min(open.getUTCDate(), lastDay));
  return ev.getTime() < cutoff;
}
