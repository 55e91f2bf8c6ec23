// How the audit log reads to an administrator: targets by name (resolved when the log is shown,
// so an erased person appears under their pseudonym, as their own row now reads) and an entry's
// detail as labelled fields in words instead of raw JSON. Pure: the names come from
// lib/admin/audit-log.server.ts.

/** The names the log's ids stand for, as they read today. */
export type AuditNames = {
  /** "Name (email)". */
  users: Map<number, string>;
  partnerships: Map<number, string>;
  cycles: Map<number, string>;
  /** "Partnership, cycle". */
  assessments: Map<number, string>;
};

export type IdKind = keyof AuditNames;

/** Detail keys that hold the id of something with a name. */
const ID_KEYS: Record<string, IdKind> = {
  userId: "users",
  reviewerUserId: "users",
  partnershipId: "partnerships",
  cycleId: "cycles",
  assessmentId: "assessments",
};

const TARGETS: Record<string, { kind: IdKind; label: string }> = {
  user: { kind: "users", label: "User" },
  partnership: { kind: "partnerships", label: "Partnership" },
  cycle: { kind: "cycles", label: "Cycle" },
  assessment: { kind: "assessments", label: "Self-assessment" },
};

/** Keys whose generic wording ("Reviewer user id") would read badly. */
const LABELS: Record<string, string> = {
  userId: "Person",
  reviewerUserId: "Reviewer",
  partnershipId: "Partnership",
  cycleId: "Cycle",
  assessmentId: "Self-assessment",
  assignmentId: "Review assignment number",
  actionId: "Action number",
  invitationId: "Invitation number",
  recommendationId: "Recommendation",
  globalRole: "Role",
  path: "Page",
  rows: "Rows downloaded",
  ip: "IP address",
};

/** "reviewerUserId" → "Reviewer user id"; "commentsCarriedOver" → "Comments carried over". */
export function keyInWords(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A code such as "wrong-password" or "sub_regional" in words; anything else as it is. */
function valueInWords(value: string): string {
  return /^[a-z]+([-_][a-z]+)+$/.test(value) ? value.replace(/[-_]/g, " ") : value;
}

function idOf(value: unknown): number | null {
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}

function named(kind: IdKind, id: number, names: AuditNames): string {
  return names[kind].get(id) ?? `Number ${id} (no longer in the toolkit)`;
}

export type DetailField = { label: string; value: string };

/**
 * A stored detail, read once: the JSON object it holds, or the text as it is where it is not one
 * (written before details were objects), or null where there is none.
 */
export type ParsedDetail = Record<string, unknown> | string | null;

export function parseDetail(detail: string | null): ParsedDetail {
  if (!detail) return null;
  try {
    const parsed: unknown = JSON.parse(detail);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : detail;
  } catch {
    return detail;
  }
}

/**
 * An entry's detail as fields in words. Nested values read as "Filters: actor"; ids of people,
 * partnerships, cycles and self-assessments by name. Detail that is not a JSON object is shown as
 * it is, under "Detail".
 */
export function detailFields(detail: ParsedDetail, names: AuditNames): DetailField[] {
  if (detail === null) return [];
  if (typeof detail === "string") return [{ label: "Detail", value: detail }];
  const out: DetailField[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(obj)) {
      const label = prefix ? `${prefix}: ${keyInWords(key).toLowerCase()}` : keyInWords(key);
      const kind = ID_KEYS[key];
      const id = kind ? idOf(value) : null;
      if (kind && id !== null) out.push({ label, value: named(kind, id, names) });
      else if (value && typeof value === "object" && !Array.isArray(value)) {
        if (Object.keys(value).length) walk(value as Record<string, unknown>, label);
        else out.push({ label, value: "None" });
      } else out.push({ label, value: plain(value) });
    }
  };
  walk(detail, "");
  return out;
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === "") return "None";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (typeof value === "string") return valueInWords(value);
  if (Array.isArray(value)) return value.length ? value.map(plain).join(", ") : "None";
  return JSON.stringify(value);
}

/** "Partnership: Nottinghamshire Modern Slavery Partnership"; an unknown kind of target by its type and id. */
export function targetLabel(type: string | null, id: string | null, names: AuditNames): string {
  if (!type) return "";
  const t = TARGETS[type];
  const n = idOf(id);
  if (!t || n === null) return `${keyInWords(type)} ${id ?? ""}`.trim();
  return `${t.label}: ${named(t.kind, n, names)}`;
}

/** Every id the entries' targets and details name, by kind, for one query per kind. */
export function idsToName(
  entries: { targetType: string | null; targetId: string | null; detail: ParsedDetail }[],
): Record<IdKind, Set<number>> {
  const ids: Record<IdKind, Set<number>> = {
    users: new Set(),
    partnerships: new Set(),
    cycles: new Set(),
    assessments: new Set(),
  };
  const walk = (obj: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(obj)) {
      const kind = ID_KEYS[key];
      const id = kind ? idOf(value) : null;
      if (kind && id !== null) ids[kind].add(id);
      else if (value && typeof value === "object" && !Array.isArray(value)) walk(value as Record<string, unknown>);
    }
  };
  for (const e of entries) {
    const t = e.targetType ? TARGETS[e.targetType] : undefined;
    const n = idOf(e.targetId);
    if (t && n !== null) ids[t.kind].add(n);
    // Text that is not a JSON object names nothing.
    if (e.detail !== null && typeof e.detail === "object") walk(e.detail);
  }
  return ids;
}
