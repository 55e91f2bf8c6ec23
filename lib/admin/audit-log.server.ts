import "server-only";
// Reading the audit log (administrators only). Filters are validated by lib/admin/audit-filters.ts
// and bound as parameters here. Writing it: lib/audit/record.server.ts.
import { and, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { assessments, auditLog, cycles, partnerships, users } from "@/db/schema";
import { detailFields, idsToName, parseDetail, type AuditNames, type DetailField } from "@/lib/admin/audit-display";
import { AUDIT_OUTCOMES } from "@/lib/domain/enums";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "@/lib/admin/audit-filters";
import { recordAudit } from "@/lib/audit/record.server";

export type AuditRow = {
  id: number;
  at: string;
  actorUserId: number | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: (typeof AUDIT_OUTCOMES)[number];
  detail: string | null;
  ip: string | null;
  /** How many times the same refusal was made in the entry's minute (1 for a single event). */
  repeatCount: number;
  lastAt: string | null;
};

function assertCanReadAudit(actor: Actor) {
  if (!can(actor, "read:audit")) throw new ActionError("Page not found", "not-found");
}

/** LIKE matches its pattern literally: %, _ and the escape character itself are escaped. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function nextDay(isoDay: string): string {
  const d = new Date(`${isoDay}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

function whereFor(f: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  // `at` is an ISO timestamp in UTC, so days compare as strings; `to` takes in the whole day.
  if (f.from) conditions.push(gte(auditLog.at, `${f.from}T00:00:00.000Z`));
  if (f.to) conditions.push(lt(auditLog.at, nextDay(f.to)));
  // "access" finds every access.* entry, "export" every export.*; "sign-in" only sign-in.
  if (f.action)
    conditions.push(
      or(eq(auditLog.action, f.action), sql`${auditLog.action} LIKE ${`${likeLiteral(f.action)}.%`} ESCAPE '\\'`)!,
    );
  if (f.outcome) conditions.push(eq(auditLog.outcome, f.outcome));
  // Part of an address is enough (SQLite's LIKE ignores ASCII case).
  if (f.actor) conditions.push(sql`${auditLog.actorEmail} LIKE ${`%${likeLiteral(f.actor)}%`} ESCAPE '\\'`);
  if (f.targetType) conditions.push(eq(auditLog.targetType, f.targetType));
  if (f.targetId) conditions.push(eq(auditLog.targetId, f.targetId));
  return conditions.length ? and(...conditions) : undefined;
}

function selectEntries(f: AuditFilters) {
  return getDb().select().from(auditLog).where(whereFor(f)).orderBy(desc(auditLog.at), desc(auditLog.id));
}

export type AuditPage = {
  /** Each entry with its detail as fields in words (its ids by today's names). */
  entries: (AuditRow & { fields: DetailField[] })[];
  /** What the entries' ids stand for today (an erased person by their pseudonym). */
  names: AuditNames;
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  firstNumber: number;
};

/** One page of entries matching the filters, newest first. */
export function listAuditEntries(actor: Actor, filters: AuditFilters, page: number): AuditPage {
  assertCanReadAudit(actor);
  const offset = (page - 1) * AUDIT_PAGE_SIZE;
  // One more than a page tells whether there is a next page without counting them all.
  const rows = selectEntries(filters)
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset(offset)
    .all();
  // Each detail is parsed once: for the ids it names, then for its fields.
  const entries = rows.slice(0, AUDIT_PAGE_SIZE).map((e) => ({ ...e, parsed: parseDetail(e.detail) }));
  const names = namesFor(entries.map((e) => ({ ...e, detail: e.parsed })));
  return {
    entries: entries.map(({ parsed, ...e }) => ({ ...e, fields: detailFields(parsed, names) })),
    names,
    page,
    hasPrevious: page > 1,
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    firstNumber: offset + 1,
  };
}

/** One query per kind of thing the page's entries name (at most 50 entries' worth of ids). */
function namesFor(entries: Parameters<typeof idsToName>[0]): AuditNames {
  const ids = idsToName(entries);
  const db = getDb();
  const list = (set: Set<number>) => [...set];
  const names: AuditNames = { users: new Map(), partnerships: new Map(), cycles: new Map(), assessments: new Map() };
  if (ids.users.size)
    for (const u of db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(inArray(users.id, list(ids.users)))
      .all())
      names.users.set(u.id, `${u.name} (${u.email})`);
  if (ids.partnerships.size)
    for (const p of db
      .select({ id: partnerships.id, name: partnerships.name })
      .from(partnerships)
      .where(inArray(partnerships.id, list(ids.partnerships)))
      .all())
      names.partnerships.set(p.id, p.name);
  if (ids.cycles.size)
    for (const c of db
      .select({ id: cycles.id, label: cycles.label })
      .from(cycles)
      .where(inArray(cycles.id, list(ids.cycles)))
      .all())
      names.cycles.set(c.id, c.label);
  if (ids.assessments.size)
    for (const a of db
      .select({ id: assessments.id, partnership: partnerships.name, cycle: cycles.label })
      .from(assessments)
      .innerJoin(partnerships, eq(partnerships.id, assessments.partnershipId))
      .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
      .where(inArray(assessments.id, list(ids.assessments)))
      .all())
      names.assessments.set(a.id, `${a.partnership}, ${a.cycle}`);
  return names;
}

/** The most one download holds: beyond it, the filters must be narrowed (a clear refusal, not a cut-off file). */
export const AUDIT_EXPORT_MAX = 100_000;

/** Every entry matching the filters, newest first, for a CSV; the export is itself audited. */
export function exportAuditEntries(actor: Actor, filters: AuditFilters, ip: string | null): AuditRow[] {
  assertCanReadAudit(actor);
  const rows = selectEntries(filters)
    .limit(AUDIT_EXPORT_MAX + 1)
    .all();
  if (rows.length > AUDIT_EXPORT_MAX) {
    throw new ActionError(
      `More than ${AUDIT_EXPORT_MAX.toLocaleString("en-GB")} entries match these filters. Narrow the dates or add another filter, then download again.`,
    );
  }
  recordAudit({
    actorUserId: actor.userId,
    actorEmail: actor.email,
    action: "export.audit",
    outcome: "success",
    detail: { filters, rows: rows.length },
    ip,
  });
  return rows;
}
