// The session limits, checked against a real (temporary) database.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-sessions-"));
process.env.DATABASE_PATH = path.join(dir, "sessions.db");

// Loaded after DATABASE_PATH is set (CommonJS here, so no top-level await).
let getDb: typeof import("../../db/client").getDb;
let startSession: typeof import("./sessions.server").startSession;
let loadActorForSession: typeof import("./sessions.server").loadActorForSession;
let endSession: typeof import("./sessions.server").endSession;
let sessionStatus: typeof import("./sessions.server").sessionStatus;
let touchSession: typeof import("./sessions.server").touchSession;

let userId = 0;
const T0 = Date.now();
const minutes = (n: number) => new Date(T0 + n * 60_000);

before(async () => {
  const { startUp } = await import("../../db/startup");
  ({ getDb } = await import("../../db/client"));
  ({ startSession, loadActorForSession, endSession, sessionStatus, touchSession } = await import("./sessions.server"));
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  userId = Number(
    db.$client
      .prepare(
        "INSERT INTO users (email, name, password_hash, global_role) VALUES ('s@example.org', 'S', 'x', 'reviewer')",
      )
      .run().lastInsertRowid,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** A session signed in `createdMinutesAgo`, last active at T0. */
function sessionAt(createdMinutesAgo: number) {
  const id = startSession(userId, 1);
  const at = new Date(T0 - createdMinutesAgo * 60_000).toISOString();
  getDb()
    .$client.prepare("UPDATE user_sessions SET created_at = ?, last_seen_at = ? WHERE id = ?")
    .run(at, new Date(T0).toISOString(), id);
  return id;
}

test("a fresh session loads the actor with their role", () => {
  const sid = sessionAt(0);
  const check = loadActorForSession(userId, sid, 1, minutes(1));
  assert.equal(check.actor?.globalRole, "reviewer");
  assert.equal(check.actor?.email, "s@example.org");
  // The time left for the idle warning comes with the check (last seen at T0, asked a minute later).
  assert.deepEqual(check.actor && check.timeLeft, { remainingMs: 29 * 60_000, limit: "idle" });
});

test("30 minutes without a request ends the session; activity keeps it alive", () => {
  const idle = sessionAt(0);
  assert.deepEqual(loadActorForSession(userId, idle, 1, minutes(31)), { actor: null, reason: "idle-timeout" });
  // Once ended, it stays ended even if the clock goes back.
  assert.equal(loadActorForSession(userId, idle, 1, minutes(1)).actor, null);

  const active = sessionAt(0);
  for (const m of [20, 40, 60, 80]) assert.ok(loadActorForSession(userId, active, 1, minutes(m)).actor, `at ${m} min`);
});

test("12 hours after sign-in the session ends, however active", () => {
  const sid = sessionAt(12 * 60 - 2);
  assert.ok(loadActorForSession(userId, sid, 1, minutes(0)).actor);
  assert.deepEqual(loadActorForSession(userId, sid, 1, minutes(3)), { actor: null, reason: "absolute-timeout" });
});

test("a changed session version, a disabled user or a signed-out session end it at the next request", () => {
  const a = sessionAt(0);
  assert.deepEqual(loadActorForSession(userId, a, 2, minutes(1)), { actor: null, reason: "session-version" });

  const b = sessionAt(0);
  endSession(b, "signed-out");
  assert.deepEqual(loadActorForSession(userId, b, 1, minutes(1)), { actor: null, reason: "signed-out" });

  const c = sessionAt(0);
  getDb().$client.prepare("UPDATE users SET disabled = 1 WHERE id = ?").run(userId);
  assert.deepEqual(loadActorForSession(userId, c, 1, minutes(1)), { actor: null, reason: "disabled" });
  getDb().$client.prepare("UPDATE users SET disabled = 0 WHERE id = ?").run(userId);
});

test("a session id presented with another user's id is refused", () => {
  const sid = sessionAt(0);
  assert.deepEqual(loadActorForSession(userId + 1, sid, 1, minutes(1)), { actor: null, reason: "unknown-session" });
});

const lastSeen = (sid: string) =>
  (getDb().$client.prepare("SELECT last_seen_at AS t FROM user_sessions WHERE id = ?").get(sid) as { t: string }).t;

test("asking how long a session has left does not count as activity", () => {
  const sid = sessionAt(0);
  assert.deepEqual(sessionStatus(userId, sid, 1, minutes(28)), {
    signedIn: true,
    remainingMs: 2 * 60_000,
    limit: "idle",
  });
  assert.equal(lastSeen(sid), new Date(T0).toISOString(), "polling left last-seen alone");
  // However often it is asked, the session still ends 30 minutes after the last real request.
  assert.deepEqual(sessionStatus(userId, sid, 1, minutes(31)), { signedIn: false, reason: "idle-timeout" });
  assert.equal(loadActorForSession(userId, sid, 1, minutes(31)).actor, null);
});

test("the status answers for the cookie's own user, version and session only", () => {
  const sid = sessionAt(0);
  assert.deepEqual(sessionStatus(userId + 1, sid, 1, minutes(1)), { signedIn: false, reason: "unknown-session" });
  assert.deepEqual(sessionStatus(userId, sid, 2, minutes(1)), { signedIn: false, reason: "session-version" });
});

test("the 12-hour limit is reported when it comes before the idle limit", () => {
  const sid = sessionAt(12 * 60 - 10);
  assert.deepEqual(sessionStatus(userId, sid, 1, minutes(1)), {
    signedIn: true,
    remainingMs: 9 * 60_000,
    limit: "absolute",
  });
});

test("'Stay signed in' records activity to the moment and gives the full idle time back", () => {
  const sid = sessionAt(0);
  // 29.5 minutes later: a normal request would be rounded to the minute; this is exact.
  const at = new Date(T0 + 29.5 * 60_000);
  assert.ok(loadActorForSession(userId, sid, 1, at).actor);
  assert.deepEqual(touchSession({ sessionId: sid }, at), { remainingMs: 30 * 60_000, limit: "idle" });
  assert.equal(lastSeen(sid), at.toISOString());
  assert.ok(loadActorForSession(userId, sid, 1, minutes(59)).actor, "alive 29.5 minutes after the touch");
});

test("touching an ended session does not revive it", () => {
  const sid = sessionAt(0);
  endSession(sid, "signed-out");
  touchSession({ sessionId: sid }, minutes(1));
  assert.equal(lastSeen(sid), new Date(T0).toISOString());
  assert.deepEqual(loadActorForSession(userId, sid, 1, minutes(1)), { actor: null, reason: "signed-out" });
});

test("a reviewer's assignment gives access while its cycle is planned or open, and not once it closes", () => {
  const db = getDb().$client;
  const partnershipId = Number(
    db
      .prepare("INSERT INTO partnerships (name, level, nation) VALUES ('Reviewed partnership', 'local', 'england')")
      .run().lastInsertRowid,
  );
  const cycleId = Number(
    db
      .prepare(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2030/31', '2030-04-01', '2031-03-31', 'planned')",
      )
      .run().lastInsertRowid,
  );
  db.prepare("INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)").run(
    userId,
    partnershipId,
    cycleId,
  );
  const assigned = () =>
    loadActorForSession(userId, sessionAt(0), 1, minutes(1)).actor!.reviewAssignments.map((a) => a.partnershipId);
  assert.deepEqual(assigned(), [partnershipId]);
  db.prepare("UPDATE cycles SET status = 'open' WHERE id = ?").run(cycleId);
  assert.deepEqual(assigned(), [partnershipId]);
  db.prepare("UPDATE cycles SET status = 'closed' WHERE id = ?").run(cycleId);
  assert.deepEqual(assigned(), []);
});
