// How a framework source citation reads on a page.
import { DOCUMENTS, type Source } from "@/lib/framework/types";

export function sourceText(source: Source | undefined): string {
  if (!source) return "";
  const d = DOCUMENTS[source.doc];
  return `${d.authors} (${d.year}), ‘${d.title}’: ${source.section}${source.quote ? ` — “${source.quote}”` : ""}`;
}
