import { exportForRequest } from "@/lib/results/export.server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const data = await exportForRequest((await params).id);
  if (data instanceof Response) return data;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="partnership-${data.partnership.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
