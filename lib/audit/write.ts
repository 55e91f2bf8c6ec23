// Writing one audit entry, on any connection: the app's (lib/audit/record.server.ts) and the proxy's
// (lib/audit/proxy.ts). No "server-only" here so that the proxy can use it; it touches only the
// connection it is given.
//
// A refusal (outcome "failure" or "denied") that repeats one already logged in the same minute, by
// the same actor (user, email and address) on the same action and target, raises that entry's
// repeat count instead of adding a row: anyone can repeat a refused request, and the log must stay
// useful and bounded. Successes are always a row of their own, and so is every sign-in attempt:
// each counts against the sign-in throttle, which already bounds them (lib/auth/throttle.ts), and
// the row per attempt, with its delay or lock, is the evidence of a guessing attack. The update is
// one statement, so it is atomic, and fine inside a caller's transaction.
import type Database from "better-sqlite3";
import type { AUDIT_OUTCOMES } from "@/lib/domain/enums";

export type AuditEntry = {
  actorUserId?: number | null;
  actorEmail?: string | null;
  action: string; // e.g. "sign-in", "access.partnership", "user.create"
  targetType?: string;
  targetId?: string | number;
  outcome: (typeof AUDIT_OUTCOMES)[number];
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/** The start of the minute an ISO timestamp falls in, as stored (`2026-12-03T05:14:00.000Z`). */
export function minuteOf(iso: string): string {
  return `${iso.slice(0, 16)}:00.000Z`;
}

const NEVER_COLLAPSED = new Set(["sign-in"]);

type Statements = { repeat: Database.Statement; insert: Database.Statement };
const prepared = new WeakMap<Database.Database, Statements>();

function statementsFor(sqlite: Database.Database): Statements {
  let s = prepared.get(sqlite);
  if (!s) {
    s = {
      repeat: sqlite.prepare(
        `UPDATE audit_log SET repeat_count = repeat_count + 1, last_at = @at
         WHERE id = (
           SELECT id FROM audit_log
           WHERE at >= @minute AND outcome = @outcome AND action = @action
             AND actor_user_id IS @actorUserId AND actor_email IS @actorEmail
             AND target_type IS @targetType AND target_id IS @targetId AND ip IS @ip
           ORDER BY id DESC LIMIT 1)`,
      ),
      insert: sqlite.prepare(
        `INSERT INTO audit_log (at, actor_user_id, actor_email, action, target_type, target_id, outcome, detail, ip)
         VALUES (@at, @actorUserId, @actorEmail, @action, @targetType, @targetId, @outcome, @detail, @ip)`,
      ),
    };
    prepared.set(sqlite, s);
  }
  return s;
}

export function writeAudit(sqlite: Database.Database, entry: AuditEntry, now: Date = new Date()): void {
  const at = now.toISOString();
  const row = {
    at,
    actorUserId: entry.actorUserId ?? null,
    actorEmail: entry.actorEmail ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId === undefined ? null : String(entry.targetId),
    outcome: entry.outcome,
    ip: entry.ip ?? null,
  };
  const s = statementsFor(sqlite);
  if (entry.outcome !== "success" && !NEVER_COLLAPSED.has(entry.action)) {
    if (s.repeat.run({ ...row, minute: minuteOf(at) }).changes > 0) return;
  }
  s.insert.run({ ...row, detail: entry.detail ? JSON.stringify(entry.detail) : null });
}
