import "server-only";
// Shared checks for the national route handlers: signed in, allowed, and a real cycle (by id or name).
import { requireApiActor } from "@/lib/auth/api";
import { auditDenied, type Actor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findCycle } from "@/lib/national/rules";
import { listAllCycles } from "@/lib/national/cycles.server";

export async function nationalApiActor(cycle: string): Promise<{ actor: Actor; cycleId: number } | Response> {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  if (!can(actor, "read:national")) {
    await auditDenied(actor, "read:national", {});
    return new Response("Not found", { status: 404 });
  }
  // A cycle that does not exist is not found, for every national route alike (not an empty file).
  // Named by id or by name: /api/national/2026-27/scores.csv.
  const found = findCycle(listAllCycles(actor), cycle);
  if (!found) return new Response("Not found", { status: 404 });
  return { actor, cycleId: found.id };
}
