import "server-only";
// User administration (admin only). Every change that affects what a user may do bumps their
// session version, so that it takes effect on their next request. Each change and its audit entry
// are written in one transaction: no change without its entry.
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { cycles, memberships, partnerships, reviewAssignments, users } from "@/db/schema";
import type { GlobalRole, PartnershipRole } from "@/lib/domain/enums";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptableNewPassword } from "@/lib/auth/common-passwords";
import { recordSuccess } from "@/lib/audit/record.server";
import type { AssignmentInput, MembershipInput, UserCreateInput, UserUpdateInput } from "@/lib/admin/schemas";
import { assertNotErased } from "@/lib/admin/erasure.server";
import { USER_RECORD, findUserRecord } from "@/lib/admin/user-record.server";
import { queueMessage } from "@/lib/mail/queue.server";

function assertAdmin(actor: Actor) {
  if (!can(actor, "manage:users")) throw new ActionError("Page not found", "not-found");
}

export type UserRow = {
  id: number;
  name: string;
  email: string;
  globalRole: GlobalRole | null;
  disabled: boolean;
  erasedAt: string | null;
  /** The partnerships the user belongs to, by name, with their role in each. */
  partnerships: { name: string; role: PartnershipRole }[];
};

export function listUsers(actor: Actor): UserRow[] {
  assertAdmin(actor);
  // The column is qualified by hand: in a one-table select drizzle writes ${users.id} as a bare
  // "id", which inside the subquery meant the membership's own id (every count was 0).
  return getDb()
    .select({
      ...USER_RECORD,
      partnerships: sql<string>`(SELECT json_group_array(json_object('name', x.name, 'role', x.role)) FROM
        (SELECT p.name, m.role FROM memberships m JOIN partnerships p ON p.id = m.partnership_id
         WHERE m.user_id = "users"."id" ORDER BY p.name) x)`,
    })
    .from(users)
    .orderBy(asc(users.name))
    .all()
    .map((u) => ({ ...u, partnerships: JSON.parse(u.partnerships) as UserRow["partnerships"] }));
}

export function getUserForAdmin(actor: Actor, userId: number) {
  assertAdmin(actor);
  const db = getDb();
  const user = findUserRecord(userId);
  if (!user) return null;
  const userMemberships = db
    .select({
      partnershipId: memberships.partnershipId,
      partnershipName: partnerships.name,
      role: memberships.role,
      organisation: memberships.organisation,
    })
    .from(memberships)
    .innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(partnerships.name))
    .all();
  const assignments = db
    .select({
      id: reviewAssignments.id,
      partnershipId: reviewAssignments.partnershipId,
      partnershipName: partnerships.name,
      cycleLabel: cycles.label,
    })
    .from(reviewAssignments)
    .innerJoin(partnerships, eq(partnerships.id, reviewAssignments.partnershipId))
    .innerJoin(cycles, eq(cycles.id, reviewAssignments.cycleId))
    .where(eq(reviewAssignments.reviewerUserId, userId))
    .orderBy(asc(cycles.label), asc(partnerships.name))
    .all();
  return { ...user, memberships: userMemberships, assignments };
}

export async function createUser(actor: Actor, input: UserCreateInput): Promise<{ id: number }> {
  assertAdmin(actor);
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new ActionError("There is a problem", "invalid", {
      email: ["An account with this email address already exists"],
    });
  }
  assertAcceptableNewPassword(input.password, email);
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(() => {
    const row = db
      .insert(users)
      .values({ name: input.name.trim(), email, globalRole: input.globalRole || null, passwordHash })
      .returning({ id: users.id })
      .get();
    recordSuccess(actor, "user.create", "user", row.id, { globalRole: input.globalRole || null });
    return { id: row.id };
  });
}

export function updateUser(actor: Actor, input: UserUpdateInput): { id: number } {
  assertAdmin(actor);
  const db = getDb();
  const userId = Number(input.userId);
  const globalRole = (input.globalRole || null) as GlobalRole | null;
  if (userId === actor.userId && (input.disabled || globalRole !== "admin")) {
    throw new ActionError("There is a problem", "invalid", {
      _form: ["You cannot disable your own account or remove your own administrator role"],
    });
  }
  // Read, compare and write in one transaction: a forced sign-out between the read and the
  // write must not be undone by writing back an old session version.
  writeTransaction(() => {
    const before = db.select().from(users).where(eq(users.id, userId)).get();
    if (!before) throw new ActionError("Page not found", "not-found");
    assertNotErased(userId);
    const accessChanged = before.globalRole !== globalRole || before.disabled !== input.disabled;
    db.update(users)
      .set({
        name: input.name.trim(),
        globalRole,
        disabled: input.disabled,
        sessionVersion: accessChanged ? sql`${users.sessionVersion} + 1` : undefined,
        updatedAt: new Date().toISOString(),
      })
      .where(eq(users.id, userId))
      .run();
    if (before.globalRole !== globalRole)
      recordSuccess(actor, "user.role-change", "user", userId, { from: before.globalRole, to: globalRole });
    if (before.disabled !== input.disabled)
      recordSuccess(actor, input.disabled ? "user.disable" : "user.enable", "user", userId);
    if (before.name !== input.name.trim()) recordSuccess(actor, "user.rename", "user", userId);
  });
  return { id: userId };
}

/** Ends every session of a user at their next request. */
export function forceSignOut(actor: Actor, userId: number): void {
  assertAdmin(actor);
  writeTransaction(() => {
    const res = getDb()
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date().toISOString() })
      .where(eq(users.id, userId))
      .run();
    if (res.changes === 0) throw new ActionError("Page not found", "not-found");
    recordSuccess(actor, "user.force-sign-out", "user", userId);
  });
}

