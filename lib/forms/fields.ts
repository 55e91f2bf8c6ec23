// Field schemas that several forms share, so that the same input gets the same rules and words.
import { z } from "zod";
import { ID_PATTERN } from "@/lib/domain/ids";

export function emailField(emptyMessage: string) {
  return z
    .string()
    .trim()
    .min(1, { error: emptyMessage })
    .max(254, { error: "Email address must be 254 characters or fewer" })
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }));
}

const isoDate = z.iso.date();

/** Whether a string is a real calendar date written yyyy-mm-dd (zod's ISO date: 2027-02-29 is not). */
export function isIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}

/** A database id as a form holds it (a string of digits). */
export function idField(what: string) {
  return z.string().regex(ID_PATTERN, { error: `Select ${what}` });
}

/** The secret of a single-use link (lib/security/link-tokens.ts makes them): 43 base64url characters. */
export function linkTokenField(message: string) {
  return z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: message });
}
