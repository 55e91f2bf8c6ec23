// The erasure's pure rules (UK GDPR, lib/admin/erasure.server.ts): the pseudonym's address and
// how a person's name is found and replaced in free text.

/** The domain no erased address can be delivered to (RFC 2606 reserves .invalid). */
export const ERASED_EMAIL_DOMAIN = "erased.invalid";

/** The pseudonym's email address: one per user id, so the unique constraint holds. */
export function erasedEmail(userId: number): string {
  return `erased-${userId}@${ERASED_EMAIL_DOMAIN}`;
}

/** A name shorter than this is not looked for in free text: it would match ordinary words. */
const MIN_NAME_LENGTH_IN_TEXT = 3;

/**
 * Matches the full name as a whole phrase, in any case, with any run of spaces between its words,
 * and not inside a longer word ("Ann Lee" matches "ann  lee," but not "Joann Leeds"). Null when the
 * name is too short to look for safely.
 */
export function nameMatcher(name: string): RegExp | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.join(" ").length < MIN_NAME_LENGTH_IN_TEXT) return null;
  const phrase = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}_])${phrase}(?![\\p{L}\\p{N}_])`, "giu");
}

/** Replaces the name in every string inside a JSON value (not in its keys). */
export function replaceInJson(value: unknown, replace: (s: string) => string): unknown {
  if (typeof value === "string") return replace(value);
  if (Array.isArray(value)) return value.map((v) => replaceInJson(v, replace));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceInJson(v, replace)]));
  return value;
}
