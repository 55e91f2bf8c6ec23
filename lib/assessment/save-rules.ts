// The rules for saving one answer, as pure functions: every save names the row version it was
// based on (0 for "there was no answer when I started"), and a save based on anything older
// than what is stored is refused, so that nobody's work is overwritten unseen.

export type StoredAnswer = { rowVersion: number; value: unknown; updatedByName: string | null; updatedAt: string };

export type SaveDecision =
  | { kind: "insert" }
  | { kind: "update"; nextVersion: number }
  | { kind: "unchanged" }
  | { kind: "conflict"; current: StoredAnswer };

/** Same JSON value, key order aside: saving what is already stored changes nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v as Record<string, unknown>)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

export function decideSave(
  stored: StoredAnswer | null,
  baseVersion: number,
  value: unknown,
  needsConfirmation = false,
): SaveDecision {
  if (!stored)
    return baseVersion === 0
      ? { kind: "insert" }
      : { kind: "conflict", current: { rowVersion: 0, value: null, updatedByName: null, updatedAt: "" } };
  if (stored.rowVersion !== baseVersion) {
    // Someone saved since this page loaded. If they saved exactly what this save says, there is
    // nothing to resolve.
    return sameValue(stored.value, value) && !needsConfirmation
      ? { kind: "unchanged" }
      : { kind: "conflict", current: stored };
  }
  if (sameValue(stored.value, value) && !needsConfirmation) return { kind: "unchanged" };
  return { kind: "update", nextVersion: stored.rowVersion + 1 };
}
