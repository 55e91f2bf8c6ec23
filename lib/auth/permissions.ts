// Who may do what: pure functions over the acting user's roles, with no I/O, so that every rule
// is unit-tested. lib/auth/guard.ts applies them to the signed-in user on every request.
import type { GlobalRole, PartnershipRole } from "@/lib/domain/enums";

export type ActorRoles = {
  userId: number;
  globalRole: GlobalRole | null;
  memberships: ReadonlyArray<{ partnershipId: number; role: PartnershipRole }>;
  reviewAssignments: ReadonlyArray<{ partnershipId: number; cycleId: number }>;
};

/** Typed permission strings: verb:thing[:scope]. `own` means "a partnership the actor belongs to". */
export type Permission =
  | "read:partnership"
  | "read:partnership-members"
  | "list:partnerships:all"
  | "manage:users"
  // Erase a person (UK GDPR): pseudonymise their name and email everywhere; cannot be undone.
  | "erase:user:any"
  | "manage:partnerships"
  | "manage:memberships"
  | "manage:assignments"
  | "read:audit"
  | "read:outbox" // every message the toolkit sent or keeps (/admin/outbox)
  // The annual self-assessment of one partnership (target: partnershipId).
  | "read:assessment"
  | "update:assessment:own" // the consolidated answers: start, answer, complete sections
  | "submit:assessment:own" // submit and reopen
  | "respond:assessment:own" // a member's own response for their organisation
  | "answer:assessment:own" // either of the two above: whoever has a response of their own to edit
  | "read:member-responses:own" // who responded and the spread of their answers
  // Everything the partnership recorded, every year (JSON, CSV): its coordinators, the
  // Commissioner's office and its assigned peer reviewer; not members, not administrators.
  | "export:partnership"
  | "invite:member:own"
  | "accept:invitation" // any signed-in user; the invitation itself must be for their address
  | "extend:session" // any signed-in user, for their own session ("Stay signed in")
  | "change:password:own" // any signed-in user, for their own account (with the current password)
  | "record:review" // peer reviewers; the assignment must be theirs (checked with the assignment)
  | "read:national" // the national picture, comparisons and national exports
  | "manage:cycles" // create, open and close annual cycles
  | "send:chaser"; // email the coordinators of partnerships that have not submitted (the tracker)

export type PermissionTarget = { partnershipId?: number };

/** How the actor relates to one partnership, strongest first; null when they have no access. */
export type PartnershipRelation = "admin" | "commissioner" | "coordinator" | "member" | "reviewer";

export function partnershipRelation(actor: ActorRoles, partnershipId: number): PartnershipRelation | null {
  if (actor.globalRole === "admin") return "admin";
  if (actor.globalRole === "commissioner") return "commissioner";
  const membership = actor.memberships.find((m) => m.partnershipId === partnershipId);
  if (membership) return membership.role;
  if (actor.globalRole === "reviewer" && actor.reviewAssignments.some((a) => a.partnershipId === partnershipId)) {
    return "reviewer";
  }
  return null;
}

export function can(actor: ActorRoles, permission: Permission, target: PermissionTarget = {}): boolean {
  const admin = actor.globalRole === "admin";
  switch (permission) {
    case "manage:users":
    case "erase:user:any":
    case "manage:partnerships":
    case "manage:memberships":
    case "read:audit":
    case "read:outbox":
      return admin;
    case "manage:assignments":
      return admin || actor.globalRole === "commissioner";
    case "list:partnerships:all":
      return admin || actor.globalRole === "commissioner";
    case "read:partnership":
      return target.partnershipId !== undefined && partnershipRelation(actor, target.partnershipId) !== null;
    case "read:partnership-members": {
      if (target.partnershipId === undefined) return false;
      const relation = partnershipRelation(actor, target.partnershipId);
      return relation === "admin" || relation === "coordinator";
    }
    case "accept:invitation":
    case "extend:session":
    case "change:password:own":
      return true;
    case "record:review":
      return actor.globalRole === "reviewer";
    case "read:national":
    case "manage:cycles":
    case "send:chaser":
      return admin || actor.globalRole === "commissioner";
    case "read:assessment":
      return target.partnershipId !== undefined && partnershipRelation(actor, target.partnershipId) !== null;
    case "update:assessment:own":
    case "submit:assessment:own":
    case "read:member-responses:own":
    case "invite:member:own":
      return target.partnershipId !== undefined && partnershipRelation(actor, target.partnershipId) === "coordinator";
    case "export:partnership": {
      if (target.partnershipId === undefined) return false;
      const relation = partnershipRelation(actor, target.partnershipId);
      return relation === "coordinator" || relation === "commissioner" || relation === "reviewer";
    }
    case "respond:assessment:own":
      return target.partnershipId !== undefined && partnershipRelation(actor, target.partnershipId) === "member";
    case "answer:assessment:own": {
      if (target.partnershipId === undefined) return false;
      const relation = partnershipRelation(actor, target.partnershipId);
      return relation === "coordinator" || relation === "member";
    }
    default: {
      // A permission added to the type but not here is denied: fail closed.
      const unknown: never = permission;
      void unknown;
      return false;
    }
  }
}

/**
 * Whether the actor holds the permission for anything at all: on no particular target, on a
 * partnership they belong to or review, or (for the global roles) on any partnership. Someone for
 * whom this is false has no business sending the action input, well-formed or not.
 */
export function mayUseAnywhere(actor: ActorRoles, permission: Permission): boolean {
  if (can(actor, permission, {})) return true;
  const own = [
    ...actor.memberships.map((m) => m.partnershipId),
    ...actor.reviewAssignments.map((a) => a.partnershipId),
  ];
  // An id no partnership has: granted only by a role that covers every partnership.
  return [...own, -1].some((partnershipId) => can(actor, permission, { partnershipId }));
}
