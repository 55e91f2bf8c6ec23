// Is a request's Origin this app? One rule for the proxy (which refuses early, with a clear
// status) and the server-action wrapper (which checks again, failing closed): the Origin must be
// the scheme and host the request was sent to, or NEXTAUTH_URL's origin (the public address
// behind a reverse proxy). The scheme counts: a page served over plain http on the same host (or
// an http origin when the app is https) is another origin. A missing, "null" or malformed Origin
// is never ours, and neither is any Origin when the request's own scheme cannot be told.
type HeaderSource = { get(name: string): string | null };

/** `fallback`: what the request URL says, for callers that have it (the proxy). */
export function ownOrigins(headers: HeaderSource, fallback: { host?: string; protocol?: string } = {}): string[] {
  const origins: string[] = [];
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? fallback.host;
  // Next sets X-Forwarded-Proto from the connection (scripts/forwarded-headers.mjs drops a
  // client's own unless a proxy is trusted); the first value is the one the browser used.
  const proto = (headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || fallback.protocol || "")
    .replace(/:$/, "")
    .toLowerCase();
  if (host && (proto === "http" || proto === "https")) {
    try {
      origins.push(new URL(`${proto}://${host}`).origin);
    } catch {
      /* a malformed host adds nothing */
    }
  }
  try {
    if (process.env.NEXTAUTH_URL) origins.push(new URL(process.env.NEXTAUTH_URL).origin);
  } catch {
    /* a malformed NEXTAUTH_URL adds nothing */
  }
  return origins;
}

export function originIsOurs(headers: HeaderSource, fallback: { host?: string; protocol?: string } = {}): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    const { origin: parsed } = new URL(origin);
    return parsed !== "null" && ownOrigins(headers, fallback).includes(parsed);
  } catch {
    return false;
  }
}
