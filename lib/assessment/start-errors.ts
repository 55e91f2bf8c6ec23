// Why "Start the self-review" was refused, as a code in the page's address
// (/partnerships/<id>?startError=<code>) and the words the page shows for it. Only these codes are
// ever shown: an address is anyone's to write, so text taken from it would let a link put any
// message on the page in the app's own red (issue 16, item 6).

export const NO_OPEN_CYCLE_MESSAGE = "No annual cycle is open, so the self-review cannot be started.";

export const START_ERRORS = {
  "no-open-cycle": NO_OPEN_CYCLE_MESSAGE,
  "signed-out": "Your session has ended. Sign in again, then start the self-review.",
  "not-found": "You cannot start the self-review of this partnership.",
  failed: "The self-review could not be started. Try again.",
} as const;

export type StartErrorCode = keyof typeof START_ERRORS;

/** The code for a refused start, from the action's result. */
export function startErrorCode(result: { code: string; message: string }): StartErrorCode {
  if (result.code === "signed-out") return "signed-out";
  if (result.code === "not-found") return "not-found";
  if (result.code === "invalid" && result.message === NO_OPEN_CYCLE_MESSAGE) return "no-open-cycle";
  return "failed";
}

/** The words for a code from the address; nothing for anything else. */
export function startErrorMessage(code: string | string[] | undefined): string | null {
  return typeof code === "string" && Object.hasOwn(START_ERRORS, code) ? START_ERRORS[code as StartErrorCode] : null;
}
