import "server-only";
// Who receives a partnership's messages: its coordinators whose accounts can be used (not
// disabled, not erased). Read inside the transaction that queues the message.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cycles, memberships, partnerships, users } from "@/db/schema";

export function coordinatorEmails(partnershipId: number): string[] {
  return coordinatorEmailsOf([partnershipId]).get(partnershipId) ?? [];
}

/** The same for several partnerships in one query (the chaser's), by partnership. */
export function coordinatorEmailsOf(partnershipIds: readonly number[]): Map<number, string[]> {
  const rows = getDb()
    .select({ partnershipId: memberships.partnershipId, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        inArray(memberships.partnershipId, [...partnershipIds]),
        eq(memberships.role, "coordinator"),
        eq(users.disabled, false),
        isNull(users.erasedAt),
      ),
    )
    .all();
  const out = new Map<number, string[]>();
  for (const r of rows) out.set(r.partnershipId, [...(out.get(r.partnershipId) ?? []), r.email]);
  return out;
}

/** A partnership's name and a cycle's label and deadline, as the messages name them. */
export function partnershipAndCycle(partnershipId: number, cycleId: number) {
  const db = getDb();
  const partnership = db
    .select({ name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  const cycle = db
    .select({ label: cycles.label, closesOn: cycles.closesOn, status: cycles.status })
    .from(cycles)
    .where(eq(cycles.id, cycleId))
    .get();
  return partnership && cycle ? { partnershipName: partnership.name, cycle } : null;
}