export function addMembership(actor: Actor, input: MembershipInput): void {
  assertAdmin(actor);
  const db = getDb();
  const userId = Number(input.userId);
  const partnershipId = Number(input.partnershipId);
  if (!db.select({ id: users.id }).from(users).where(eq(users.id, userId)).get())
    throw new ActionError("Page not found", "not-found");
  if (!db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, partnershipId)).get()) {
    throw new ActionError("There is a problem", "invalid", { partnershipId: ["Select a partnership from the list"] });
  }
  writeTransaction(() => {
    assertNotErased(userId);
    db.insert(memberships)
      .values({ userId, partnershipId, role: input.role, organisation: input.organisation.trim() || null })
      .onConflictDoUpdate({
        target: [memberships.userId, memberships.partnershipId],
        set: { role: input.role, organisation: input.organisation.trim() || null },
      })
      .run();
    // No session bump: memberships are read afresh on every request (lib/auth/sessions.server.ts).
    recordSuccess(actor, "membership.set", "partnership", partnershipId, { userId, role: input.role });
  });
}

export function removeMembership(actor: Actor, userId: number, partnershipId: number): void {
  assertAdmin(actor);
  writeTransaction(() => {
    const res = getDb()
      .delete(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.partnershipId, partnershipId)))
      .run();
    if (res.changes === 0) throw new ActionError("Page not found", "not-found");
    recordSuccess(actor, "membership.remove", "partnership", partnershipId, { userId });
  });
}

export function addAssignment(actor: Actor, input: AssignmentInput): void {
  if (!can(actor, "manage:assignments")) throw new ActionError("Page not found", "not-found");
  const db = getDb();
  const reviewerUserId = Number(input.reviewerUserId);
  const partnershipId = Number(input.partnershipId);
  const cycleId = Number(input.cycleId);
  // Every check is made once, under the write lock: what is checked is what is written (the cycle
  // cannot close, nor the reviewer lose the role, in between), and the rows read for the checks
  // also give the reviewer's message.
  writeTransaction(() => {
    const reviewer = db
      .select({ role: users.globalRole, email: users.email, name: users.name, disabled: users.disabled })
      .from(users)
      .where(eq(users.id, reviewerUserId))
      .get();
    if (!reviewer) throw new ActionError("Page not found", "not-found");
    if (reviewer.role !== "reviewer") {
      throw new ActionError("There is a problem", "invalid", {
        _form: ["Only a user with the peer reviewer role can be assigned a review"],
      });
    }
    const partnership = db
      .select({ name: partnerships.name })
      .from(partnerships)
      .where(eq(partnerships.id, partnershipId))
      .get();
    if (!partnership) {
      throw new ActionError("There is a problem", "invalid", { partnershipId: ["Select a partnership from the list"] });
    }
    const cycle = db
      .select({ status: cycles.status, label: cycles.label })
      .from(cycles)
      .where(eq(cycles.id, cycleId))
      .get();
    if (!cycle) throw new ActionError("There is a problem", "invalid", { cycleId: ["Select a cycle from the list"] });
    if (cycle.status === "closed") {
      throw new ActionError("There is a problem", "invalid", {
        cycleId: ["This cycle is closed: a review can only be assigned for a planned or open cycle"],
      });
    }
    assertNotErased(reviewerUserId);
    const added = db
      .insert(reviewAssignments)
      .values({ reviewerUserId, partnershipId, cycleId, assignedByUserId: actor.userId })
      .onConflictDoNothing()
      .run().changes;
    recordSuccess(actor, "assignment.add", "partnership", partnershipId, { reviewerUserId, cycleId });
    // "You have been assigned", to the reviewer, queued with the assignment (not again for a repeat).
    if (added && !reviewer.disabled)
      queueMessage(reviewer.email, {
        kind: "reviewer-assigned",
        name: reviewer.name,
        partnershipName: partnership.name,
        cycleLabel: cycle.label,
      });
  });
}

export function removeAssignment(actor: Actor, assignmentId: number): void {
  if (!can(actor, "manage:assignments")) throw new ActionError("Page not found", "not-found");
  writeTransaction(() => {
    const row = getDb().delete(reviewAssignments).where(eq(reviewAssignments.id, assignmentId)).returning().get();
    if (!row) throw new ActionError("Page not found", "not-found");
    recordSuccess(actor, "assignment.remove", "partnership", row.partnershipId, {
      reviewerUserId: row.reviewerUserId,
      cycleId: row.cycleId,
    });
  });
}

/** The cycles a review can be assigned for: planned or open (a closed cycle's reviews are over). */
export function listAssignableCycles() {
  return getDb()
    .select({ id: cycles.id, label: cycles.label, status: cycles.status })
    .from(cycles)
    .where(ne(cycles.status, "closed"))
    .orderBy(asc(cycles.opensOn))
    .all();
}

/** Peer reviewers and their assignments, for whoever assigns reviews (admin, commissioner). */
export function listReviewersWithAssignments(actor: Actor) {
  if (!can(actor, "manage:assignments")) throw new ActionError("Page not found", "not-found");
  const db = getDb();
  const reviewers = db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.globalRole, "reviewer"), eq(users.disabled, false)))
    .orderBy(asc(users.name))
    .all();
  return reviewers.map((r) => ({
    ...r,
    assignments: db
      .select({ id: reviewAssignments.id, partnershipName: partnerships.name, cycleLabel: cycles.label })
      .from(reviewAssignments)
      .innerJoin(partnerships, eq(partnerships.id, reviewAssignments.partnershipId))
      .innerJoin(cycles, eq(cycles.id, reviewAssignments.cycleId))
      .where(eq(reviewAssignments.reviewerUserId, r.id))
      .all(),
  }));
}
