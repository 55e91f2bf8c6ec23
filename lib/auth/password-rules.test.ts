import { test } from "node:test";
import assert from "node:assert/strict";
import {
  commonCandidates,
  emailNameParts,
  foldForComparison,
  newPasswordSchema,
  PASSWORD_MESSAGES,
  passwordLength,
  passwordProblem,
  refinePasswordAgainstEmail,
} from "./password-rules";
import {
  COMMON_PASSWORDS_FILE,
  isCommonPassword,
  assertAcceptableNewPassword,
  estimatedGuessesLog10,
  MIN_GUESSES_LOG10,
} from "./common-passwords";
import { signInSchema } from "./schemas";
import { ActionError } from "@/lib/server-action-result";
import { userCreateSchema } from "@/lib/admin/schemas";
import { acceptNewAccountSchema } from "@/lib/accounts/schemas";
import { readFileSync } from "node:fs";
import { z } from "zod";

const withList = (p: string, email?: string) => passwordProblem(p, { email, isCommon: isCommonPassword });

test("12 to 128 characters, counted as a person counts them", () => {
  assert.equal(passwordProblem("elevenchars"), PASSWORD_MESSAGES.tooShort);
  assert.equal(passwordProblem("twelve chars"), null);
  assert.equal(passwordProblem("x".repeat(128)), null);
  assert.equal(passwordProblem("x".repeat(129)), PASSWORD_MESSAGES.tooLong);
  // Twelve emoji are 24 UTF-16 units but twelve characters; eleven are too few.
  assert.equal(passwordLength("🔑".repeat(12)), 12);
  assert.equal(passwordProblem("🔑".repeat(11)), PASSWORD_MESSAGES.tooShort);
  assert.equal(passwordProblem("🔑".repeat(12)), null);
});

test("no composition rules: lower-case words alone, spaces and any script are fine", () => {
  for (const p of ["purple elephant kettle", "ночь улица фонарь", "yet another long phrase", "          x "]) {
    assert.equal(withList(p), null, p);
  }
});

test("common passwords are refused, however they are dressed up", () => {
  for (const p of [
    "password1234",
    "Password1234",
    "P@ssw0rd1234",
    "passwordpassword",
    "qwertyuiopasdf",
    "1q2w3e4r5t6y",
    "iloveyou2024",
    "ILoveYou-2024!",
    "manchesterunited",
    "Manchester United 1999!!",
    "123456789012",
    "letmein12345",
    "trustno1trustno1",
    "correct horse battery staple",
  ]) {
    assert.equal(withList(p), PASSWORD_MESSAGES.common, p);
  }
});

test("uncommon passphrases pass the list (including those the browser tests use)", () => {
  for (const p of [
    "a-long-enough-passphrase",
    "another-long-passphrase",
    "temporary-passphrase-1",
    "a-different-passphrase",
    "kettle orbit marmalade",
    "Gr8 Yarmouth ferry at dawn",
  ]) {
    assert.equal(withList(p), null, p);
  }
});

test("the service's name is refused in any case or disguise", () => {
  for (const p of ["I fight modern slavery", "ANTI-SLAVERY-2026", "my t00lkit password", "Toolkit for partners"]) {
    assert.equal(passwordProblem(p), PASSWORD_MESSAGES.service, p);
  }
});

test("the email's name is refused: the whole local part and its longer words", () => {
  assert.deepEqual(emailNameParts("Jane.Smith@example.org"), ["janesmith", "jane", "smith"]);
  assert.deepEqual(emailNameParts("al@example.org"), []); // too short to refuse sensibly
  assert.equal(passwordProblem("smith family holidays", { email: "jane.smith@example.org" }), PASSWORD_MESSAGES.email);
  assert.equal(passwordProblem("JaneSmith-is-here", { email: "jane.smith@example.org" }), PASSWORD_MESSAGES.email);
  assert.equal(passwordProblem("j4ne likes kettles", { email: "jane.smith@example.org" }), PASSWORD_MESSAGES.email);
  assert.equal(passwordProblem("kettle orbit marmalade", { email: "jane.smith@example.org" }), null);
});

test("folding reads look-alikes as letters and drops separators", () => {
  assert.equal(foldForComparison("P@$$w0rd-1!"), "passwordii");
  assert.equal(foldForComparison("Ｔｏｏｌｋｉｔ"), "toolkit"); // full-width letters (NFKC)
  assert.deepEqual(commonCandidates("2024!!Sunshine123!"), ["2o2aiisunshinei2ei", "2o2aiisunshine", "sunshinei2ei"]);
});

