import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/ops/health.server";

export const dynamic = "force-dynamic";

// Public: reports only whether the database is usable and how many migrations are applied.
export function GET() {
  const health = checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
