// GET: download an evidence document, for whoever may read the answers it belongs to (audited).
// Always as an attachment, with the type read from its content at upload and nosniff, so that a
// browser never renders it as a page of the toolkit.
import { requireApiActor } from "@/lib/auth/api";
import { isId } from "@/lib/domain/ids";
import { documentForDownload } from "@/lib/evidence/documents.server";
import { contentDisposition } from "@/lib/evidence/rules";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const { documentId } = await params;
  const doc = isId(documentId) ? documentForDownload(actor, Number(documentId)) : null;
  if (!doc) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(doc.bytes), {
    headers: {
      "Content-Type": doc.contentType,
      "Content-Disposition": contentDisposition(doc.fileName),
      "Content-Length": String(doc.bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
export { POST, PUT, PATCH, DELETE } from "@/lib/http/get-only";
