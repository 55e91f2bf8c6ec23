// One evidence item's document (lib/evidence/): GET downloads it, for whoever may read the answers
// it belongs to (audited), always as an attachment, with the type read from its content at upload
// and nosniff, so that a browser never renders it as a page of the toolkit; POST uploads one, from
// the evidence document page's form.
import { requireApiActor } from "@/lib/auth/api";
import { isId } from "@/lib/domain/ids";
import { documentForDownload } from "@/lib/evidence/documents.server";
import { contentDisposition } from "@/lib/evidence/rules";
import { QUESTION_ID, handleUpload } from "@/lib/evidence/upload.server";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; questionId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const { id, questionId } = await params;
  const doc = isId(id) && QUESTION_ID.test(questionId) ? documentForDownload(actor, Number(id), questionId) : null;
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

export async function POST(request: Request, { params }: Params) {
  const actor = await requireApiActor();
  if (actor instanceof Response) return actor;
  const { id, questionId } = await params;
  return handleUpload(request, actor, id, questionId);
}

// GET (a download) and POST (an upload) only: other methods get the 405 that says so.
export { PUT, PATCH, DELETE } from "@/lib/http/get-post-only";
