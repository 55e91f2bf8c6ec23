import "server-only";
// Member invitations: single use, expire after 14 days, only the token's hash is stored.
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { hashLinkToken, newLinkToken } from "@/lib/security/link-tokens";
import { invitations, memberships, partnerships, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { accountKey, accountProven, throttledAttempt } from "@/lib/auth/sign-in-throttle.server";
import { signInThrottleRules } from "@/lib/config";
import { minutesToWait } from "@/lib/auth/throttle";
import { assertAcceptableNewPassword } from "@/lib/auth/common-passwords";
import { recordAudit } from "@/lib/audit/record.server";
import { INVITATION_DAYS, type AcceptNewAccountInput, type InvitationInput } from "@/lib/accounts/schemas";
import { mailDelivery, publicBase, queueMessage } from "@/lib/mail/queue.server";

const UNUSABLE_INVITATION =
  "This invitation has already been used, has expired or has been withdrawn. Ask your coordinator for a new one.";

export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

function statusOf(
  row: { acceptedAt: string | null; revokedAt: string | null; expiresAt: string },
  now = new Date(),
): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  return Date.parse(row.expiresAt) <= now.getTime() ? "expired" : "pending";
}

/**
 * Creates the invitation and queues its email in the same transaction. The link itself is returned
 * only while email is not set up (the creator sends it, as it is also kept in the outbox); with
 * SMTP_URL set it goes by email only, so that nobody but the invited address ever holds it.
 */
export function createInvitation(
  actor: Actor,
  input: InvitationInput,
): { token: string | null; expiresAt: string; email: string } {
  const partnershipId = Number(input.partnershipId);
  if (!can(actor, "invite:member:own", { partnershipId })) throw new ActionError("Page not found", "not-found");
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  const existing = db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, partnershipId), eq(users.email, email)))
    .get();
  if (existing)
    throw new ActionError("There is a problem", "invalid", { email: ["This person is already in the partnership"] });
  const { token, tokenHash } = newLinkToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 3600 * 1000).toISOString();
  writeTransaction(() => {
    const partnershipName =
      db.select({ name: partnerships.name }).from(partnerships).where(eq(partnerships.id, partnershipId)).get()?.name ??
      "";
    const row = db
      .insert(invitations)
      .values({
        partnershipId,
        email,
        organisation: input.organisation.trim(),
        tokenHash,
        invitedByUserId: actor.userId,
        createdAt: now.toISOString(),
        expiresAt,
      })
      .returning({ id: invitations.id })
      .get();
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "invitation.create",
      targetType: "partnership",
      targetId: partnershipId,
      outcome: "success",
      detail: { invitationId: row.id, email },
    });
    queueMessage(
      email,
      {
        kind: "invitation",
        email,
        partnershipName,
        organisation: input.organisation.trim(),
        invitedBy: actor.name,
        expiresAt,
      },
      { secretLink: `${publicBase()}/invite/${token}` },
    );
  });
  return { token: mailDelivery() === "outbox" ? token : null, expiresAt, email };
}

export function listInvitations(actor: Actor, partnershipId: number) {
  if (!can(actor, "invite:member:own", { partnershipId })) return null;
  const rows = getDb()
    .select({
      id: invitations.id,
      email: invitations.email,
      organisation: invitations.organisation,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
    })
    .from(invitations)
    .where(eq(invitations.partnershipId, partnershipId))
    .orderBy(desc(invitations.createdAt))
    .all();
  return rows.map((r) => ({ ...r, status: statusOf(r) }));
}

export function revokeInvitation(actor: Actor, partnershipId: number, invitationId: number): void {
  if (!can(actor, "invite:member:own", { partnershipId })) throw new ActionError("Page not found", "not-found");
  writeTransaction(() => {
    const res = getDb()
      .update(invitations)
      .set({ revokedAt: new Date().toISOString() })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.partnershipId, partnershipId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .run();
    if (res.changes === 0) throw new ActionError("Page not found", "not-found");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "invitation.revoke",
      targetType: "partnership",
      targetId: partnershipId,
      outcome: "success",
      detail: { invitationId },
    });
  });
}

/** What the invitation page shows to whoever holds the link. */
export function describeInvitation(token: string) {
  const db = getDb();
  const row = db
    .select({
      id: invitations.id,
      email: invitations.email,
      organisation: invitations.organisation,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      partnershipId: invitations.partnershipId,
      partnershipName: partnerships.name,
    })
    .from(invitations)
    .innerJoin(partnerships, eq(partnerships.id, invitations.partnershipId))
    .where(eq(invitations.tokenHash, hashLinkToken(token)))
    .get();
  if (!row) return null;
  // Whether the address already has an account is not said here: the page is the same either way,
  // so that an invitation cannot be used to test addresses (issue 16, item 7).
  return { ...row, status: statusOf(row) };
}

