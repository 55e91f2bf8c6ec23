import type { NextRequest } from "next/server";
import { nationalApiActor } from "@/lib/national/api";
import { nationalScores } from "@/lib/national/scores.server";
import { readFilters } from "@/lib/national/schemas";
import { csvResponse, toCsv } from "@/lib/csv";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ cycle: string }> }) {
  const auth = await nationalApiActor((await params).cycle);
  if (auth instanceof Response) return auth;
  const anonymised = request.nextUrl.searchParams.get("anonymised") === "1";
  const filters = readFilters(Object.fromEntries(request.nextUrl.searchParams));
  const data = nationalScores(auth.actor, auth.cycleId, anonymised, filters);
  if (!data) return new Response("Not found", { status: 404 });
  const rows = data.rows.map((r) => [
    data.cycle,
    r.partnership,
    r.partnershipId ?? "",
    "anonymisedCode" in r ? r.anonymisedCode : "",
    r.level,
    r.nation,
    r.dimensionId,
    r.score,
    r.stage,
    r.coverage ?? "",
    r.frameworkVersion,
  ]);
  return csvResponse(
    `scores-${data.cycle}${anonymised ? "-anonymised" : ""}.csv`,
    toCsv(
      [
        "cycle",
        "partnership",
        "partnership_id",
        "anonymised_code",
        "level",
        "nation",
        "dimension_id",
        "score",
        "stage",
        "coverage_percent",
        "framework_version",
      ],
      rows,
    ),
  );
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
