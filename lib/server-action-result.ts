// The shape every server action returns; shared with client forms (no server imports here).
export type FieldErrors = Record<string, string[]>;
export type ActionErrorCode = "invalid" | "signed-out" | "not-found" | "forbidden-origin" | "conflict" | "server-error";
export type ActionResult<T = null> =
  | { ok: true; data: T }
  // requestId: for "server-error", the reference the server logged the failure under.
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors; requestId?: string };

/** Thrown by the data layer for an expected refusal; actions turn it into an ActionResult. */
export class ActionError extends Error {
  constructor(
    message: string,
    public readonly code: "invalid" | "not-found" | "conflict" = "invalid",
    public readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}
