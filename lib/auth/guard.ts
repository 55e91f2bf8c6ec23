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
import { loadActorForSession } from "@/lib/data/sessions";
import { recordAudit } from "@/lib/data/audit";

export type { Actor };

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The acting user, checked against the database once per request; null if not signed in.
 * The cookie is only decoded here (next-auth's getServerSession would also re-issue it on every
 * call); whether the session is still valid is the database's answer, not the cookie's.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const token = await decode({ token: raw, secret: getAuthSecret() }).catch(() => null);
  const claims = sessionClaims(token);
  if (!claims) return null;
  return loadActorForSession(claims.uid, claims.sid, claims.sv).actor;
});

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
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null;
}

export async function auditDenied(actor: Actor | null, permission: Permission, target: PermissionTarget) {
  recordAudit({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: `access.${permission}`,
    targetType: target.partnershipId !== undefined ? "partnership" : undefined,
    targetId: target.partnershipId,
    outcome: "denied",
    detail: { path: await currentPath() },
    ip: await requestIp(),
  });
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
