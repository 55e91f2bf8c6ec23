import "server-only";
// Sign-in sessions, checked against the database on every request: a disabled user, a changed
// role (session version bumped) or an ended session stops working on the next request.
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, preparedOnce } from "@/db/client";
import { userSessions, users } from "@/db/schema";
import type { PartnershipRole } from "@/lib/domain/enums";
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

type SessionRow = {
  id: string;
  userId: number;
  sessionVersion: number;
  createdAt: string;
  lastSeenAt: string;
  endedAt: string | null;
  endReason: string | null;
};
type UserRow = Pick<typeof users.$inferSelect, "id" | "email" | "name" | "globalRole" | "sessionVersion"> & {
  disabled: 0 | 1;
};

// Every signed-in request runs these: plain SQL prepared once per connection (docs/decisions/0012).
const statements = preparedOnce((db) => ({
  session: db.$client.prepare<{ id: string }, SessionRow>(
    `SELECT id, user_id AS userId, session_version AS sessionVersion, created_at AS createdAt,
            last_seen_at AS lastSeenAt, ended_at AS endedAt, end_reason AS endReason
     FROM user_sessions WHERE id = :id`,
  ),
  user: db.$client.prepare<{ id: number }, UserRow>(
    `SELECT id, email, name, global_role AS globalRole, disabled, session_version AS sessionVersion
     FROM users WHERE id = :id`,
  ),
  memberships: db.$client.prepare<{ userId: number }, { partnershipId: number; role: PartnershipRole }>(
    "SELECT partnership_id AS partnershipId, role FROM memberships WHERE user_id = :userId",
  ),
  // A peer reviewer reads a partnership while the cycle of their assignment is planned or open;
  // once it closes, the access ends (their own review records stay theirs: lib/peer-review/data.server.ts).
  reviewAssignments: db.$client.prepare<{ userId: number }, { partnershipId: number; cycleId: number }>(
    `SELECT ra.partnership_id AS partnershipId, ra.cycle_id AS cycleId
     FROM review_assignments ra JOIN cycles c ON c.id = ra.cycle_id
     WHERE ra.reviewer_user_id = :userId AND c.status <> 'closed'`,
  ),
}));

/** Which limit ends a session first, and how long it has left (never negative). */
export type SessionTimeLeft = { remainingMs: number; limit: "idle" | "absolute" };

/** A valid session's actor and time left (for the idle warning), or why the session is over. */
export type SessionCheck = { actor: Actor; timeLeft: SessionTimeLeft } | { actor: null; reason: string };

/**
 * Every limit in one place, without recording activity: the session and its user, or why the
 * session is over (ending it now if a limit has just been reached).
 */
function validSession(
  userId: number,
  sessionId: string,
  sessionVersion: number,
  now: Date,
): { session: SessionRow; user: UserRow } | { session: null; reason: string } {
  const q = statements();
  const session = q.session.get({ id: sessionId });
  if (!session || session.userId !== userId) return { session: null, reason: "unknown-session" };
  if (session.endedAt) return { session: null, reason: session.endReason ?? "ended" };
  const user = q.user.get({ id: userId });
  if (!user) return { session: null, reason: "unknown-user" };
  const end = (reason: string) => {
    endSession(sessionId, reason);
    return { session: null, reason };
  };
  if (user.disabled) return end("disabled");
  if (user.sessionVersion !== sessionVersion || session.sessionVersion !== sessionVersion)
    return end("session-version");
  const t = now.getTime();
  if (t - Date.parse(session.createdAt) > ABSOLUTE_TIMEOUT_MS) return end("absolute-timeout");
  if (t - Date.parse(session.lastSeenAt) > IDLE_TIMEOUT_MS) return end("idle-timeout");
  return { session, user };
}

function timeLeft(session: Pick<SessionRow, "createdAt" | "lastSeenAt">, now: Date): SessionTimeLeft {
  const idle = Date.parse(session.lastSeenAt) + IDLE_TIMEOUT_MS - now.getTime();
  const absolute = Date.parse(session.createdAt) + ABSOLUTE_TIMEOUT_MS - now.getTime();
  return absolute < idle
    ? { remainingMs: Math.max(0, absolute), limit: "absolute" }
    : { remainingMs: Math.max(0, idle), limit: "idle" };
}

/**
 * How long a session has left, for the idle-timeout warning. Asking does not count as activity:
 * the browser polls this, and polling must not keep an unattended session alive.
 */
export function sessionStatus(
  userId: number,
  sessionId: string,
  sessionVersion: number,
  now: Date = new Date(),
): ({ signedIn: true } & SessionTimeLeft) | { signedIn: false; reason: string } {
  const check = validSession(userId, sessionId, sessionVersion, now);
  if (!check.session) return { signedIn: false, reason: check.reason };
  return { signedIn: true, ...timeLeft(check.session, now) };
}

/**
 * "Stay signed in": records activity now (not rounded to the minute), for a session that
 * loadActorForSession has just found valid. It cannot revive an ended session.
 */
export function touchSession(actor: Pick<Actor, "sessionId">, now: Date = new Date()): SessionTimeLeft {
  getDb()
    .update(userSessions)
    .set({ lastSeenAt: now.toISOString() })
    .where(and(eq(userSessions.id, actor.sessionId), isNull(userSessions.endedAt)))
    .run();
  const session = statements().session.get({ id: actor.sessionId });
  return session ? timeLeft(session, now) : { remainingMs: 0, limit: "idle" };
}

/** Loads the acting user for a session cookie's claims, enforcing every limit. */
export function loadActorForSession(
  userId: number,
  sessionId: string,
  sessionVersion: number,
  now: Date = new Date(),
): SessionCheck {
  const db = getDb();
  const check = validSession(userId, sessionId, sessionVersion, now);
  if (!check.session) return { actor: null, reason: check.reason };
  const { session, user } = check;
  let lastSeenAt = session.lastSeenAt;
  if (now.getTime() - Date.parse(session.lastSeenAt) > LAST_SEEN_GRANULARITY_MS) {
    lastSeenAt = now.toISOString();
    db.update(userSessions).set({ lastSeenAt }).where(eq(userSessions.id, sessionId)).run();
  }
  const q = statements();
  const ms = q.memberships.all({ userId });
  const ras = user.globalRole === "reviewer" ? q.reviewAssignments.all({ userId }) : [];
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
    // From the row just read: the idle warning needs no second query.
    timeLeft: timeLeft({ createdAt: session.createdAt, lastSeenAt }, now),
  };
}
