import { NextResponse } from "next/server";
import { getFramework, listFrameworkVersions, publishedFramework } from "@/lib/framework";

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const { version } = await params;
  const known = listFrameworkVersions().some((v) => v.version === version);
  const framework = known ? getFramework(version) : undefined;
  if (!framework) {
    return NextResponse.json(
      {
        error: `No framework version "${version.slice(0, 40)}". Known versions: ${listFrameworkVersions()
          .map((v) => v.version)
          .join(", ")}`,
      },
      { status: 404 },
    );
  }
  // A released version never changes, so it can be cached for long.
  return NextResponse.json(publishedFramework(framework), {
    headers: { "Cache-Control": "public, max-age=86400, immutable" },
  });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
