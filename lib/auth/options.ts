import "server-only";
// next-auth v4 configuration: credentials only, JWT cookie carrying just the ids that the
// database check in lib/auth/guard.ts needs (user, session, session version).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ABSOLUTE_TIMEOUT_MS, getAuthSecret, signInThrottleRules } from "@/lib/config";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import { endSession, findUserByEmail, sessionStatus, startSession } from "@/lib/auth/sessions.server";
import { recordAudit } from "@/lib/audit/record.server";
import { accountKey, addressKey, signInSucceeded, throttledAttempt } from "@/lib/auth/sign-in-throttle.server";
import { minutesToWait } from "@/lib/auth/throttle";
import { lockedCode, UNAVAILABLE_CODE } from "@/lib/auth/sign-in-errors";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { sessionCookieName, sessionCookieOptions, usesSecureCookies } from "@/lib/auth/cookies";

type SessionClaims = { uid: number; sid: string; sv: number };

/** A refusal whose message is a code for the sign-in page (lib/auth/sign-in-errors.ts). */
class SignInRefused extends Error {}

/**
 * Thrown from the jwt callback for a cookie whose session is over (signed out, timed out, ended by
 * an administrator). next-auth then answers /api/auth/session with no session and clears the cookie
 * instead of re-issuing it; it is expected, so it is not logged as an error.
 */
class SessionEnded extends Error {
  override name = "SessionEnded";
}

async function authorize(
  credentials: Record<string, string> | undefined,
  headers: Record<string, unknown> | undefined,
) {
  const forwarded = headers?.["x-forwarded-for"];
  const ip = clientAddress(typeof forwarded === "string" ? forwarded : null);
  const rules = signInThrottleRules();
  const address = addressKey(ip ?? UNKNOWN_ADDRESS);
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) {
    // Our form never sends this (it checks the same schema first): a script. It still counts
    // against the address and is audited, so that malformed attempts are no way round either.
    const given = typeof credentials?.email === "string" ? credentials.email.trim().toLowerCase().slice(0, 320) : null;
    const attempt = await throttledAttempt([{ scope: "address", key: address, rules: rules.address }]);
    recordAudit({
      actorEmail: given,
      action: "sign-in",
      outcome: attempt.kind === "locked" ? "denied" : "failure",
      detail: { reason: attempt.kind === "locked" ? "locked" : "invalid-input" },
      ip,
    });
    if (attempt.kind === "locked") throw new SignInRefused(lockedCode(minutesToWait(attempt.retryAfterMs)));
    return null;
  }
  const { email, password } = parsed.data;
  const actorEmail = email.toLowerCase();

  // Throttle per submitted email string (whether or not it has an account, so that a lock says
  // nothing about which do) and per client address.
  const account = accountKey(email);
  const attempt = await throttledAttempt([
    { scope: "account", key: account, rules: rules.account },
    { scope: "address", key: address, rules: rules.address },
  ]);
  if (attempt.kind === "locked") {
    const minutes = minutesToWait(attempt.retryAfterMs);
    recordAudit({
      actorEmail,
      action: "sign-in",
      outcome: "denied",
      detail: { reason: "locked", scopes: attempt.scopes, minutes },
      ip,
    });
    throw new SignInRefused(lockedCode(minutes));
  }

  const user = findUserByEmail(email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !ok || user.disabled) {
    const reason = !user ? "unknown-account" : !ok ? "wrong-password" : "disabled";
    recordAudit({
      actorUserId: user?.id ?? null,
      actorEmail,
      action: "sign-in",
      outcome: "failure",
      detail: attempt.delayMs > 0 ? { reason, throttled: true, delayMs: attempt.delayMs } : { reason },
      ip,
    });
    if (attempt.locking.length) {
      // This failure locked the account or address: say so now, not on the next attempt.
      const minutes = minutesToWait(rules.account.lockMs);
      recordAudit({
        actorUserId: user?.id ?? null,
        actorEmail,
        action: "sign-in",
        outcome: "failure",
        detail: { reason: "locked", scopes: attempt.locking, minutes },
        ip,
      });
      throw new SignInRefused(lockedCode(minutes));
    }
    return null;
  }
  signInSucceeded(account, address);
  const sid = startSession(user.id, user.sessionVersion);
  recordAudit({ actorUserId: user.id, actorEmail: user.email, action: "sign-in", outcome: "success", ip });
  return { id: String(user.id), name: user.name, email: user.email, sid, sv: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return getAuthSecret();
  },
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000, updateAge: 0 },
  jwt: { maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // Read at each request (not at build): HttpOnly, SameSite=Lax, and Secure with the __Secure-
  // prefix over https. lib/auth/guard.ts reads the same name.
  get useSecureCookies() {
    return usesSecureCookies();
  },
  get cookies() {
    return { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } };
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authorize(credentials, req?.headers as Record<string, unknown> | undefined);
        } catch (e) {
          if (e instanceof SignInRefused) throw e;
          // next-auth would put the message in the URL: log it here, show a code there.
          console.error("[toolkit] sign-in failed unexpectedly", e);
          throw new SignInRefused(UNAVAILABLE_CODE);
        }
      },
    }),
  ],
  // next-auth's own session endpoint (/api/auth/session) decodes the cookie and re-issues it; a
  // cookie's signature says nothing about whether its session has ended, so the jwt callback asks
  // the database (without counting as activity) and refuses an ended one.
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sid: string; sv: number };
        const claims: SessionClaims = { uid: Number(u.id), sid: u.sid, sv: u.sv };
        return Object.assign(token, claims);
      }
      const claims = sessionClaims(token);
      if (!claims) throw new SessionEnded("no-claims");
      const status = sessionStatus(claims.uid, claims.sid, claims.sv);
      if (!status.signedIn) throw new SessionEnded(status.reason);
      return token;
    },
    // Only what a page may show: the server-side ids stay in the (HttpOnly, encrypted) cookie.
    async session({ session }) {
      return {
        user: { name: session.user?.name ?? null, email: session.user?.email ?? null },
        expires: session.expires,
      };
    },
  },
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
  events: {
    async signOut({ token }) {
      const claims = sessionClaims(token);
      if (!claims) return;
      endSession(claims.sid, "signed-out");
      const email = typeof token?.email === "string" ? token.email : null;
      recordAudit({ actorUserId: claims.uid, actorEmail: email, action: "sign-out", outcome: "success" });
    },
  },
};

export function sessionClaims(session: unknown): SessionClaims | null {
  const s = session as Partial<SessionClaims> | null;
  if (!s || typeof s.uid !== "number" || typeof s.sid !== "string" || typeof s.sv !== "number") return null;
  return { uid: s.uid, sid: s.sid, sv: s.sv };
}
