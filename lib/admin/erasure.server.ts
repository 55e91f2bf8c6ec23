import "server-only";
// Erasing a person who has left (UK GDPR, the right to erasure), by an administrator. Their name and
// email address become a pseudonym everywhere the toolkit keeps them, the account can never be used
// again, and what they did stays as the partnership's record under the pseudonym:
//
//   users                  name and email → pseudonym; password hash cleared (nothing verifies
//                          against it); disabled; session version bumped; erased_at set
//   user_sessions          every open one ended ("erased")
//   memberships            closed (removed): they belong to no partnership
//   password_resets        removed (a link could otherwise set a password again)
//   invitations            pending ones for their address removed; the rest keep the pseudonym's
//   sign_in_throttle       the row keyed by their address removed
//   mail_outbox            messages to their address removed (sent or not: there is nobody to send
//                          them to); their name in messages to others → the pseudonym
//   audit_log              their address as the actor or anywhere in the detail, and their name as
//                          a whole value in the detail, → the pseudonym's, through
//                          audit_erasure_permits (migration 0012): the only change the triggers
//                          allow, and nothing else in any entry
//   answers, answer_archive, actions (owner, title, progress note), action_reviews, peer_reviews,
//   peer_review_dimensions (free text written about the partnership): their full name, as a whole
//                          phrase in any case, → the pseudonym. Responses, answers, completions,
//                          targets and reviews keep their user id, so they read as the pseudonym's.
//
// Not personal data, so unchanged: anonymised_codes (random codes per partnership), responses'
// organisation, review assignments (a reviewer's published reviews stay the partnership's record).
// All in one immediate transaction with its own audit entry (user.erase, naming only the
// pseudonym): nothing is half erased, and nothing can bring the old name back.
import { randomBytes } from "node:crypto";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { memberships, partnerships, responses, answers, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { recordAudit } from "@/lib/audit/record.server";
import { accountKey } from "@/lib/auth/sign-in-throttle.server";
import { bumpGeneration } from "@/lib/cache/generations.server";
import type { GlobalRole, PartnershipRole } from "@/lib/domain/enums";
import { erasedEmail } from "@/lib/admin/rules";
import { pseudonymiseFreeText } from "@/lib/admin/erasure-text.server";
import { findUserRecord } from "@/lib/admin/user-record.server";

function assertMayErase(actor: Actor) {
  if (!can(actor, "erase:user:any")) throw new ActionError("Page not found", "not-found");
}

type TargetRow = NonNullable<ReturnType<typeof findUserRecord>>;

/** Why this person cannot be erased by this administrator, or null if they can. */
function refusalFor(actor: Actor, target: TargetRow): string | null {
  if (target.erasedAt) return "This person has already been erased. An erasure cannot be undone or repeated.";
  if (target.id === actor.userId)
    return "You cannot erase your own account. Ask another administrator to do it once you have left.";
  if (target.globalRole === "admin" && !target.disabled) {
    const others = getDb()
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.globalRole, "admin"), eq(users.disabled, false), isNull(users.erasedAt), ne(users.id, target.id)),
      )
      .limit(1)
      .get();
    if (!others)
      return "This is the last active administrator. Give another person the administrator role first, so that someone can still run the toolkit.";
  }
  return null;
}

export type ErasurePreview = {
  id: number;
  name: string;
  email: string;
  globalRole: GlobalRole | null;
  erasedAt: string | null;
  memberships: { partnershipName: string; role: PartnershipRole }[];
  /** Answers they saved themselves (in their own responses), which stay with their partnerships. */
  answers: number;
  /** Why the erasure would be refused, or null. */
  refusal: string | null;
};

/** What erasing this person would do, for the confirmation page; null for an unknown id. */
export function erasurePreview(actor: Actor, userId: number): ErasurePreview | null {
  assertMayErase(actor);
  const target = findUserRecord(userId);
  if (!target) return null;
  const db = getDb();
  return {
    id: target.id,
    name: target.name,
    email: target.email,
    globalRole: target.globalRole,
    erasedAt: target.erasedAt,
    memberships: db
      .select({ partnershipName: partnerships.name, role: memberships.role })
      .from(memberships)
      .innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
      .where(eq(memberships.userId, userId))
      .orderBy(partnerships.name)
      .all(),
    answers:
      db
        .select({ n: sql<number>`count(*)` })
        .from(answers)
        .innerJoin(responses, eq(responses.id, answers.responseId))
        .where(eq(responses.respondentUserId, userId))
        .get()?.n ?? 0,
    refusal: refusalFor(actor, target),
  };
}

export type ErasureResult = {
  userId: number;
  pseudonym: string;
  email: string;
  erasedAt: string;
  sessionsEnded: number;
  membershipsClosed: number;
  invitationsRemoved: number;
  invitationsPseudonymised: number;
  passwordResetsRemoved: number;
  mailRemoved: number;
  mailPseudonymised: number;
  auditEntriesPseudonymised: number;
  freeTextPseudonymised: Record<string, number>;
};

