// Evidence documents: what may be uploaded, read from the file's content (its first bytes), never
// from its name or the type the browser claims; and what each refusal says (GOV.UK file upload
// pattern). Pure: unit-tested in rules.test.ts.

export type DocumentKind = { type: string; label: string; extensions: readonly string[] };

export const KINDS = {
  pdf: { type: "application/pdf", label: "PDF", extensions: ["pdf"] },
  png: { type: "image/png", label: "PNG image", extensions: ["png"] },
  jpeg: { type: "image/jpeg", label: "JPEG image", extensions: ["jpg", "jpeg"] },
  docx: {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word document",
    extensions: ["docx"],
  },
  xlsx: {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel workbook",
    extensions: ["xlsx"],
  },
  doc: { type: "application/msword", label: "Word 97–2003 document", extensions: ["doc"] },
  xls: { type: "application/vnd.ms-excel", label: "Excel 97–2003 workbook", extensions: ["xls"] },
  odt: { type: "application/vnd.oasis.opendocument.text", label: "OpenDocument text", extensions: ["odt"] },
  ods: {
    type: "application/vnd.oasis.opendocument.spreadsheet",
    label: "OpenDocument spreadsheet",
    extensions: ["ods"],
  },
  odp: {
    type: "application/vnd.oasis.opendocument.presentation",
    label: "OpenDocument presentation",
    extensions: ["odp"],
  },
} as const satisfies Record<string, DocumentKind>;

export const ACCEPTED_EXTENSIONS = Object.values(KINDS).flatMap((k) => k.extensions.map((e) => `.${e}`));

export type UploadError =
  "none" | "empty" | "too-large" | "wrong-type" | "name" | "cut-off" | "not-evidence" | "answer-first";

export function uploadErrorMessage(error: UploadError, maxMb: number): string {
  switch (error) {
    case "none":
      return "Select a file";
    case "empty":
      return "The selected file is empty";
    case "too-large":
      return `The selected file must be smaller than ${maxMb} MB`;
    case "wrong-type":
      return "The selected file must be a PDF, Word, Excel, OpenDocument (ODF), PNG or JPEG file, with the ending its type has (such as .pdf or .docx)";
    case "name":
      return "The selected file’s name must not contain /, \\, control characters or ‘..’, and must be 200 characters or fewer: rename the file and select it again";
    case "cut-off":
      return "The upload was cut off before it finished, so nothing was saved. Select the file and upload it again";
    case "not-evidence":
      return "A document can only be added to a question that asks for evidence, in a self-review you can still change";
    case "answer-first":
      return "Answer ‘Yes’ to this question before adding a document as its evidence";
  }
}

export const UPLOAD_ERRORS: readonly UploadError[] = [
  "none",
  "empty",
  "too-large",
  "wrong-type",
  "name",
  "cut-off",
  "not-evidence",
  "answer-first",
];

/** A name as the uploader's computer gave it: no path, no control characters, not too long. */
export function fileNameProblem(name: string): boolean {
  return (
    name.trim() === "" ||
    name.length > 200 ||
    /[/\\\u0000-\u001f\u007f]/.test(name) ||
    name.includes("..") ||
    name.trim() !== name
  );
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/** The names of the entries a zip file's local headers give, as far as the bytes go (first 64 kB). */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const limit = Math.min(bytes.length, 65536);
  for (let i = 0; i + 30 <= limit;) {
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04], i)) break;
    const nameLength = bytes[i + 26]! | (bytes[i + 27]! << 8);
    const extraLength = bytes[i + 28]! | (bytes[i + 29]! << 8);
    const compressed = (bytes[i + 18]! | (bytes[i + 19]! << 8) | (bytes[i + 20]! << 16) | (bytes[i + 21]! << 24)) >>> 0;
    names.push(ascii(bytes, i + 30, i + 30 + nameLength));
    const flags = bytes[i + 6]! | (bytes[i + 7]! << 8);
    if (flags & 0x08) break; // sizes follow the data: cannot step over it, but the first names are enough
    i += 30 + nameLength + extraLength + compressed;
  }
  return names;
}

/** The kind of document these bytes are, from their content alone; null if not one we accept. */
export function detectKind(bytes: Uint8Array): DocumentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return KINDS.pdf; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return null; // OLE: decided by name below
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type.
    if (ascii(bytes, 30, 38) === "mimetype") {
      const mime = ascii(bytes, 38, 38 + 60);
      for (const k of [KINDS.odt, KINDS.ods, KINDS.odp]) if (mime.startsWith(k.type)) return k;
      return null;
    }
    const names = zipEntryNames(bytes);
    if (!names.includes("[Content_Types].xml") && !names.some((n) => n.startsWith("_rels/"))) return null;
    if (names.some((n) => n.startsWith("word/"))) return KINDS.docx;
    if (names.some((n) => n.startsWith("xl/"))) return KINDS.xlsx;
    return null;
  }
  return null;
}

/**
 * The accepted kind of an upload, or why not: the content decides the type, and the name's ending
 * must be one that type has (so that the file opens as what it is). Word and Excel 97–2003 files
 * share one container format, so for those alone the ending tells which.
 */
export function classifyUpload(name: string, bytes: Uint8Array): DocumentKind | "wrong-type" {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1]?.toLowerCase() ?? "";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return ext === "doc" ? KINDS.doc : ext === "xls" ? KINDS.xls : "wrong-type";
  const kind = detectKind(bytes);
  if (!kind || !(kind.extensions as readonly string[]).includes(ext)) return "wrong-type";
  return kind;
}

/** A filename for Content-Disposition: ASCII fallback and the UTF-8 name (RFC 6266). */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
