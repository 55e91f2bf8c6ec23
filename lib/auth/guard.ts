import "server-only";
// The one place that answers "who is acting, and may they do X to Y?". Every page, route handler
// and server action calls it; the proxy only redirects and is never relied on.
import { cache } from "react";
import { decode } from "next-auth/jwt";
import { notFound, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { sessionClaims } from "@/lib/auth/options";
import { getAuthSecret } from "@/lib/config";
import { can, partnershipRelation, type Permission, type PermissionTarget } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import {
  loadActorForSession,
  sessionStatus,
  type SessionCheck,
  type SessionTimeLeft,
} from "@/lib/auth/sessions.server";
import { sessionCookieName } from "@/lib/auth/cookies";
import { clientAddress } from "@/lib/auth/client-address";
import { recordAudit } from "@/lib/audit/record.server";

export type { Actor };

/** The session cookie's claims (user, session, version), or null without a readable cookie. */
const cookieClaims = cache(async () => {
  const jar = await cookies();
  // Only the name next-auth sets for this deployment: over https, never the unprefixed cookie
  // that a plain-http page could have planted.
  const raw = jar.get(sessionCookieName())?.value;
  return raw ? decodeSessionCookie(raw) : null;
});

/** The session check for this request (null without a session cookie); runs once per request. */
const sessionCheck = cache(async (): Promise<SessionCheck | null> => {
  const claims = await cookieClaims();
  return claims ? loadActorForSession(claims.uid, claims.sid, claims.sv) : null;
});

/**
 * The acting user, checked against the database once per request; null if not signed in.
 * The cookie is only decoded here (next-auth's getServerSession would also re-issue it on every
 * call); whether the session is still valid is the database's answer, not the cookie's.
 */
export const getActor = cache(async (): Promise<Actor | null> => (await sessionCheck())?.actor ?? null);

/** How long this request's (valid) session has left, from the same check; null when signed out. */
export async function sessionTimeLeft(): Promise<SessionTimeLeft | null> {
  const check = await sessionCheck();
  return check?.actor ? check.timeLeft : null;
}

/**
 * Why this browser's session ended, when it still holds the cookie of one that has (for the
 * sign-in page's "You were signed out after 30 minutes without activity"); null when it never
 * had one or is still signed in.
 */
export async function endedSessionReason(): Promise<string | null> {
  const check = await sessionCheck();
  return check && !check.actor ? check.reason : null;
}

/** How long this browser's session has left, without counting the question as activity. */
export async function currentSessionStatus(): Promise<ReturnType<typeof sessionStatus>> {
  const claims = await cookieClaims();
  return claims ? sessionStatus(claims.uid, claims.sid, claims.sv) : { signedIn: false, reason: "no-session" };
}

// Decrypting the cookie (key derivation + AES-GCM) was a tenth of a page's CPU. A given cookie
// always decodes to the same claims, so they are kept until the cookie's own expiry; whether the
// session is still valid is asked of the database on every request regardless.
const decodedCookies = new Map<string, { claims: NonNullable<ReturnType<typeof sessionClaims>>; expiresAt: number }>();

async function decodeSessionCookie(raw: string) {
  const now = Date.now();
  const hit = decodedCookies.get(raw);
  if (hit && hit.expiresAt > now) return hit.claims;
  if (hit) decodedCookies.delete(raw);
  const token = await decode({ token: raw, secret: getAuthSecret() }).catch(() => null);
  const claims = sessionClaims(token);
  if (!claims || typeof token?.exp !== "number") return null;
  decodedCookies.set(raw, { claims, expiresAt: token.exp * 1000 });
  if (decodedCookies.size > 2000) decodedCookies.delete(decodedCookies.keys().next().value!); // bounded: oldest first
  return claims;
}

async function currentPath(): Promise<string> {
  const h = await headers();
  return h.get("x-toolkit-path") ?? "/";
}

/** For pages: the acting user, or a redirect to sign in (coming back here afterwards). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(await currentPath())}`);
  return actor;
}

export async function requestIp(): Promise<string | null> {
  const h = await headers();
  return clientAddress(h.get("x-forwarded-for"));
}

export async function auditDenied(
  actor: Actor | null,
  permission: Permission,
  target: PermissionTarget,
  detail: Record<string, unknown> = {},
) {
  recordAudit({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: `access.${permission}`,
    targetType: target.partnershipId !== undefined ? "partnership" : undefined,
    targetId: target.partnershipId,
    outcome: "denied",
    detail: { path: await currentPath(), ...detail },
    ip: await requestIp(),
  });
}

/**
 * A single-use link (an invitation, a password reset) that was opened but cannot be used: unknown
 * or malformed (someone guessing), used, expired or withdrawn. Recorded as a failure, without the
 * token; repeats within the minute collapse into one entry (lib/audit/write.ts).
 */
export async function auditUnusableLink(kind: "invitation" | "password-reset", reason: string): Promise<void> {
  const actor = await getActor();
  recordAudit({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: `${kind}.open`,
    outcome: "failure",
    detail: { reason },
    ip: await requestIp(),
  });
}

/** For pages: refuse as "page not found" (so that nothing is disclosed) and audit the refusal. */
export async function refuseAsNotFound(
  actor: Actor,
  permission: Permission,
  target: PermissionTarget = {},
): Promise<never> {
  await auditDenied(actor, permission, target);
  notFound();
}

/**
 * For pages: the acting user if they may do `permission` to `target`. Otherwise the page does
 * not exist for them (404, so that other partnerships' existence is not disclosed) and the
 * attempt is audited.
 */
export async function requirePermission(permission: Permission, target: PermissionTarget = {}): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission, target)) {
    await auditDenied(actor, permission, target);
    notFound();
  }
  return actor;
}

export { can, partnershipRelation };