/**
 * Erases a person: see the top of this file. Refuses (ActionError, nothing changed) an unknown id
 * or a non-administrator as not found, and yourself, the last active administrator or someone
 * already erased with the reason.
 */
export function eraseUser(actor: Actor, userId: number, now: Date = new Date()): ErasureResult {
  assertMayErase(actor);
  const db = getDb();
  const sqlite = db.$client;
  return writeTransaction(() => {
    // Read and checked under the write lock: two administrators erasing at once cannot both pass.
    const target = findUserRecord(userId);
    if (!target) throw new ActionError("Page not found", "not-found");
    const refusal = refusalFor(actor, target);
    if (refusal) throw new ActionError("There is a problem", "invalid", { _form: [refusal] });

    const at = now.toISOString();
    const pseudonym = `Erased person ${randomBytes(2).toString("hex")}`;
    const email = erasedEmail(userId);
    const oldEmail = target.email;
    const oldName = target.name;

    db.update(users)
      .set({
        name: pseudonym,
        email,
        passwordHash: "",
        disabled: true,
        erasedAt: at,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: at,
      })
      .where(eq(users.id, userId))
      .run();
    const run = (q: string, params: Record<string, unknown>) => sqlite.prepare(q).run(params).changes;
    const sessionsEnded = run(
      "UPDATE user_sessions SET ended_at = @at, end_reason = 'erased' WHERE user_id = @userId AND ended_at IS NULL",
      { at, userId },
    );
    const membershipsClosed = run("DELETE FROM memberships WHERE user_id = @userId", { userId });
    const passwordResetsRemoved = run("DELETE FROM password_resets WHERE user_id = @userId", { userId });
    const invitationsRemoved = run(
      "DELETE FROM invitations WHERE email = @oldEmail AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > @at",
      { oldEmail, at },
    );
    // Accepted, withdrawn and expired ones stay (the partnership's record of who was asked), as the pseudonym's.
    const invitationsPseudonymised = run(
      "UPDATE invitations SET email = @email WHERE email = @oldEmail OR accepted_by_user_id = @userId",
      { email, oldEmail, userId },
    );
    run("DELETE FROM sign_in_throttle WHERE key = @key", { key: accountKey(oldEmail) });
    const mailRemoved = run("DELETE FROM mail_outbox WHERE to_address = @oldEmail", { oldEmail });
    const { mail_outbox: mailPseudonymised = 0, ...freeTextPseudonymised } = pseudonymiseFreeText(
      sqlite,
      oldName,
      pseudonym,
    );
    // The national figures are cached per generation and built from answers: none may keep the old text.
    if (Object.keys(freeTextPseudonymised).length) bumpGeneration("national");

    // The audit log: the one change its triggers allow, while the permit exists (migration 0012).
    // The email anywhere in the detail (an address is distinctive, and is stored as typed, lower
    // case); the name only as a whole JSON value, since a short one would match inside other words.
    const permit = {
      userId,
      oldEmail,
      newEmail: email,
      oldNameJson: JSON.stringify(oldName),
      newNameJson: JSON.stringify(pseudonym),
    };
    const permitId = sqlite
      .prepare(
        `INSERT INTO audit_erasure_permits (user_id, old_email, new_email, old_name_json, new_name_json)
         VALUES (@userId, @oldEmail, @newEmail, @oldNameJson, @newNameJson)`,
      )
      .run(permit).lastInsertRowid;
    const auditEntriesPseudonymised = run(
      `UPDATE audit_log SET
         actor_email = CASE WHEN actor_email = @oldEmail THEN @newEmail ELSE actor_email END,
         detail = replace(replace(detail, @oldEmail, @newEmail), @oldNameJson, @newNameJson)
       WHERE actor_email = @oldEmail OR instr(detail, @oldEmail) > 0 OR instr(detail, @oldNameJson) > 0`,
      permit,
    );
    run("DELETE FROM audit_erasure_permits WHERE id = @id", { id: permitId });

    const result: ErasureResult = {
      userId,
      pseudonym,
      email,
      erasedAt: at,
      sessionsEnded,
      membershipsClosed,
      invitationsRemoved,
      invitationsPseudonymised,
      passwordResetsRemoved,
      mailRemoved,
      mailPseudonymised,
      auditEntriesPseudonymised,
      freeTextPseudonymised,
    };
    const { userId: _u, erasedAt: _e, ...counts } = result;
    recordAudit(
      {
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: "user.erase",
        targetType: "user",
        targetId: userId,
        outcome: "success",
        detail: counts,
      },
      now,
    );
    return result;
  });
}

/** Refuses a change to an erased person's account: an erasure cannot be undone. */
export function assertNotErased(userId: number): void {
  const row = getDb().select({ erasedAt: users.erasedAt }).from(users).where(eq(users.id, userId)).get();
  if (row?.erasedAt)
    throw new ActionError("There is a problem", "invalid", {
      _form: ["This person has been erased: their account cannot be changed or used again."],
    });
}
