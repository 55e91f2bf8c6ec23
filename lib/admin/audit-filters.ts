// The audit log's filters, read from the query string (a GET form, so that a filtered view is a
// link) and validated with one schema shared by the page and the CSV download. Dates are UTC
// days in the GOV.UK date-input pattern: day, month and year fields.
import { z } from "zod";
import { AUDIT_OUTCOMES } from "@/lib/domain/enums";

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_FILTER_KEYS = [
  "fromDay",
  "fromMonth",
  "fromYear",
  "toDay",
  "toMonth",
  "toYear",
  "action",
  "outcome",
  "actor",
  "targetType",
  "targetId",
] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];
/** What the form holds (trimmed strings), to show the filters back and to build links. */
export type AuditFilterValues = Record<AuditFilterKey, string>;

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
/** Validated filters: `from` and `to` are inclusive UTC days (YYYY-MM-DD). */
export type AuditFilters = {
  from?: string;
  to?: string;
  action?: string;
  outcome?: AuditOutcome;
  actor?: string;
  targetType?: string;
  targetId?: string;
};

/** One error for the GOV.UK error summary: `field` is the input it links to. */
export type AuditFilterError = { field: AuditFilterKey; message: string };

const datePart = z.string().trim().max(4, { error: "too long" });
const text = (label: string, max: number, pattern: RegExp, allowed: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be ${max} characters or fewer` })
    .regex(pattern, { error: `${label} must contain only ${allowed}` });

export const auditFiltersSchema = z.strictObject({
  fromDay: datePart,
  fromMonth: datePart,
  fromYear: datePart,
  toDay: datePart,
  toMonth: datePart,
  toYear: datePart,
  action: text("Action", 100, /^[A-Za-z0-9:.-]*$/, "letters, numbers, dots, colons and hyphens"),
  outcome: z.enum(["", ...AUDIT_OUTCOMES], { error: "Select an outcome from the list" }),
  actor: text("Email address", 254, /^[^\s]*$/, "an email address or part of one, without spaces"),
  targetType: text("Target type", 40, /^[a-z0-9_-]*$/i, "letters, numbers, hyphens and underscores"),
  targetId: text("Target ID", 100, /^[A-Za-z0-9:._-]*$/, "letters, numbers, dots, colons, hyphens and underscores"),
});

function one(params: Record<string, string | string[] | undefined>, key: string): string {
  const v = params[key];
  return typeof v === "string" ? v.trim() : "";
}

/** A UTC day from the three date fields: null when all are empty, or the error to show. */
function readDate(
  values: AuditFilterValues,
  prefix: "from" | "to",
): { date: string | null } | { error: AuditFilterError } {
  const label = prefix === "from" ? "The from date" : "The to date";
  const parts = { Day: values[`${prefix}Day`], Month: values[`${prefix}Month`], Year: values[`${prefix}Year`] };
  const missing = (Object.keys(parts) as (keyof typeof parts)[]).filter((k) => parts[k] === "");
  if (missing.length === 3) return { date: null };
  if (missing.length) {
    const field = `${prefix}${missing[0]}` as AuditFilterKey;
    return {
      error: { field, message: `${label} must include a ${missing.map((m) => m.toLowerCase()).join(" and a ")}` },
    };
  }
  if (!/^\d{4}$/.test(parts.Year))
    return { error: { field: `${prefix}Year`, message: `${label}'s year must include 4 numbers` } };
  const [d, m, y] = [parts.Day, parts.Month, parts.Year].map((p) => (/^\d{1,4}$/.test(p) ? Number(p) : NaN)) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!(date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d)) {
    return { error: { field: `${prefix}Day`, message: `${label} must be a real date` } };
  }
  return { date: date.toISOString().slice(0, 10) };
}

export type ReadAuditFilters = { values: AuditFilterValues; page: number } & (
  { ok: true; filters: AuditFilters } | { ok: false; errors: AuditFilterError[] }
);

/** The filters and page from a query string; bad input is reported field by field. */
export function readAuditFilters(params: Record<string, string | string[] | undefined>): ReadAuditFilters {
  const raw = Object.fromEntries(AUDIT_FILTER_KEYS.map((k) => [k, one(params, k)])) as AuditFilterValues;
  const pageRaw = one(params, "page");
  const page = /^[1-9]\d{0,5}$/.test(pageRaw) ? Number(pageRaw) : 1;
  const parsed = auditFiltersSchema.safeParse(raw);
  const values = parsed.success ? parsed.data : raw;
  // Errors in the order of the form: the dates first.
  const errors: AuditFilterError[] = [];
  const from = readDate(values, "from");
  const to = readDate(values, "to");
  if ("error" in from) errors.push(from.error);
  if ("error" in to) errors.push(to.error);
  else if ("date" in from && from.date && to.date && to.date < from.date) {
    errors.push({ field: "toDay", message: "The to date must be the same as or after the from date" });
  }
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as AuditFilterKey;
    // A date part only fails on length here; readDate has already said what is wrong with it.
    if (!/^(from|to)[A-Z]/.test(field)) errors.push({ field, message: issue.message });
  }
  if (errors.length) return { ok: false, errors, values, page };
  const v = values as z.output<typeof auditFiltersSchema>;
  const filters: AuditFilters = {};
  if ("date" in from && from.date) filters.from = from.date;
  if ("date" in to && to.date) filters.to = to.date;
  if (v.action) filters.action = v.action;
  if (v.outcome) filters.outcome = v.outcome;
  if (v.actor) filters.actor = v.actor;
  if (v.targetType) filters.targetType = v.targetType;
  if (v.targetId) filters.targetId = v.targetId;
  return { ok: true, filters, values, page };
}

/** The query string for these filters (and a page), leaving out what is empty. */
export function auditFiltersQuery(values: AuditFilterValues, page?: number): string {
  const q = new URLSearchParams();
  for (const k of AUDIT_FILTER_KEYS) if (values[k]) q.set(k, values[k]);
  if (page && page > 1) q.set("page", String(page));
  return q.toString();
}

/** The error for one input, if any (for the message beside it). */
export function errorFor(result: ReadAuditFilters, ...fields: AuditFilterKey[]): string | undefined {
  return result.ok ? undefined : result.errors.find((e) => fields.includes(e.field))?.message;
}
