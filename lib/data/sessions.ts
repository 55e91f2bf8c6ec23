import "server-only";
// Sign-in sessions, checked against the database on every request: a disabled user, a changed
// role (session version bumped) or an ended session stops working on the next request.
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { memberships, reviewAssignments, userSessions, users } from "@/db/schema";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from "@/lib/config";
import type { Actor } from "@/lib/auth/actor";

export function findUserByEmail(email: string) {
  return getDb().select().from(users).where(eq(users.email, email.trim().toLowerCase())).get() ?? null;
}

export function startSession(userId: number, sessionVersion: number): string {
  const id = randomBytes(24).toString("base64url");
  const now = new Date().toISOString();
  getDb().insert(userSessions).values({ id, userId, sessionVersion, createdAt: now, lastSeenAt: now }).run();
  return id;
}

export function endSession(sessionId: string, reason: string): void {
  getDb()
    .update(userSessions)
    .set({ endedAt: new Date().toISOString(), endReason: reason })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)))
    .run();
}

// Writing last-seen on every request would make each page view a write; once a minute is enough
// for a 30-minute idle limit.
const LAST_SEEN_GRANULARITY_MS = 60 * 1000;

export type SessionCheck = { actor: Actor } | { actor: null; reason: string };

/** Loads the acting user for a session cookie's claims, enforcing every limit. */
export function loadActorForSession(
  userId: number,
  sessionId: string,
  sessionVersion: number,
  now: Date = new Date(),
): SessionCheck {
  const db = getDb();
  const session = db.select().from(userSessions).where(eq(userSessions.id, sessionId)).get();
  if (!session || session.userId !== userId) return { actor: null, reason: "unknown-session" };
  if (session.endedAt) return { actor: null, reason: session.endReason ?? "ended" };
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) return { actor: null, reason: "unknown-user" };
  if (user.disabled) {
    endSession(sessionId, "disabled");
    return { actor: null, reason: "disabled" };
  }
  if (user.sessionVersion !== sessionVersion || session.sessionVersion !== sessionVersion) {
    endSession(sessionId, "session-version");
    return { actor: null, reason: "session-version" };
  }
  const t = now.getTime();
  if (t - Date.parse(session.createdAt) > ABSOLUTE_TIMEOUT_MS) {
    endSession(sessionId, "absolute-timeout");
    return { actor: null, reason: "absolute-timeout" };
  }
  if (t - Date.parse(session.lastSeenAt) > IDLE_TIMEOUT_MS) {
    endSession(sessionId, "idle-timeout");
    return { actor: null, reason: "idle-timeout" };
  }
  if (t - Date.parse(session.lastSeenAt) > LAST_SEEN_GRANULARITY_MS) {
    db.update(userSessions).set({ lastSeenAt: now.toISOString() }).where(eq(userSessions.id, sessionId)).run();
  }
  const ms = db
    .select({ partnershipId: memberships.partnershipId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .all();
  const ras =
    user.globalRole === "reviewer"
      ? db
          .select({ partnershipId: reviewAssignments.partnershipId, cycleId: reviewAssignments.cycleId })
          .from(reviewAssignments)
          .where(eq(reviewAssignments.reviewerUserId, userId))
          .all()
      : [];
  return {
    actor: {
      userId: user.id,
      email: user.email,
      name: user.name,
      globalRole: user.globalRole,
      memberships: ms,
      reviewAssignments: ras,
      sessionId,
    },
  };
}
