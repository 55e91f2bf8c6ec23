// Evidence documents (issue 21): a coordinator uploads a document beside an evidence item; bad
// files are refused with a clear error and nothing stored; the document is stored under a random
// name with its hash, downloads as an attachment with nosniff to those who may read the answers
// (audited) and to nobody else, and can be removed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  test,
  expect,
  signIn,
  signedInRequest,
  expectNoAxeViolations,
  createPartnershipWithPeople,
  hydrated,
  db,
  queryOne,
  server,
} from "./fixtures";
import { CURRENT_FRAMEWORK_VERSION, getFramework } from "../lib/framework";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n");

function multipart(boundary: string, fileName: string, content: Buffer) {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

test("a coordinator uploads an evidence document; bad files are refused; it downloads as an attachment to readers only", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("documents", 1);
  const questionId = getFramework()!
    .dimensions.flatMap((d) => d.questions)
    .find((q) => q.type === "yesno_evidence")!.id;
  // This year's self-review, with "Yes" to the evidence question.
  const conn = db();
  let assessmentId: number;
  try {
    assessmentId = Number(
      conn
        .prepare(
          "INSERT INTO assessments (partnership_id, cycle_id, framework_version) SELECT ?, id, ? FROM cycles WHERE status = 'open' ORDER BY opens_on LIMIT 1",
        )
        .run(p.partnershipId, CURRENT_FRAMEWORK_VERSION).lastInsertRowid,
    );
    const responseId = conn
      .prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')")
      .run(assessmentId).lastInsertRowid;
    conn
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)")
      .run(responseId, questionId, JSON.stringify({ kind: "yesno", answer: "yes", evidence: { date: "2019-01-31" } }));
  } finally {
    conn.close();
  }
  const documents = () =>
    queryOne<{ n: number }>("SELECT count(*) n FROM evidence_documents WHERE assessment_id = ?", assessmentId)!.n;
  const pageUrl = `/assessments/${assessmentId}/evidence/${questionId}`;
  const uploadUrl = `/api/assessments/${assessmentId}/evidence/${questionId}`;

  await signIn(page, p.coordinator.email);
  await page.goto(pageUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evidence document");
  await expect(page.getByTestId("no-document")).toBeVisible();
  await hydrated(page);
  await expectNoAxeViolations(page);

  // No file; the wrong type (an HTML page named .pdf); an empty file: each refused, nothing stored.
  const upload = page.getByRole("button", { name: "Upload document" });
  await upload.click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select a file");
  await page.getByLabel("Upload a document").setInputFiles({
    name: "minutes.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await upload.click();
  await expect(page.locator(".govuk-error-summary")).toContainText("The selected file must be a PDF, Word, Excel");
  await expect(page.locator("#field-document-error")).toBeVisible();
  await page
    .getByLabel("Upload a document")
    .setInputFiles({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await upload.click();
  await expect(page.locator(".govuk-error-summary")).toContainText("The selected file is empty");
  expect(documents()).toBe(0);

  // What a browser does not send: a name with a path, a body over the limit, one cut off half-way.
  const request = page.context().request;
  const post = (body: Buffer, boundary = "----tests") =>
    request.post(uploadUrl, {
      headers: { Origin: server().baseURL, "Content-Type": `multipart/form-data; boundary=${boundary}` },
      data: body,
      maxRedirects: 0,
    });
  const errorOf = async (body: Buffer) => {
    const res = await post(body);
    expect(res.status()).toBe(303);
    return new URL(res.headers()["location"]!, server().baseURL).searchParams.get("error");
  };
  expect(await errorOf(multipart("----tests", "../../etc/passwd.pdf", PDF))).toBe("name");
  expect(await errorOf(multipart("----tests", "big.pdf", Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])))).toBe(
    "too-large",
  );
  const whole = multipart("----tests", "minutes.pdf", Buffer.concat([PDF, Buffer.alloc(4000, 32)]));
  expect(await errorOf(whole.subarray(0, whole.length / 2))).toBe("cut-off");
  // From another site: refused outright.
  const foreign = await request.post(uploadUrl, {
    headers: { Origin: "https://evil.example", "Content-Type": "multipart/form-data; boundary=----tests" },
    data: multipart("----tests", "minutes.pdf", PDF),
    maxRedirects: 0,
  });
  expect(foreign.status()).toBe(403);
  expect(documents()).toBe(0);

  // A real PDF: stored under a random name with its hash, listed with its date, flagged out of date.
  await page
    .getByLabel("Upload a document")
    .setInputFiles({ name: "Terms of reference 2019.pdf", mimeType: "application/pdf", buffer: PDF });
  await upload.click();
  await expect(page.getByText("Terms of reference 2019.pdf uploaded")).toBeVisible();
  await expect(page.getByTestId("document-download")).toHaveText("Terms of reference 2019.pdf");
  await expect(page.getByTestId("document-out-of-date")).toBeVisible();
  const stored = queryOne<{ stored_name: string; sha256: string; content_type: string; size_bytes: number }>(
    "SELECT stored_name, sha256, content_type, size_bytes FROM evidence_documents WHERE assessment_id = ?",
    assessmentId,
  )!;
  expect(stored.stored_name).toMatch(/^[0-9a-f]{32}$/);
  expect(stored).toMatchObject({
    sha256: createHash("sha256").update(PDF).digest("hex"),
    content_type: "application/pdf",
    size_bytes: PDF.length,
  });
  const file = path.join(path.dirname(server().databasePath), "documents", stored.stored_name);
  expect(readFileSync(file)).toEqual(PDF);

  // The download: an attachment, nosniff, the bytes as uploaded, audited.
  const download = await request.get(uploadUrl);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="Terms of reference 2019\.pdf"/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(Buffer.from(await download.body())).toEqual(PDF);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'document.download' AND outcome = 'success' AND target_id = ?",
      String(assessmentId),
    )!.n,
  ).toBe(1);

  // Someone from another partnership: not found, and audited as refused.
  const outsider = await createPartnershipWithPeople("documents-outsider");
  const other = await signedInRequest(outsider.coordinator.email);
  expect((await other.get(uploadUrl)).status()).toBe(404);
  expect((await other.get(pageUrl)).status()).toBe(404);
  await other.dispose();

  // Removed: the row and the file go.
  await page.getByRole("button", { name: /^Remove the document/ }).click();
  await expect(page.getByTestId("no-document")).toBeVisible();
  expect(documents()).toBe(0);
  expect(existsSync(file)).toBe(false);
});
