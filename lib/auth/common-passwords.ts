import "server-only";
// The common-password list (lib/auth/common-passwords.txt, made by
// scripts/make-common-passwords.mjs), read once and folded the same way as the passwords it is
// compared with (lib/auth/password-rules.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { foldForComparison, passwordProblem } from "@/lib/auth/password-rules";
import { ActionError } from "@/lib/action-result";

export const COMMON_PASSWORDS_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "auth", "common-passwords.txt");

let folded: Set<string> | undefined;

export function isCommonPassword(candidate: string): boolean {
  folded ??= new Set(
    readFileSync(COMMON_PASSWORDS_FILE, "utf8")
      .split("\n")
      .filter((line) => line && !line.startsWith("#"))
      .map(foldForComparison),
  );
  return folded.has(candidate);
}

/**
 * Every rule, with the list and the account's email: for the data layer, just before a password
 * is hashed and stored. Refuses with a message on the password field.
 */
export function assertAcceptableNewPassword(password: string, email: string): void {
  const message = passwordProblem(password, { email, isCommon: isCommonPassword });
  if (message) throw new ActionError("There is a problem", "invalid", { password: [message] });
}
