import "server-only";
// Next year's target stage per dimension, set on the action plan page and shown beside what was
// achieved in next year's results.
import { and, eq } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { dimensionTargets, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record.server";
import { getFramework } from "@/lib/framework";
import type { TargetConflict } from "@/lib/action-plan/schemas";
import type { SetTargetsResult } from "@/lib/action-plan/types";
import { assertPlanner, latestCycleId } from "@/lib/action-plan/data.server";
import { targetsNeedConfirmation } from "@/lib/action-plan/rules";
import { assessmentHistory } from "@/lib/results/history.server";
import { ActionError } from "@/lib/server-action-result";

/**
 * Sets next year's targets. `base` is what the editor's page showed for each dimension: only the
 * targets they changed are written, and only if nobody changed the same target since (checked and
 * written in one transaction). Otherwise nothing is written and both values are returned.
 * A target changed to null is removed.
 */
export function setTargets(
  actor: Actor,
  partnershipId: number,
  targets: Record<string, number | null>,
  base: Record<string, number | null>,
  check: { confirmed: boolean } = { confirmed: false },
): SetTargetsResult {
  assertPlanner(actor, partnershipId);
  const fw = getFramework()!;
  // The stage each dimension is at now (the latest self-review, as the plan page shows it).
  const latest = assessmentHistory(partnershipId).at(-1);
  const currentStage = new Map(latest?.scores.dimensions.map((d) => [d.dimensionId, d.stage.index]) ?? []);
  const dimensionName = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;
  const now = new Date().toISOString();
  return writeTransaction((tx) => {
    const cycleId = latestCycleId(partnershipId);
    const stored = new Map(
      tx
        .select({
          dimensionId: dimensionTargets.dimensionId,
          targetStage: dimensionTargets.targetStage,
          setAt: dimensionTargets.setAt,
          setByName: users.name,
        })
        .from(dimensionTargets)
        .leftJoin(users, eq(users.id, dimensionTargets.setByUserId))
        .where(and(eq(dimensionTargets.partnershipId, partnershipId), eq(dimensionTargets.cycleId, cycleId)))
        .all()
        .map((t) => [t.dimensionId, t]),
    );
    const conflicts: TargetConflict[] = [];
    const changes: { dimensionId: string; from: number | null; to: number | null }[] = [];
    for (const d of fw.dimensions) {
      if (!(d.id in targets)) continue;
      const yours = targets[d.id] ?? null;
      const was = base[d.id] ?? null;
      if (yours === was) continue; // not changed on this page: whatever is stored stays
      const now = stored.get(d.id);
      const theirs = now?.targetStage ?? null;
      if (theirs !== was)
        conflicts.push({
          dimensionId: d.id,
          theirs,
          yours,
          setByName: now?.setByName ?? null,
          setAt: now?.setAt ?? null,
        });
      else changes.push({ dimensionId: d.id, from: was, to: yours });
    }
    if (conflicts.length) return { status: "conflict" as const, conflicts };
    // A target below where the dimension is now is refused unless confirmed: nothing is written.
    const ask = targetsNeedConfirmation(changes, currentStage, dimensionName);
    if (ask && !check.confirmed) throw new ActionError(ask, "invalid", { confirmAnyway: [ask] });
    for (const c of changes) {
      const key = and(
        eq(dimensionTargets.partnershipId, partnershipId),
        eq(dimensionTargets.cycleId, cycleId),
        eq(dimensionTargets.dimensionId, c.dimensionId),
      );
      if (c.to === null) {
        tx.delete(dimensionTargets).where(key).run();
        continue;
      }
      tx.insert(dimensionTargets)
        .values({
          partnershipId,
          cycleId,
          dimensionId: c.dimensionId,
          targetStage: c.to,
          setByUserId: actor.userId,
          setAt: now,
        })
        .onConflictDoUpdate({
          target: [dimensionTargets.partnershipId, dimensionTargets.cycleId, dimensionTargets.dimensionId],
          set: { targetStage: c.to, setByUserId: actor.userId, setAt: now },
        })
        .run();
    }
    if (changes.length)
      recordAudit({
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: "targets.set",
        targetType: "partnership",
        targetId: partnershipId,
        outcome: "success",
        detail: { cycleId, changes },
      });
    return { status: "saved" as const, changed: changes.length };
  });
}
