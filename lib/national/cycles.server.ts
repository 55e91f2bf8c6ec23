import "server-only";
// The annual cycles: the one open for self-assessment now, and creating, opening and closing them
// (the Commissioner's office; each change audited with the self-reviews it affects).
import { and, desc, eq, lte } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction } from "@/db/client";
import { cycles } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { findCycle } from "@/lib/national/rules";
import { recordAudit } from "@/lib/audit/record.server";
import { bumpGeneration } from "@/lib/cache/generations.server";
import { assertNational } from "@/lib/national/data.server";
import { todayIso } from "@/lib/format";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

const cyclesNewestFirst = preparedOnce((db) => db.select().from(cycles).orderBy(desc(cycles.opensOn)).prepare());

/**
 * The cycle open for self-assessment now, if any: the latest open cycle whose opening date has
 * come. A cycle opened ahead of its date becomes current on that date.
 */
export function getOpenCycle(today: string = todayIso()) {
  return (
    getDb()
      .select()
      .from(cycles)
      .where(and(eq(cycles.status, "open"), lte(cycles.opensOn, today)))
      .orderBy(desc(cycles.opensOn))
      .get() ?? null
  );
}

export function listAllCycles(actor: Actor) {
  assertNational(actor);
  return cyclesNewestFirst().all();
}

/**
 * Every cycle (for the page's cycle picker) and the one the page shows: the one asked for, else
 * the latest that has opened. One query for both. The cycle is asked for by id or by name ("2025-26").
 */
export function nationalCycles(actor: Actor, cycleRef?: string | string[]) {
  const cycles = listAllCycles(actor);
  const today = todayIso();
  const cycle =
    findCycle(cycles, typeof cycleRef === "string" ? cycleRef : undefined) ??
    cycles.find((c) => c.status !== "planned" && c.opensOn <= today) ??
    cycles[0] ??
    null;
  return { cycles, cycle };
}

export function createCycle(actor: Actor, input: { label: string; opensOn: string; closesOn: string }): { id: number } {
  if (!can(actor, "manage:cycles")) throw NOT_FOUND();
  const taken = () =>
    new ActionError("There is a problem", "invalid", { label: ["A cycle with this label already exists"] });
  return writeTransaction((tx) => {
    // insert … on conflict do nothing: a cycle created with the same label a moment ago (another
    // tab, another server process) is refused with the message, never a unique-constraint error.
    const row = tx
      .insert(cycles)
      .values({ ...input, status: "planned" })
      .onConflictDoNothing()
      .returning({ id: cycles.id })
      .get();
    if (!row) throw taken();
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "cycle.create",
      targetType: "cycle",
      targetId: row.id,
      outcome: "success",
      detail: input,
    });
    return row;
  });
}

/** Per cycle, how many self-reviews are unsubmitted and submitted: what opening or closing it affects. */
export function cycleSelfReviewCounts(actor: Actor): Map<number, { unsubmitted: number; submitted: number }> {
  if (!can(actor, "manage:cycles")) throw NOT_FOUND();
  const rows = getDb()
    .$client.prepare(
      `SELECT cycle_id AS cycleId, sum(status = 'in_progress') AS unsubmitted, sum(status = 'submitted') AS submitted
       FROM assessments GROUP BY cycle_id`,
    )
    .all() as { cycleId: number; unsubmitted: number; submitted: number }[];
  return new Map(rows.map((r) => [r.cycleId, { unsubmitted: r.unsubmitted, submitted: r.submitted }]));
}

export function setCycleStatus(actor: Actor, cycleId: number, status: "open" | "closed"): void {
  if (!can(actor, "manage:cycles")) throw NOT_FOUND();
  writeTransaction(() => {
    const res = getDb().update(cycles).set({ status }).where(eq(cycles.id, cycleId)).run();
    if (res.changes === 0) throw NOT_FOUND();
    const counts = cycleSelfReviewCounts(actor).get(cycleId) ?? { unsubmitted: 0, submitted: 0 };
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: `cycle.${status === "open" ? "open" : "close"}`,
      targetType: "cycle",
      targetId: cycleId,
      outcome: "success",
      detail: counts,
    });
  });
}
