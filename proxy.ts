// The proxy only redirects: it sends visitors without a session cookie to sign in, and passes
// the requested path on for the sign-in "come back here" link. It authorises nothing — every
// page, route handler and server action checks the acting user itself (lib/auth/guard.ts).
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC_PREFIXES = ["/sign-in", "/invite/", "/api/", "/how-scoring-works", "/_next/", "/favicon"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(p));
  const hasSession = SESSION_COOKIES.some((c) => request.cookies.has(c));
  // Only page views are redirected. A server action (a POST) answers "signed out" itself, so that
  // the page can keep the user's input and ask them to sign in again.
  const isPageView = request.method === "GET" || request.method === "HEAD";
  if (!isPublic && !hasSession && isPageView) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const headers = new Headers(request.headers);
  headers.set("x-toolkit-path", pathname + search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
