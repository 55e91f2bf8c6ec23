// Page titles that say where the user is ("Prevent: 2026/27 self-review"), from the page's own
// data. Where that data cannot be read, the plain title: the page itself then shows its 404 or
// the service's error page, which still needs a title.
import type { Metadata } from "next";

export async function titleOr(fallback: string, title: () => Promise<string>): Promise<Metadata> {
  try {
    return { title: await title() };
  } catch {
    return { title: fallback };
  }
}
