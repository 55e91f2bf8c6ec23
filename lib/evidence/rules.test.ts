// What an evidence document may be, decided from its content: each accepted kind by its first
// bytes, with the ending its type has; a renamed file, an executable, HTML and an OLE file with
// the wrong ending are refused; names with paths or control characters are refused.
import { test } from "node:test";
import assert from "node:assert/strict";
import { classifyUpload, contentDisposition, detectKind, fileNameProblem, KINDS } from "./rules";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

/** A zip's first local file header naming `name` (stored, `data` as its content). */
function zipEntry(name: string, data = "") {
  const header = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const size = data.length;
  const le32 = [size & 255, (size >> 8) & 255, (size >> 16) & 255, size >>> 24];
  return bytes(header, le32, le32, [name.length & 255, name.length >> 8, 0, 0], name, data);
}
const concat = (...arrays: Uint8Array[]) => new Uint8Array(arrays.flatMap((a) => [...a]));

const PDF = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
const DOCX = concat(zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("word/document.xml", "<w/>"));
const XLSX = concat(zipEntry("[Content_Types].xml", "<Types/>"), zipEntry("xl/workbook.xml", "<x/>"));
const ODT = zipEntry("mimetype", "application/vnd.oasis.opendocument.text");
const ODS = zipEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

test("each accepted kind is recognised from its content", () => {
  assert.equal(detectKind(PDF), KINDS.pdf);
  assert.equal(detectKind(PNG), KINDS.png);
  assert.equal(detectKind(JPEG), KINDS.jpeg);
  assert.equal(detectKind(DOCX), KINDS.docx);
  assert.equal(detectKind(XLSX), KINDS.xlsx);
  assert.equal(detectKind(ODT), KINDS.odt);
  assert.equal(detectKind(ODS), KINDS.ods);
});

test("anything else is refused, whatever its name says", () => {
  for (const [name, content] of [
    ["report.pdf", bytes("<html><script>alert(1)</script>")],
    ["photo.png", bytes("MZ\x90\x00\x03")], // a Windows executable
    ["notes.docx", zipEntry("evil.sh", "#!/bin/sh")], // a zip that is not a Word document
    ["sheet.ods", zipEntry("mimetype", "application/epub+zip")],
    ["report.pdf", bytes("%PD")], // cut short before its signature ends
    ["scan.svg", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ] as const)
    assert.equal(classifyUpload(name, content), "wrong-type", name);
});

test("the name's ending must be one the content's type has", () => {
  assert.equal(classifyUpload("Terms of reference.pdf", PDF), KINDS.pdf);
  assert.equal(classifyUpload("SCAN.JPG", JPEG), KINDS.jpeg);
  assert.equal(classifyUpload("scan.jpeg", JPEG), KINDS.jpeg);
  assert.equal(classifyUpload("minutes.docx", DOCX), KINDS.docx);
  assert.equal(classifyUpload("minutes.pdf", DOCX), "wrong-type");
  assert.equal(classifyUpload("report.png", PDF), "wrong-type");
  assert.equal(classifyUpload("report", PDF), "wrong-type");
  // Word and Excel 97–2003 share one container: the ending tells which.
  assert.equal(classifyUpload("old.doc", OLE), KINDS.doc);
  assert.equal(classifyUpload("old.xls", OLE), KINDS.xls);
  assert.equal(classifyUpload("old.msi", OLE), "wrong-type");
});

test("names with a path, control characters or '..' are refused; ordinary names are not", () => {
  for (const bad of [
    "../../etc/passwd",
    "a/b.pdf",
    "C:\\Users\\me\\x.pdf",
    "x\u0000.pdf",
    "x\n.pdf",
    "..pdf",
    "",
    " x.pdf",
    "a".repeat(201),
  ])
    assert.equal(fileNameProblem(bad), true, JSON.stringify(bad));
  for (const good of ["Terms of reference 2026.pdf", "Réunion – procès-verbal.odt", "x.pdf", "a.b.c.pdf"])
    assert.equal(fileNameProblem(good), false, good);
});

test("the download's name is quoted safely, with the UTF-8 name beside an ASCII one", () => {
  assert.equal(
    contentDisposition('Procès "verbal"; 2026.pdf'),
    `attachment; filename="Proc_s _verbal__ 2026.pdf"; filename*=UTF-8''Proc%C3%A8s%20%22verbal%22%3B%202026.pdf`,
  );
});
