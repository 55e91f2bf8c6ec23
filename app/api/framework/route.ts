import { NextResponse } from "next/server";
import { getFramework, publishedFramework, CURRENT_FRAMEWORK_VERSION } from "@/lib/framework";

// Public: the framework is published so that anyone can read and check how partnerships are scored.
export function GET() {
  return NextResponse.json(publishedFramework(getFramework(CURRENT_FRAMEWORK_VERSION)!), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
