import type { NextRequest } from "next/server";
import { nationalApiActor } from "@/lib/national/api";
import { nationalScores } from "@/lib/national/scores.server";
import { readFilters } from "@/lib/national/schemas";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ cycle: string }> }) {
  const auth = await nationalApiActor((await params).cycle);
  if (auth instanceof Response) return auth;
  const q = request.nextUrl.searchParams;
  const data = nationalScores(
    auth.actor,
    auth.cycleId,
    q.get("anonymised") === "1",
    readFilters(Object.fromEntries(q)),
  );
  if (!data) return new Response("Not found", { status: 404 });
  return Response.json(data, { headers: { "Cache-Control": "no-store" } });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
