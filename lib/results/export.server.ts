import "server-only";
// Everything a partnership has recorded, every cycle, as one export (JSON or CSV), audited.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { partnerships } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { requireApiActor } from "@/lib/auth/api";
import { auditDenied } from "@/lib/auth/guard";
import { isId } from "@/lib/domain/ids";
import type { Actor } from "@/lib/auth/actor";
import { recordExport } from "@/lib/audit/record.server";
import { CURRENT_FRAMEWORK_VERSION } from "@/lib/framework";
import { assessmentHistory, consolidatedAnswers } from "@/lib/results/history.server";
import { listPlanActions } from "@/lib/action-plan/data.server";

/** Everything a partnership has recorded, every cycle: for its coordinators, the commissioner and its reviewer. */
export function exportPartnership(actor: Actor, partnershipId: number) {
  if (!can(actor, "export:partnership", { partnershipId })) return null;
  const p = getDb().select().from(partnerships).where(eq(partnerships.id, partnershipId)).get();
  if (!p) return null;
  const planActions = listPlanActions(partnershipId);
  const history = assessmentHistory(partnershipId);
  recordExport(actor, "export.partnership", "partnership", partnershipId);
  return {
    partnership: { id: p.id, name: p.name, level: p.level, nation: p.nation },
    exportedAt: new Date().toISOString(),
    cycles: history.map((h) => ({
      cycle: h.cycleLabel,
      assessment: { id: h.id, status: h.status, frameworkVersion: h.frameworkVersion, provisional: h.provisional },
      answers: Object.entries(consolidatedAnswers(h.id)).map(([questionId, value]) => ({ questionId, value })),
      // As recorded, under the version the year was answered on.
      dimensions: h.scores.dimensions.map((d) => ({
        dimensionId: d.dimensionId,
        frameworkVersion: h.frameworkVersion,
        score: d.score,
        stage: d.stage.index,
        stageName: d.stage.name,
        coverage: d.coverage ?? null,
        heldByConditionId: d.heldBy?.conditionId ?? null,
      })),
      // Under the current version (like with like across years).
      ...(h.frameworkVersion !== CURRENT_FRAMEWORK_VERSION
        ? {
            rescored: {
              frameworkVersion: CURRENT_FRAMEWORK_VERSION,
              dimensions: h.comparable.dimensions.map((d) => ({
                dimensionId: d.dimensionId,
                score: d.score,
                stage: d.stage.index,
                stageName: d.stage.name,
                coverage: d.coverage ?? null,
                heldByConditionId: d.heldBy?.conditionId ?? null,
              })),
            },
          }
        : {}),
      actions: planActions.filter((a) => a.cycleId === h.cycleId).map(({ rowVersion: _v, cycleId: _c, ...a }) => a),
    })),
  };
}

/**
 * The export route handlers' one way in (CSV and JSON alike): the signed-in caller's export of the
 * partnership named in the address, or the answer to send instead (401 signed out; 404, audited as
 * a refusal, for an id that is not one or a partnership the caller may not export).
 */
export async function exportForRequest(
  id: string,
): Promise<NonNullable<ReturnType<typeof exportPartnership>> | Response> {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const data = isId(id) ? exportPartnership(actor, Number(id)) : null;
  if (data) return data;
  await auditDenied(actor, "export:partnership", { partnershipId: Number(id) || undefined });
  return new Response("Not found", { status: 404 });
}
