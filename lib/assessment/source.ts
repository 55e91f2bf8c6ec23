// How a framework source citation reads on a page.
import type { Source } from "@/lib/framework/types";

const DOCUMENTS: Record<string, string> = {
  IASC2017: "Collaborating for freedom: anti-slavery partnerships in the UK (IASC & University of Nottingham, 2017)",
  VanDyke2017: "Van Dyke, ‘Thinking Outside the Box’, European Review of Organised Crime 4(2), 2017",
};

export function sourceText(source: Source | undefined): string {
  if (!source) return "";
  const s = source as unknown as { doc: string; section: string; quote?: string };
  return `${DOCUMENTS[s.doc] ?? s.doc}: ${s.section}${s.quote ? ` — “${s.quote}”` : ""}`;
}
