// Reads a PDF the browser printed (page.pdf) with PDF.js: each page's size in points and its text,
// so that a test can check the printed report's pages rather than its markup.
export type PdfPage = { width: number; height: number; rotate: number; text: string };

export async function readPdf(data: Buffer): Promise<PdfPage[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
      pages.push({ width: x1 - x0, height: y1 - y0, rotate: page.rotate, text });
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Text without any whitespace: PDF text comes in runs whose spacing and line breaks vary. */
export const squeeze = (s: string) => s.replace(/\s+/g, "");
