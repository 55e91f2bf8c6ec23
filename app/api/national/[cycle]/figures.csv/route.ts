import type { NextRequest } from "next/server";
import { nationalApiActor } from "@/lib/national/api";
import { nationalOverview } from "@/lib/national/overview.server";
import { recordExport } from "@/lib/audit/record.server";
import { readFilters } from "@/lib/national/schemas";
import { csvResponse, toCsv } from "@/lib/csv";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ cycle: string }> }) {
  const auth = await nationalApiActor((await params).cycle);
  if (auth instanceof Response) return auth;
  const q = Object.fromEntries(request.nextUrl.searchParams);
  const filters = readFilters(q);
  const o = nationalOverview(auth.actor, auth.cycleId, filters);
  recordExport(auth.actor, "export.national-figures", "cycle", auth.cycleId, { figure: q.figure ?? "all", filters });
  if (q.figure === "stages") {
    const rows = o.stageDistribution.map((d) => [
      d.dimensionId,
      d.name,
      ...d.counts,
      d.median ?? "",
      d.coverage?.mean ?? "",
      o.frameworkVersion,
    ]);
    return csvResponse(
      "stages.csv",
      toCsv(
        [
          "dimension_id",
          "dimension",
          "stage_1",
          "stage_2",
          "stage_3",
          "stage_4",
          "stage_5",
          "median_stage",
          "mean_coverage_percent",
          "framework_version",
        ],
        rows,
      ),
    );
  }
  const figures = q.figure ? o.figures.filter((f) => f.figure === q.figure) : o.figures;
  const rows = figures.flatMap((f) => f.rows.map((r) => [f.figure, f.title, r.label, r.n, f.respondents, r.share]));
  return csvResponse(
    "figures.csv",
    toCsv(["figure", "title", "category", "partnerships", "respondents", "share_percent"], rows),
  );
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