test("the list file holds thousands of entries of 12 to 128 characters", () => {
  const entries = readFileSync(COMMON_PASSWORDS_FILE, "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"));
  assert.ok(entries.length >= 3000, `${entries.length} entries`);
  assert.ok(entries.every((e) => e.length >= 12 && e.length <= 128 && e === e.toLowerCase()));
  assert.equal(isCommonPassword(foldForComparison(entries[0]!)), true);
});

test("the data layer's check refuses with a message on the password field", () => {
  assert.throws(
    () => assertAcceptableNewPassword("Password2024!", "someone@example.org"),
    (e: unknown) =>
      e instanceof ActionError && e.code === "invalid" && e.fieldErrors?.password?.[0] === PASSWORD_MESSAGES.common,
  );
  assert.throws(
    () => assertAcceptableNewPassword("someone special here", "someone@example.org"),
    (e: unknown) => (e as ActionError).fieldErrors?.password?.[0] === PASSWORD_MESSAGES.email,
  );
  assert.doesNotThrow(() => assertAcceptableNewPassword("kettle orbit marmalade", "someone@example.org"));
});

test("passwords built from a word and a year, sequences or keyboard runs are refused as easy to guess", () => {
  const refused = (p: string) => {
    try {
      assertAcceptableNewPassword(p, "someone@example.org");
      return null;
    } catch (e) {
      return (e as ActionError).fieldErrors?.password?.[0] ?? null;
    }
  };
  // Not on our list (each is checked), yet a cracker's first guesses: a word and a year, counting,
  // keyboard rows, one repeated digit.
  for (const p of [
    "Winter2025!!!",
    "Welcome2026!!",
    "January2026!",
    "123456789101",
    "1234567891011",
    "123qweasdzxc",
    "00000000000000",
    "summerdragoncheese",
  ]) {
    assert.equal(commonCandidates(p).some(isCommonPassword), false, `${p} is on the list: choose another example`);
    assert.equal(refused(p), PASSWORD_MESSAGES.guessable, p);
  }
  // Words a guesser here tries first count against a password: the email's name and the service's.
  assert.ok(estimatedGuessesLog10("harbour lights sally", ["sally"]) < estimatedGuessesLog10("harbour lights sally"));
  // Three or four uncommon words pass, with room to spare.
  for (const p of [
    "kettle orbit marmalade",
    "a-long-enough-passphrase",
    "temporary-passphrase-1",
    "Gr8 Yarmouth ferry at dawn",
    "ночь улица фонарь",
  ]) {
    assert.equal(refused(p), null, p);
    assert.ok(estimatedGuessesLog10(p) >= MIN_GUESSES_LOG10 + 2, p);
  }
});

test("sign-in accepts every password that could have been set (length counted the same way)", () => {
  const password = "🔑".repeat(128); // 128 characters, 256 UTF-16 units
  assert.equal(passwordProblem(password), null);
  assert.equal(signInSchema.safeParse({ email: "someone@example.org", password }).success, true);
  assert.equal(signInSchema.safeParse({ email: "someone@example.org", password: "🔑".repeat(129) }).success, false);
});

test("every form that sets a password uses the shared rules", () => {
  const messages = (r: { success: boolean; error?: z.ZodError }) =>
    (r.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
  const user = { name: "Sam", email: "sam.jones@example.org", globalRole: "" };
  assert.deepEqual(messages(userCreateSchema.safeParse({ ...user, password: "short" })), [
    `password: ${PASSWORD_MESSAGES.tooShort}`,
  ]);
  assert.deepEqual(messages(userCreateSchema.safeParse({ ...user, password: "the anti-slavery team" })), [
    `password: ${PASSWORD_MESSAGES.service}`,
  ]);
  assert.deepEqual(messages(userCreateSchema.safeParse({ ...user, password: "jones and jones ltd" })), [
    `password: ${PASSWORD_MESSAGES.email}`,
  ]);
  assert.equal(userCreateSchema.safeParse({ ...user, password: "kettle orbit marmalade" }).success, true);
  const accept = { token: "a".repeat(43), name: "Sam", confirmPassword: "" };
  assert.deepEqual(
    messages(
      acceptNewAccountSchema.safeParse({ ...accept, password: "x".repeat(129), confirmPassword: "x".repeat(129) }),
    ),
    [`password: ${PASSWORD_MESSAGES.tooLong}`],
  );
  assert.equal(newPasswordSchema.safeParse("kettle orbit marmalade").success, true);
});

test("the email refinement stays quiet when the field schema already complained", () => {
  const issues: unknown[] = [];
  refinePasswordAgainstEmail({ email: "sam@example.org", password: "sam" }, {
    addIssue: (i: unknown) => issues.push(i),
  } as unknown as z.RefinementCtx);
  assert.deepEqual(issues, []);
});
