import "server-only";
// The audit log: append only. There is deliberately no update or delete function here, and the
// database refuses both (triggers in migrations 0001 and 0009), except that a repeated refusal
// raises its entry's repeat count (lib/audit/write.ts).
// Reading it: lib/admin/audit-log.server.ts.
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { writeAudit, type AuditEntry } from "@/lib/audit/write";

export type { AuditEntry };

/** Records one entry; a refusal repeated within the minute raises a count instead (lib/audit/write.ts). */
export function recordAudit(entry: AuditEntry, now: Date = new Date()): void {
  writeAudit(getDb().$client, entry, now);
}

/** Something a signed-in person did that succeeded: who did what to which target. */
export function recordSuccess(
  actor: Actor,
  action: string,
  targetType?: string,
  targetId?: string | number,
  detail?: Record<string, unknown>,
): void {
  recordAudit({
    actorUserId: actor.userId,
    actorEmail: actor.email,
    action,
    targetType,
    targetId,
    outcome: "success",
    detail,
  });
}

/** An export leaving the toolkit: who took which data (every export is audited). */
export function recordExport(
  actor: Actor,
  action: `export.${string}`,
  targetType?: string,
  targetId?: string | number,
  detail?: Record<string, unknown>,
): void {
  recordSuccess(actor, action, targetType, targetId, detail);
}
