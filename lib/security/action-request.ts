// Refuses malformed requests before Next decodes them. Next parses a server action's body with
// React's reply decoder before any of our code runs, and answers 500 when that throws (body not
// JSON, a reference to a part that is not there, a file encoded in base64, an address with bad
// percent-encoding, ...). This module checks, without running anything, that a request is one our
// own pages could have sent; proxy.ts answers 4xx with a short message otherwise. Everything
// after that (schema, session, permission) is still checked by each action itself (lib/action.ts).

/** Next's own default limit for a server action body (next.config serverActions.bodySizeLimit). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** Deeper than any form we have; React's decoder recurses, so a deep enough body would overflow it. */
export const MAX_ACTION_DEPTH = 32;

export type Refusal = { status: 400 | 413; message: string };
export type ActionBodyKind = "text" | "multipart" | null;

/**
 * Whether Next will decode this request's body as a server action, and how (mirrors Next's
 * server-action-request-meta: a POST with a Next-Action header, or any multipart POST to a page,
 * which may be a no-JavaScript form post carrying a $ACTION_ID_ field). URL-encoded bodies and
 * route handlers under /api/ are never decoded as actions.
 */
export function actionBodyKind(
  method: string,
  pathname: string,
  contentType: string | null,
  actionId: string | null,
): ActionBodyKind {
  if (method !== "POST" || pathname.startsWith("/api/")) return null;
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) return "multipart";
  if (actionId === null || type === "application/x-www-form-urlencoded") return null;
  return "text";
}

/** A path whose percent-encoding does not decode (e.g. "/api/framework/%ff") names nothing. */
export function checkPath(pathname: string): Refusal | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return { status: 400, message: "The address is not valid: it contains a malformed percent-encoded character." };
  }
}

/** Refuses a body declared larger than the limit before reading it. */
export function checkDeclaredLength(contentLength: string | null): Refusal | null {
  if (contentLength === null) return null;
  if (!/^\d{1,15}$/.test(contentLength.trim()))
    return { status: 400, message: "The Content-Length header is not a number." };
  return Number(contentLength) > MAX_ACTION_BODY_BYTES ? tooLarge() : null;
}

function tooLarge(): Refusal {
  return { status: 413, message: `The request body is larger than ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB.` };
}

// React's value encodings that our client can produce for plain data (strings, numbers, booleans,
// null, undefined, dates, bigints, special numbers, FormData). Everything else that starts with
// "$" is a reference to another part of the body (promise, server function, Map, Set, stream,
// temporary reference, outlined model, ...) that our forms never send.
const ALLOWED_DOLLAR = [
  /^\$\$/,
  /^\$undefined$/,
  /^\$D/,
  /^\$n-?\d{1,400}$/,
  /^\$-0$/,
  /^\$Infinity$/,
  /^\$-Infinity$/,
  /^\$NaN$/,
  /^\$K[0-9a-f]{1,8}$/,
];

/** Checks a decoded JSON value: no reference strings, no absurd nesting. */
export function checkReplyValue(value: unknown): Refusal | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (typeof v === "string") {
      if (v.startsWith("$") && !ALLOWED_DOLLAR.some((re) => re.test(v))) {
        return {
          status: 400,
          message: `The request contains a value that is not accepted: "${v.slice(0, 20)}" (a reference this form never sends).`,
        };
      }
    } else if (v !== null && typeof v === "object") {
      if (depth >= MAX_ACTION_DEPTH)
        return { status: 400, message: `The request is nested more than ${MAX_ACTION_DEPTH} levels deep.` };
      for (const child of Object.values(v)) stack.push({ v: child, depth: depth + 1 });
    }
  }
  return null;
}

/** A text (non-multipart) server action body: a JSON array of arguments. */
export function checkActionText(body: string): Refusal | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {
      status: 400,
      message: "The request body is not valid JSON: a server action expects a JSON array of arguments.",
    };
  }
  if (!Array.isArray(parsed)) return { status: 400, message: "The request body must be a JSON array of arguments." };
  return checkReplyValue(parsed);
}

/**
 * A multipart body. With a Next-Action header (fetchAction) React reads field "0" (and any other
 * all-digit field) as JSON rows; without one it is a no-JavaScript form post, where an unbound
 * action is named by a $ACTION_ID_ field and our forms have no bound ($ACTION_REF_) actions.
 */
export function checkActionForm(form: FormData, fetchAction: boolean): Refusal | null {
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") return { status: 400, message: "This request does not accept file uploads." };
    if (fetchAction && /^\d+$/.test(name)) {
      // Our client sends its arguments as row "0" and FormData entries as "<n>_<name>"; other
      // rows would be outlined values (Map, Set, promises) that our forms never send.
      if (name !== "0") return { status: 400, message: `The request contains an unexpected field "${name}".` };
      const refusal = checkActionText(value);
      if (refusal) return refusal;
    }
    if (!fetchAction && name.startsWith("$ACTION_REF_"))
      return {
        status: 400,
        message: "This form cannot be submitted this way (bound action references are not accepted).",
      };
  }
  if (fetchAction && form.getAll("0").length !== 1)
    return { status: 400, message: 'The multipart request must have exactly one arguments field ("0").' };
  return null;
}

/** Parses a multipart body the way Next does for form posts (undici's parser); null if malformed. */
export async function parseMultipart(contentType: string, body: ArrayBuffer): Promise<FormData | null> {
  try {
    return await new Request("http://localhost/", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    }).formData();
  } catch {
    return null;
  }
}

/** Reads the body of a request Next would decode as an action and checks it. */
export async function checkActionRequest(request: Request, pathname: string): Promise<Refusal | null> {
  const pathRefusal = checkPath(pathname);
  if (pathRefusal) return pathRefusal;
  const contentType = request.headers.get("content-type");
  const kind = actionBodyKind(request.method, pathname, contentType, request.headers.get("next-action"));
  if (!kind) return null;
  const declared = checkDeclaredLength(request.headers.get("content-length"));
  if (declared) return declared;
  // A clone: Next buffers the body for the proxy, so the action still receives it.
  const body = await request.clone().arrayBuffer();
  if (body.byteLength > MAX_ACTION_BODY_BYTES) return tooLarge();
  if (kind === "text") return checkActionText(new TextDecoder().decode(body));
  const form = await parseMultipart(contentType!, body);
  if (!form) return { status: 400, message: "The multipart/form-data body could not be parsed." };
  return checkActionForm(form, request.headers.has("next-action"));
}

/** How the proxy answers a refusal: a short plain-text message, never cached. */
export function refusalInit(refusal: Pick<Refusal, "status"> | { status: 403 }): ResponseInit {
  return {
    status: refusal.status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  };
}
