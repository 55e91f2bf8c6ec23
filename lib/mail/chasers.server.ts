import "server-only";
// The chaser: the Commissioner's office asks the coordinators of partnerships that have not yet
// submitted the cycle's self-review to do so (from the submission tracker). At most one a day per
// coordinator, partnership and cycle: a second press the same day queues nothing more.
import { and, eq, inArray } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { assessments, cycles, partnerships } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { recordSuccess } from "@/lib/audit/record.server";
import { daysBetween } from "@/lib/mail/messages.mjs";
import { queueMessage } from "@/lib/mail/queue.server";
import { coordinatorEmailsOf } from "@/lib/mail/recipients.server";
import type { ChaserInput } from "@/lib/mail/schemas";
import { todayIso } from "@/lib/format";

export type ChaserResult = { chased: string[]; submitted: string[]; noCoordinator: string[] };

export function sendChasers(actor: Actor, input: ChaserInput): ChaserResult {
  if (!can(actor, "send:chaser")) throw new ActionError("Page not found", "not-found");
  const cycleId = Number(input.cycleId);
  const ids = [...new Set(input.partnershipIds.map(Number))];
  return writeTransaction(() => {
    const db = getDb();
    const cycle = db
      .select({ label: cycles.label, closesOn: cycles.closesOn, status: cycles.status })
      .from(cycles)
      .where(eq(cycles.id, cycleId))
      .get();
    if (!cycle) throw new ActionError("There is a problem", "invalid", { cycleId: ["Select a cycle from the list"] });
    if (cycle.status !== "open")
      throw new ActionError("There is a problem", "invalid", {
        _form: ["Reminders can only be sent while the cycle is open"],
      });
    const found = db
      .select({ id: partnerships.id, name: partnerships.name, status: assessments.status })
      .from(partnerships)
      .leftJoin(assessments, and(eq(assessments.partnershipId, partnerships.id), eq(assessments.cycleId, cycleId)))
      .where(inArray(partnerships.id, ids))
      .all();
    if (found.length !== ids.length)
      throw new ActionError("There is a problem", "invalid", { partnershipIds: ["Select partnerships from the list"] });
    const today = todayIso();
    const result: ChaserResult = { chased: [], submitted: [], noCoordinator: [] };
    const coordinators = coordinatorEmailsOf(ids);
    for (const p of found) {
      if (p.status === "submitted") {
        result.submitted.push(p.name);
        continue;
      }
      const to = coordinators.get(p.id) ?? [];
      if (!to.length) {
        result.noCoordinator.push(p.name);
        continue;
      }
      for (const email of to)
        queueMessage(
          email,
          {
            kind: "chaser",
            partnershipId: p.id,
            partnershipName: p.name,
            cycleLabel: cycle.label,
            closesOn: cycle.closesOn,
            daysLeft: daysBetween(today, cycle.closesOn),
          },
          { dedupeKey: `chaser:${cycleId}:${p.id}:${email}:${today}` },
        );
      result.chased.push(p.name);
    }
    recordSuccess(actor, "mail.chaser", "cycle", cycleId, {
      chased: result.chased.length,
      submitted: result.submitted.length,
      noCoordinator: result.noCoordinator.length,
    });
    return result;
  });
}
