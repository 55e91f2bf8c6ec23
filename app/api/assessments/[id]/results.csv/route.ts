import { requireApiActor } from "@/lib/auth/api";
import { isId } from "@/lib/domain/ids";
import { auditDenied } from "@/lib/auth/guard";
import { getResults } from "@/lib/results/data.server";
import { recordExport } from "@/lib/audit/record.server";
import { csvResponse, toCsv } from "@/lib/csv";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const r = isId(id) ? getResults(actor, Number(id)) : null;
  if (!r) {
    await auditDenied(actor, "read:assessment", {});
    return new Response("Not found", { status: 404 });
  }
  recordExport(actor, "export.results", "assessment", id, {
    partnershipId: r.ctx.partnership.id,
    cycle: r.ctx.cycle.label,
    final: r.final,
  });
  const fw = r.ctx.framework;
  const rows = fw.dimensions.map((d) => {
    const s = r.scores.dimensions.find((x) => x.dimensionId === d.id)!;
    const prev = r.previous?.scores.dimensions.find((x) => x.dimensionId === d.id);
    return [
      r.ctx.partnership.name,
      r.ctx.cycle.label,
      r.final ? "final" : "provisional",
      d.id,
      d.name,
      s.score,
      s.stage.index,
      s.stage.name,
      prev?.score ?? "",
      prev?.stage.index ?? "",
      r.targetsForThisYear.get(d.id) ?? "",
      s.coverage ?? "",
      s.dontKnow,
      s.unanswered,
      s.bandStage?.index ?? "",
      s.heldBy?.conditionId ?? "",
      s.heldBy ? `${s.heldBy.needed} is needed for stage ${s.heldBy.stage.index}` : "",
      r.scores.version,
    ];
  });
  const header = [
    "partnership",
    "cycle",
    "status",
    "dimension_id",
    "dimension",
    "score",
    "stage",
    "stage_name",
    "previous_score",
    "previous_stage",
    "target_stage",
    "coverage_percent",
    "dont_know",
    "unanswered",
    "score_band_stage",
    "held_by_condition_id",
    "held_by",
    "framework_version",
  ];
  return csvResponse(`results-${r.ctx.cycle.label}.csv`, toCsv(header, rows));
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
