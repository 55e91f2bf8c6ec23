import { requireApiActor } from "@/lib/auth/api";
import { isId } from "@/lib/domain/ids";
import { auditDenied } from "@/lib/auth/guard";
import { exportPartnership } from "@/lib/results/export.server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const data = isId(id) ? exportPartnership(actor, Number(id)) : null;
  if (!data) {
    await auditDenied(actor, "export:partnership", { partnershipId: Number(id) || undefined });
    return new Response("Not found", { status: 404 });
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json",
      "Content-Disposition": `attachment; filename="partnership-${data.partnership.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
