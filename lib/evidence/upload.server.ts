import "server-only";
// The upload request: read at most the size limit (and a little for the form around the file),
// parse the multipart form, and hand the file to uploadDocument. A body over the limit is refused
// without reading it all; a body that ends before the form does (an upload cut off half-way) is
// refused as such. Whatever the outcome, the browser is sent back to the evidence page, with the
// error to show (GOV.UK file upload pattern): a plain HTML form post, no JavaScript needed.
import type { Actor } from "@/lib/auth/actor";
import { auditDenied } from "@/lib/auth/guard";
import { isId } from "@/lib/domain/ids";
import { originIsOurs } from "@/lib/security/origin";
import { evidenceItem, maxDocumentBytes, uploadDocument } from "@/lib/evidence/documents.server";
import type { UploadError } from "@/lib/evidence/rules";

// Room for the form's own parts (boundaries, headers, the field names) around the file.
const FORM_OVERHEAD = 64 * 1024;
export const QUESTION_ID = /^[a-z0-9_.-]{1,80}$/;

async function readLimited(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | "too-large" | "cut-off"> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) return "too-large";
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return "too-large";
      }
      chunks.push(value);
    }
  } catch {
    return "cut-off"; // the connection ended mid-body
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function handleUpload(
  request: Request,
  actor: Actor,
  assessmentId: string,
  questionId: string,
): Promise<Response> {
  const url = new URL(request.url);
  if (!originIsOurs(request.headers, { host: url.host, protocol: url.protocol }))
    return new Response("This upload did not come from the toolkit’s own page, so it was refused.", { status: 403 });
  const notFound = async () => {
    await auditDenied(actor, "update:assessment:own", {}, { assessmentId, questionId: questionId.slice(0, 80) });
    return new Response("Not found", { status: 404 });
  };
  // Who may see the item is settled before the body is read: anyone else gets a 404 at once.
  const item =
    isId(assessmentId) && QUESTION_ID.test(questionId) ? evidenceItem(actor, Number(assessmentId), questionId) : null;
  if (!item) return notFound();
  if (!/^multipart\/form-data;\s*boundary=/i.test(request.headers.get("content-type") ?? ""))
    return new Response("Send the file as a multipart/form-data form, as the evidence document page does.", {
      status: 415,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const page = `/assessments/${assessmentId}/evidence/${questionId}`;
  const back = (outcome: UploadError | "uploaded") =>
    new Response(null, {
      status: 303,
      headers: { Location: outcome === "uploaded" ? `${page}?uploaded=1` : `${page}?error=${outcome}` },
    });

  const body = await readLimited(request, maxDocumentBytes() + FORM_OVERHEAD);
  if (body === "too-large" || body === "cut-off") return back(body);
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { "Content-Type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    // Not a whole multipart form: most often the upload stopped before its end.
    return back("cut-off");
  }
  const file = form.get("document");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return back("none");
  const result = uploadDocument(actor, item, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return back(result.ok ? "uploaded" : result.error);
}