/** Claims the invitation (single use), adds the membership and audits it, inside one transaction. */
function claim(
  token: string,
  newAccount: boolean,
  userIdFor: (email: string) => number,
): { partnershipId: number; userId: number } {
  return writeTransaction((tx) => {
    const now = new Date().toISOString();
    const inv = tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(
        and(
          eq(invitations.tokenHash, hashLinkToken(token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning()
      .get();
    if (!inv) throw new ActionError(UNUSABLE_INVITATION, "invalid");
    const userId = userIdFor(inv.email);
    tx.update(invitations).set({ acceptedByUserId: userId }).where(eq(invitations.id, inv.id)).run();
    tx.insert(memberships)
      .values({ userId, partnershipId: inv.partnershipId, role: "member", organisation: inv.organisation })
      .onConflictDoNothing()
      .run();
    recordAudit({
      actorUserId: userId,
      actorEmail: inv.email,
      action: "invitation.accept",
      targetType: "partnership",
      targetId: inv.partnershipId,
      outcome: "success",
      detail: { newAccount },
    });
    return { partnershipId: inv.partnershipId, userId };
  });
}

/**
 * "Create your account and join", which the page offers whether or not the address has an
 * account. Whether it does is decided only once the person has proved who they are: for an
 * existing account the password given must be that account's (a wrong one counts against its
 * sign-in throttle like any guess), and the invitation is then accepted for it; for a new address
 * the account is made. Either way the browser then signs in with the password it just sent.
 */
/** Refuses a link that cannot be used, and records it (someone may be guessing tokens). */
function refuseUnusable(info: { status: InvitationStatus } | null, actor: Actor | null): never {
  recordAudit({
    actorUserId: actor?.userId ?? null,
    actorEmail: actor?.email ?? null,
    action: "invitation.accept",
    outcome: "failure",
    detail: { reason: info?.status ?? "unknown-token" },
  });
  throw new ActionError(UNUSABLE_INVITATION, "invalid");
}

export async function acceptWithNewAccount(input: AcceptNewAccountInput): Promise<{ email: string }> {
  const info = describeInvitation(input.token);
  if (!info || info.status !== "pending") refuseUnusable(info, null);
  const existing = getDb().select().from(users).where(eq(users.email, info.email)).get();
  if (existing) {
    const account = accountKey(existing.email);
    const attempt = await throttledAttempt([{ scope: "account", key: account, rules: signInThrottleRules().account }]);
    const ok =
      attempt.kind !== "locked" && !existing.disabled && (await verifyPassword(input.password, existing.passwordHash));
    if (!ok) {
      recordAudit({
        actorUserId: existing.id,
        actorEmail: existing.email,
        action: "invitation.accept",
        targetType: "partnership",
        targetId: info.partnershipId,
        outcome: attempt.kind === "locked" ? "denied" : "failure",
        detail: { reason: attempt.kind === "locked" ? "locked" : "wrong-password", existingAccount: true },
      });
      throw new ActionError("There is a problem", "invalid", {
        password: [
          attempt.kind === "locked"
            ? `Too many failed attempts. Try again in ${minutesToWait(attempt.retryAfterMs)} minutes, or sign in to accept.`
            : "This email address already has an account, and the password is not its password. Enter that password, or sign in to accept.",
        ],
      });
    }
    accountProven(account);
    claim(input.token, false, () => existing.id);
    return { email: existing.email };
  }
  assertAcceptableNewPassword(input.password, info.email);
  const passwordHash = await hashPassword(input.password);
  claim(
    input.token,
    true,
    (email) =>
      getDb().insert(users).values({ email, name: input.name.trim(), passwordHash }).returning({ id: users.id }).get()
        .id,
  );
  return { email: info.email };
}

export function acceptAsSignedInUser(actor: Actor, token: string): { partnershipId: number } {
  const info = describeInvitation(token);
  if (!info || info.status !== "pending") refuseUnusable(info, actor);
  if (info.email !== actor.email) {
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "invitation.accept",
      targetType: "partnership",
      targetId: info.partnershipId,
      outcome: "denied",
      detail: { reason: "invitation-for-another-address", invitationId: info.id },
    });
    throw new ActionError(
      `This invitation is for ${info.email}. Sign out and sign in with that account to accept it.`,
      "invalid",
    );
  }
  const result = claim(token, false, () => actor.userId);
  return { partnershipId: result.partnershipId };
}
