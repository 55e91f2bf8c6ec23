// The proxy only redirects and sets headers: it sends visitors without a session cookie to sign
// in, passes the requested path on for the sign-in "come back here" link, and sets the security
// headers (a Content-Security-Policy with a per-request nonce that Next applies to its scripts).
// It authorises nothing — every page, route handler and server action checks the acting user
// itself (lib/auth/guard.ts). It does refuse, cleanly, a server-action POST that cannot be ours
// (Origin missing or foreign, or a body that is not what our pages send), which Next would
// otherwise answer with a 500 (or, for a missing Origin, run).
import { NextResponse, type NextRequest } from "next/server";
import { checkActionRequest, refusalInit } from "@/lib/security/action-request";
import { originIsOurs } from "@/lib/security/origin";
import { sessionCookieName } from "@/lib/auth/cookies";
import { clientAddress } from "@/lib/auth/client-address";
import { auditFromProxy } from "@/lib/audit/proxy";

const PUBLIC_PREFIXES = [
  "/sign-in",
  "/invite/",
  "/reset-password/",
  "/api/",
  "/how-scoring-works",
  "/privacy",
  "/accessibility",
  "/cookies",
  "/_next/",
  "/favicon",
  "/icon.svg",
];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (chart geometry, bar widths) cannot carry a nonce; scripts can.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function withSecurityHeaders(response: NextResponse, csp: string, https: boolean): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("X-Frame-Options", "DENY");
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

/**
 * A server action must come from our own pages: anything else is refused here with a clear
 * status, before Next's action handling runs (which would answer 500). A server action is a POST with a
 * Next-Action header (called by script) or any POST to a page (a plain form, before or without JavaScript); POSTs
 * under /api/ are route handlers' own business (next-auth checks its CSRF token).
 */
function refuseForeignAction(request: NextRequest): NextResponse | null {
  if (request.method !== "POST") return null;
  const byScript = request.headers.has("next-action");
  if (!byScript && request.nextUrl.pathname.startsWith("/api/")) return null;
  if (!originIsOurs(request.headers, { host: request.nextUrl.host, protocol: request.nextUrl.protocol })) {
    auditFromProxy({
      action: "request.foreign-origin",
      outcome: "denied",
      detail: { path: request.nextUrl.pathname, origin: request.headers.get("origin")?.slice(0, 200) ?? null },
      ip: clientAddress(request.headers.get("x-forwarded-for")),
    });
    return new NextResponse(
      "Refused: this request did not come from the toolkit's own pages (its Origin header is missing or another site's).",
      refusalInit({ status: 403 }),
    );
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const { pathname, search } = request.nextUrl;
  const refused = refuseForeignAction(request);
  if (refused) return withSecurityHeaders(refused, csp, https);
  // Malformed action bodies and addresses get a 4xx here, before Next's decoder would answer 500.
  const refusal = await checkActionRequest(request, pathname);
  if (refusal) {
    auditFromProxy({
      action: "request.malformed",
      outcome: "denied",
      detail: { path: pathname, status: refusal.status },
      ip: clientAddress(request.headers.get("x-forwarded-for")),
    });
    return withSecurityHeaders(new NextResponse(refusal.message, refusalInit(refusal)), csp, https);
  }
  const isPublic = PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p));
  const hasSession = request.cookies.has(sessionCookieName());
  // Only page views are redirected. A server action (a POST) answers "signed out" itself, so that
  // the page can keep the user's input and ask them to sign in again.
  const isPageView = request.method === "GET" || request.method === "HEAD";
  if (!isPublic && !hasSession && isPageView) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return withSecurityHeaders(NextResponse.redirect(url), csp, https);
  }
  const headers = new Headers(request.headers);
  headers.set("x-toolkit-path", pathname + search);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return withSecurityHeaders(NextResponse.next({ request: { headers } }), csp, https);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
