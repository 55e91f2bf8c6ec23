// The fuzz's evidence document uploads (issue 21): hostile multipart bodies posted to the upload
// route handler (app/api/assessments/[id]/evidence/[questionId]/route.ts). The coordinator's own
// in-progress self-review has a "Yes" to an evidence question, so its uploads reach the file's
// checks; every payload is one the route must refuse (a name with a path, the wrong type, empty,
// cut off, no file, not a form, no Origin), with a redirect naming the error or a 4xx, and nothing
// stored.
import { pick, rand, HOSTILE_STRINGS, type Payload, type Role } from "./generate";
import { hostileSegment } from "./routes";

let target: { assessmentId: number; questionId: string } | undefined;
/** Set once by the test: the coordinator's own self-review and an evidence question answered "Yes". */
export function setUploadTarget(next: { assessmentId: number; questionId: string }) {
  target = next;
}

const PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n";

function multipartBody(boundary: string, fileName: string | null, content: string, extra: [string, string][] = []) {
  const parts = extra.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  if (fileName !== null)
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="${fileName}"\r\nContent-Type: ${pick(["application/pdf", "image/png", "text/html", "application/octet-stream"])}\r\n\r\n${content}\r\n`,
    );
  return `${parts.join("")}--${boundary}--\r\n`;
}

export function uploadPayload(base: string, role: Role, cookie: string | null): Payload {
  if (!target) throw new Error("setUploadTarget was not called");
  const own = role === "coordinator" || rand() < 0.3;
  const assessmentId = own
    ? String(target.assessmentId)
    : hostileSegment("id", "/api/assessments/[id]/evidence/[questionId]", role);
  const questionId = rand() < 0.85 ? target.questionId : pick(["gov.nope", "..%2f..%2fetc", "x".repeat(90), "a b"]);
  const boundary = `----fuzz${Math.floor(rand() * 1e9)}`;
  const variant = pick([
    () => ({
      kind: "upload-path-name",
      body: multipartBody(
        boundary,
        pick(["../../etc/passwd.pdf", "a/b.pdf", "C:\\\\x\\\\y.pdf", "..pdf", " x.pdf"]),
        PDF,
      ),
    }),
    () => ({
      kind: "upload-wrong-type",
      body: multipartBody(
        boundary,
        pick(["minutes.pdf", "photo.png", "x.docx", "x.svg", "x.html"]),
        pick(["<html><script>alert(1)</script>", "MZ\u0090\u0000", "PK\u0003\u0004junk", pick(HOSTILE_STRINGS)]),
      ),
    }),
    () => ({ kind: "upload-renamed", body: multipartBody(boundary, "scan.png", PDF) }),
    () => ({ kind: "upload-empty", body: multipartBody(boundary, "empty.pdf", "") }),
    () => ({ kind: "upload-no-file", body: multipartBody(boundary, null, "", [["document", "not a file"]]) }),
    () => {
      const whole = multipartBody(boundary, "minutes.pdf", PDF.repeat(20));
      return { kind: "upload-cut-off", body: whole.slice(0, Math.floor(whole.length * (0.2 + rand() * 0.6))) };
    },
  ])();
  const notMultipart = rand() < 0.08;
  const noOrigin = rand() < 0.08;
  const headers: Record<string, string> = {
    "Content-Type": notMultipart
      ? pick(["application/json", "text/plain", "multipart/form-data"])
      : `multipart/form-data; boundary=${boundary}`,
    ...(noOrigin ? {} : { Origin: base }),
    ...(cookie ? { Cookie: cookie } : {}),
  };
  return {
    kind: notMultipart ? "upload-not-multipart" : noOrigin ? "upload-no-origin" : variant.kind,
    role,
    method: "POST",
    url: `${base}/api/assessments/${assessmentId}/evidence/${questionId}`,
    headers,
    body: variant.body,
    expect: "upload-refused",
  };
}
