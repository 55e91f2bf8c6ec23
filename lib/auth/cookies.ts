// The session cookie's name and flags, decided in one place for next-auth (lib/auth/options.ts),
// the access guard (lib/auth/guard.ts) and the proxy. Over https the cookie is Secure and named
// with the __Secure- prefix, which browsers only accept from a secure origin with Secure set, so
// that a plain-http page on the same host cannot plant a session cookie the app would read.

/** Secure cookies exactly when the app's public address (NEXTAUTH_URL) is https, as next-auth decides. */
export function usesSecureCookies(nextAuthUrl: string | undefined = process.env.NEXTAUTH_URL): boolean {
  return (nextAuthUrl ?? "").trim().toLowerCase().startsWith("https://");
}

export function sessionCookieName(secure: boolean = usesSecureCookies()): string {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionCookieOptions(secure: boolean = usesSecureCookies()) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

// next-auth's own two other cookies, under the names it gives them (next-auth/core/lib/cookie.js);
// the cookies page lists all three, and its browser test checks the list against what a browser holds.
export function csrfCookieName(secure: boolean = usesSecureCookies()): string {
  return secure ? "__Host-next-auth.csrf-token" : "next-auth.csrf-token";
}

export function callbackUrlCookieName(secure: boolean = usesSecureCookies()): string {
  return secure ? "__Secure-next-auth.callback-url" : "next-auth.callback-url";
}
