import "server-only";
// The audit log: append only. There is deliberately no update or delete function here, and the
// database refuses both (triggers in migration 0001).
import { getDb } from "@/db/client";
import { auditLog, AUDIT_OUTCOMES } from "@/db/schema";

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

export function recordAudit(entry: AuditEntry): void {
  getDb()
    .insert(auditLog)
    .values({
      at: new Date().toISOString(),
      actorUserId: entry.actorUserId ?? null,
      actorEmail: entry.actorEmail ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      outcome: entry.outcome,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      ip: entry.ip ?? null,
    })
    .run();
}
