// The rules for a new password (OWASP ASVS 5.0 6.2): 12 to 128 characters, any characters, no
// composition rules; not a common password nor one that is easy to guess; not containing the
// account's email name or this service's name. Shared by every form that sets a password (the zod
// schema, on the browser and in the server action) and by the data layer, which adds the common-password list
// (lib/auth/common-passwords.ts, server-only: the list is too big to send to the browser).
import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** Words of the service's name ("Anti-Slavery Partnership Maturity Toolkit") a password must not contain. */
export const SERVICE_WORDS = ["slavery", "toolkit"] as const;

export const PASSWORD_MESSAGES = {
  tooShort: `Password must be at least ${PASSWORD_MIN} characters`,
  tooLong: `Password must be ${PASSWORD_MAX} characters or fewer`,
  common: "This password is too common and easy to guess. Choose a different one: a few unrelated words work well",
  guessable:
    "This password would be easy to guess: it is made of common words, names, years, dates or keyboard patterns. Add another uncommon word or two, or choose a different one",
  email: "Password must not contain the email address or the name before the @",
  service: "Password must not contain the name of this service (such as ‘slavery’ or ‘toolkit’)",
} as const;

/** The hint beside every field where people choose their own password. */
export const NEW_PASSWORD_HINT =
  "12 to 128 characters, not a common or easily guessed password, and not containing your email name. A few unrelated words are easy to remember and hard to guess.";

const LOOKALIKES: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "i",
  "+": "t",
};

/**
 * The form in which passwords are compared with words and lists: lower case, look-alike digits
 * and symbols read as letters ("P@ssw0rd" is "password"), separators and other symbols dropped.
 */
export function foldForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[0134578@$!|+]/g, (c) => LOOKALIKES[c]!)
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** Characters as a person counts them (code points, after the normalisation hashing uses). */
export function passwordLength(password: string): number {
  return [...password.normalize("NFKC")].length;
}

/** The pieces of an email's local part worth refusing: the whole of it, and its words of 4+ letters. */
export function emailNameParts(email: string): string[] {
  const local = email.trim().toLowerCase().split("@")[0] ?? "";
  const parts = [local, ...local.split(/[._+\-]+/).filter((p) => p.length >= 4)];
  return [...new Set(parts.map(foldForComparison).filter((p) => p.length >= 3))];
}

/**
 * The shapes of a password to look up in the common list: as typed, and without digits or symbols added at either end.
 */
export function commonCandidates(password: string): string[] {
  const variants = [password, password.replace(/[\d\W_]+$/u, ""), password.replace(/^[\d\W_]+/u, "")];
  return [...new Set(variants.map(foldForComparison).filter(Boolean))];
}

export type PasswordContext = {
  /** The account's email address, when known. */
  email?: string;
  /** Whether a folded candidate is on the common-password list (server only). */
  isCommon?: (folded: string) => boolean;
  /** Whether the password as typed needs too few guesses by the strength estimate (server only). */
  isGuessable?: (password: string) => boolean;
};

/** The first rule a new password breaks, as the message to show; null if it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX) return PASSWORD_MESSAGES.tooLong;
  const folded = foldForComparison(password);
  if (SERVICE_WORDS.some((w) => folded.includes(w))) return PASSWORD_MESSAGES.service;
  if (context.email && emailNameParts(context.email).some((p) => folded.includes(p))) return PASSWORD_MESSAGES.email;
  if (context.isCommon && commonCandidates(password).some(context.isCommon)) return PASSWORD_MESSAGES.common;
  if (context.isGuessable?.(password)) return PASSWORD_MESSAGES.guessable;
  return null;
}

/** The field schema for a new password: what can be checked without the account or the list. */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const message = passwordProblem(password);
  if (message) ctx.addIssue({ code: "custom", message });
});

/**
 * For a form that holds both the email address and the new password: refuses a password that
 * contains the email's name, on the password field.
 */
export function refinePasswordAgainstEmail<T extends { email: string; password: string }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (passwordProblem(value.password) !== null) return; // already reported by the field schema
  const message = passwordProblem(value.password, { email: value.email });
  if (message) ctx.addIssue({ code: "custom", message, path: ["password"] });
}
