import "server-only";
// A person's password after their account exists: changed by themselves (with the current one),
// or set again from a single-use reset link that an administrator issues. Either way the new
// password meets every rule (lib/auth/common-passwords.ts), the change and its audit entry are
// one transaction, and sessions that might belong to someone else end.
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { hashLinkToken, newLinkToken } from "@/lib/security/link-tokens";
import { passwordResets, userSessions, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { assertAcceptableNewPassword } from "@/lib/auth/common-passwords";
import { recordAudit } from "@/lib/audit/record.server";
import { assertNotErased } from "@/lib/admin/erasure.server";
import { accountKey, accountProven, throttledAttempt } from "@/lib/auth/sign-in-throttle.server";
import { lockedCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { signInThrottleRules } from "@/lib/config";
import { minutesToWait } from "@/lib/auth/throttle";
import {
  PASSWORD_RESET_HOURS,
  type ChangePasswordInput,
  type CompletePasswordResetInput,
} from "@/lib/accounts/schemas";
import { mailDelivery, publicBase, queueMessage } from "@/lib/mail/queue.server";

const UNUSABLE_LINK =
  "This link has already been used, has expired or has been replaced by a newer one. Ask your administrator for a new one.";

/**
 * Changes the acting user's own password. A wrong current password counts against the account's
 * sign-in throttle (it is a guess at the password like any other), and is audited. On success the
 * user's other sessions end; this one carries on.
 */
export async function changeOwnPassword(actor: Actor, input: ChangePasswordInput, ip: string | null): Promise<void> {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!user) throw new ActionError("Page not found", "not-found");
  const account = accountKey(user.email);
  const attempt = await throttledAttempt([{ scope: "account", key: account, rules: signInThrottleRules().account }]);
  const audit = (outcome: "success" | "failure" | "denied", detail?: Record<string, unknown>) =>
    recordAudit({
      actorUserId: user.id,
      actorEmail: user.email,
      action: "user.password-change",
      targetType: "user",
      targetId: user.id,
      outcome,
      detail,
      ip,
    });
  if (attempt.kind === "locked") {
    audit("denied", { reason: "locked" });
    throw new ActionError("There is a problem", "invalid", {
      currentPassword: [signInErrorMessage(lockedCode(minutesToWait(attempt.retryAfterMs)))!],
    });
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    audit("failure", { reason: "wrong-current-password" });
    throw new ActionError("There is a problem", "invalid", { currentPassword: ["Your current password is not right"] });
  }
  accountProven(account);
  assertAcceptableNewPassword(input.password, user.email);
  const passwordHash = await hashPassword(input.password);
  const now = new Date().toISOString();
  writeTransaction(() => {
    db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id)).run();
    const ended = db
      .update(userSessions)
      .set({ endedAt: now, endReason: "password-changed" })
      .where(and(eq(userSessions.userId, user.id), ne(userSessions.id, actor.sessionId), isNull(userSessions.endedAt)))
      .run().changes;
    audit("success", { otherSessionsEnded: ended });
  });
}

/**
 * An administrator issues a reset link for someone else's account (valid 24 hours, single use).
 * Issuing it ends the user's sessions at once and replaces any earlier link: whoever held the
 * account is out until the link is used.
 */
export function issuePasswordReset(
  actor: Actor,
  userId: number,
): { token: string | null; expiresAt: string; email: string } {
  if (!can(actor, "manage:users")) throw new ActionError("Page not found", "not-found");
  const db = getDb();
  const user = db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) throw new ActionError("Page not found", "not-found");
  if (user.id === actor.userId)
    throw new ActionError("There is a problem", "invalid", {
      _form: ["Change your own password from ‘Your password’ at the top of the page"],
    });
  const { token, tokenHash } = newLinkToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3600 * 1000).toISOString();
  writeTransaction(() => {
    // Under the write lock: an erased person's account can never get a password again.
    assertNotErased(userId);
    db.update(passwordResets)
      .set({ expiresAt: now.toISOString() })
      .where(
        and(
          eq(passwordResets.userId, userId),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, now.toISOString()),
        ),
      )
      .run();
    db.insert(passwordResets)
      .values({ userId, tokenHash, issuedByUserId: actor.userId, createdAt: now.toISOString(), expiresAt })
      .run();
    db.update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now.toISOString() })
      .where(eq(users.id, userId))
      .run();
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "user.password-reset-issued",
      targetType: "user",
      targetId: userId,
      outcome: "success",
      detail: { expiresAt },
    });
    queueMessage(
      user.email,
      { kind: "password-reset", email: user.email, name: user.name, expiresAt },
      { secretLink: `${publicBase()}/reset-password/${token}` },
    );
  });
  // With email set up the link goes to the person only: the administrator never sees it.
  return { token: mailDelivery() === "outbox" ? token : null, expiresAt, email: user.email };
}

export type PasswordResetStatus = "pending" | "used" | "expired";

/** What the reset page shows to whoever holds the link. */
export function describePasswordReset(
  token: string,
): { email: string; name: string; status: PasswordResetStatus } | null {
  const row = getDb()
    .select({
      email: users.email,
      name: users.name,
      usedAt: passwordResets.usedAt,
      expiresAt: passwordResets.expiresAt,
    })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(eq(passwordResets.tokenHash, hashLinkToken(token)))
    .get();
  if (!row) return null;
  const status: PasswordResetStatus = row.usedAt
    ? "used"
    : Date.parse(row.expiresAt) <= Date.now()
      ? "expired"
      : "pending";
  return { email: row.email, name: row.name, status };
}

/**
 * Sets the password from a reset link, once. The account's failed sign-ins are forgotten (the
 * administrator has vouched for the person), and every session ends.
 */
export async function completePasswordReset(
  input: CompletePasswordResetInput,
  ip: string | null,
): Promise<{ email: string }> {
  const info = describePasswordReset(input.token);
  if (!info || info.status !== "pending") {
    recordAudit({
      actorEmail: info?.email ?? null,
      action: "user.password-reset",
      outcome: "failure",
      detail: { reason: info?.status ?? "unknown-token" },
      ip,
    });
    throw new ActionError(UNUSABLE_LINK, "invalid");
  }
  assertAcceptableNewPassword(input.password, info.email);
  const passwordHash = await hashPassword(input.password);
  const db = getDb();
  const done = writeTransaction(() => {
    const now = new Date().toISOString();
    const reset = db
      .update(passwordResets)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResets.tokenHash, hashLinkToken(input.token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResets.userId })
      .get();
    if (!reset) throw new ActionError(UNUSABLE_LINK, "invalid");
    db.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, reset.userId))
      .run();
    recordAudit({
      actorUserId: reset.userId,
      actorEmail: info.email,
      action: "user.password-reset",
      targetType: "user",
      targetId: reset.userId,
      outcome: "success",
      ip,
    });
    return { email: info.email };
  });
  accountProven(accountKey(info.email));
  return done;
}
