import "server-only";
// What a new password is checked against on the server: our common-password list
// (lib/auth/common-passwords.txt, made by scripts/make-common-passwords.mjs), read once and folded
// the same way as the passwords it is compared with (lib/auth/password-rules.ts); and zxcvbn's
// estimate of how many guesses a cracker would need, from its breach-derived password list,
// English words and names, dates, sequences, repeats and keyboard patterns (ADR 0006). Both are
// too big to send to the browser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEn from "@zxcvbn-ts/language-en";
import { emailNameParts, foldForComparison, passwordProblem, SERVICE_WORDS } from "@/lib/auth/password-rules";
import { ActionError } from "@/lib/server-action-result";

export const COMMON_PASSWORDS_FILE = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "lib",
  "auth",
  "common-passwords.txt",
);

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
 * A password must need at least 10^10 guesses by zxcvbn's estimate (its "very unguessable"
 * score): enough against an offline attack on the slow scrypt hash. Passphrases of three or four
 * uncommon words pass easily; a word and a year ("Winter2025!!!") or keyboard runs do not.
 */
export const MIN_GUESSES_LOG10 = 10;

/** Words that make a password easier to guess here: this service's and its users' own. */
const CONTEXT_WORDS = [
  ...SERVICE_WORDS,
  "anti-slavery",
  "modern slavery",
  "partnership",
  "trafficking",
  "safeguarding",
  "commissioner",
];

let estimator: ZxcvbnFactory | undefined;

/** log10 of the guesses zxcvbn estimates for `password`, given words a guesser would try first. */
export function estimatedGuessesLog10(password: string, userInputs: string[] = []): number {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
  });
  return estimator.check(password, [...CONTEXT_WORDS, ...userInputs]).guessesLog10;
}

/**
 * Every rule, with the list, the guess estimate and the account's email: for the data layer, just
 * before a password is hashed and stored. Refuses with a message on the password field.
 */
export function assertAcceptableNewPassword(password: string, email: string): void {
  const message = passwordProblem(password, {
    email,
    isCommon: isCommonPassword,
    isGuessable: (p) => estimatedGuessesLog10(p, emailNameParts(email)) < MIN_GUESSES_LOG10,
  });
  if (message) throw new ActionError("There is a problem", "invalid", { password: [message] });
}
