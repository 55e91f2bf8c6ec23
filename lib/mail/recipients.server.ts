import "server-only";
// Who receives a partnership's messages: its coordinators whose accounts can be used (not
// disabled, not erased). Read inside the transaction that queues the message.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, users } from "@/db/schema";

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
