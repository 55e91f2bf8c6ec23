import "server-only";
// Shared checks for the national route handlers: signed in, allowed, and a real cycle id.
import { requireApiActor } from "@/lib/auth/api";
import { auditDenied, type Actor } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { isId } from "@/lib/domain/ids";
import { listAllCycles } from "@/lib/national/cycles.server";

export async function nationalApiActor(cycle: string): Promise<{ actor: Actor; cycleId: number } | Response> {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  if (!can(actor, "read:national")) {
    await auditDenied(actor, "read:national", {});
    return new Response("Not found", { status: 404 });
  }
  // A cycle that does not exist is not found, for every national route alike (not an empty file).
  if (!isId(cycle) || !listAllCycles(actor).some((c) => c.id === Number(cycle)))
    return new Response("Not found", { status: 404 });
  return { actor, cycleId: Number(cycle) };
}
