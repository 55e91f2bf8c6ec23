// POST: upload an evidence document for one question of a self-review (lib/evidence/).
import { requireApiActor } from "@/lib/auth/api";
import { handleUpload } from "@/lib/evidence/upload.server";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string; questionId: string }> }) {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const { id, questionId } = await params;
  return handleUpload(request, actor, id, questionId);
}
export { GET, PUT, PATCH, DELETE } from "@/lib/http/post-only";
