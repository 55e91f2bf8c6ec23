// What the sign-in page says for each reason next-auth gives (its ?error= code, or signIn()'s
// `error`). next-auth v4's credentials provider can only return a user or null, so a refusal with
// a reason is an Error whose message is one of these codes (lib/auth/options.ts). Shared by the
// server (which makes codes) and the sign-in forms (which turn them into words).

const LOCKED = /^locked-(\d{1,5})$/;

/** The code for "too many failed attempts, wait this many minutes". */
export function lockedCode(minutes: number): string {
  return `locked-${Math.max(1, Math.ceil(minutes))}`;
}

/** For unexpected failures: never the internal error's own message, which would reach the URL. */
export const UNAVAILABLE_CODE = "unavailable";

// One message for every wrong email, password or disabled account, so that it does not tell
// which accounts exist.
export const WRONG_CREDENTIALS =
  "Enter a correct email address and password. If you have forgotten your password, ask your administrator to reset it.";

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  const locked = LOCKED.exec(code);
  if (locked) {
    const n = Number(locked[1]);
    return `Too many failed attempts. Try again in ${n} ${n === 1 ? "minute" : "minutes"}.`;
  }
  if (code === UNAVAILABLE_CODE) return "Sign-in is not available at the moment. Try again in a few minutes.";
  return WRONG_CREDENTIALS;
}
