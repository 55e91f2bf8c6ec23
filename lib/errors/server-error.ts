// An unexpected failure on the server: logged as one structured line (JSON, so log tools can
// read it) with a request id, and the same id shown to the user as the reference to quote. No
// server imports, so that it can be unit-tested and used by the action wrapper and by
// instrumentation.ts alike.
import { randomBytes } from "node:crypto";

export type ServerFailure = { ok: false; code: "server-error"; message: string; requestId: string };

/** A short id for one failed request: enough to find its log line, nothing more. */
export function newRequestId(): string {
  return randomBytes(6).toString("hex");
}

export function serverErrorMessage(requestId: string): string {
  return `Something went wrong on our side and this was not saved. What you entered is still here: try again. If it keeps happening, contact the toolkit’s administrator and quote reference ${requestId}.`;
}

type Where = { kind: "action" | "render" | "route" | "proxy"; name?: string; path?: string; method?: string };

function describe(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: typeof error, message: String(error) };
}

/** Writes the one log line for a failed request and returns it. */
export function logServerError(requestId: string, where: Where, error: unknown, write = console.error): string {
  // JSON.stringify escapes the stack's line breaks: one entry is always exactly one line.
  const line = JSON.stringify({
    level: "error",
    at: new Date().toISOString(),
    requestId,
    ...where,
    error: describe(error),
  });
  write(line);
  return line;
}

/** For a server action that threw something unexpected: log it and answer with the reference. */
export function serverFailure(where: Where, error: unknown, write = console.error): ServerFailure {
  const requestId = newRequestId();
  logServerError(requestId, where, error, write);
  return { ok: false, code: "server-error", message: serverErrorMessage(requestId), requestId };
}
