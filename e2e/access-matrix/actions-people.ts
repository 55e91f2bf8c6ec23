// The access table's server actions about people and cycles (e2e/access-matrix.ts): the session,
// administration, annual cycles, invitations and passwords.
import { ANY, COORDINATOR, EVERYONE, NATIONAL, SIGNED_IN, action, type ActionEntry } from "./types";

// Not on the common-password list, and sharing no word with the addresses it is used with.
const PASSWORD = "orchard-lantern-pebble-2026";

export const PEOPLE_ACTIONS: ActionEntry[] = [
  // "Stay signed in": only ever the caller's own session (sessions are outside the checksum).
  action("lib/auth/actions.ts#staySignedInAction", {
    scoped: false,
    allow: SIGNED_IN,
    idempotent: true,
    input: () => [{}],
  }),
  // Administration: users, memberships, partnerships (admin), assignments (admin or commissioner).
  action("lib/admin/actions.ts#createUserAction", {
    scoped: false,
    allow: ["admin"],
    input: (_, __, { n }) => [
      {
        name: `Matrix user ${n}`,
        email: `matrix.created.${n}.${Date.now()}@example.org`,
        globalRole: "",
        password: PASSWORD,
      },
    ],
    probe: () => ANY("SELECT count(*) n FROM users WHERE email LIKE 'matrix.created.%'"),
  }),
  action("lib/admin/actions.ts#updateUserAction", {
    scoped: false,
    allow: ["admin"],
    input: (_, g, { n }) => [
      { userId: String(g.spareUserId), name: `Spare user renamed ${n}`, globalRole: "", disabled: false },
    ],
    probe: (_, g) => ANY("SELECT name FROM users WHERE id = ?", g.spareUserId),
  }),
  action("lib/admin/actions.ts#issuePasswordResetAction", {
    scoped: false,
    allow: ["admin"],
    input: (_, g) => [{ userId: String(g.spareUserId) }],
    probe: (_, g) => ANY("SELECT count(*) n, max(id) last FROM password_resets WHERE user_id = ?", g.spareUserId),
  }),
  action("lib/admin/actions.ts#forceSignOutAction", {
    scoped: false,
    allow: ["admin"],
    input: (_, g) => [{ userId: String(g.spareUserId) }],
    probe: (_, g) => ANY("SELECT session_version FROM users WHERE id = ?", g.spareUserId),
  }),
  action("lib/admin/actions.ts#eraseUserAction", {
    scoped: false,
    allow: ["admin"],
    input: (_, g) => [{ userId: String(g.erasableUserId), confirm: true }],
    probe: (_, g) => ANY("SELECT name, email, password_hash, erased_at FROM users WHERE id = ?", g.erasableUserId),
    why: "erasing a person cannot be undone: administrators only",
  }),
  action("lib/admin/actions.ts#addMembershipAction", {
    scoped: true,
    allow: ["admin"],
    input: (s, g) => [
      {
        userId: String(g.spareUserId),
        partnershipId: String(s.partnershipId),
        role: "member",
        organisation: "Matrix organisation",
      },
    ],
    probe: (s, g) =>
      ANY(
        "SELECT count(*) n FROM memberships WHERE user_id = ? AND partnership_id = ?",
        g.spareUserId,
        s.partnershipId,
      ),
  }),
  action("lib/admin/actions.ts#removeMembershipAction", {
    scoped: true,
    allow: ["admin"],
    input: (s, g) => [{ userId: String(g.spareUserId), partnershipId: String(s.partnershipId) }],
    probe: (s, g) =>
      ANY(
        "SELECT count(*) n FROM memberships WHERE user_id = ? AND partnership_id = ?",
        g.spareUserId,
        s.partnershipId,
      ),
  }),
  action("lib/admin/actions.ts#addAssignmentAction", {
    scoped: false,
    allow: ["admin", "commissioner"],
    // Each call assigns the spare reviewer to a different partnership, so that no two collide.
    input: (_, g, { n }) => [
      {
        reviewerUserId: String(g.spareReviewerId),
        partnershipId: String(g.partnershipPool[n % g.partnershipPool.length]),
        cycleId: String(g.currentCycleId),
      },
    ],
    probe: (_, g) => ANY("SELECT count(*) n FROM review_assignments WHERE reviewer_user_id = ?", g.spareReviewerId),
  }),
  action("lib/admin/actions.ts#removeAssignmentAction", {
    scoped: false,
    allow: ["admin", "commissioner"],
    input: (_, g, { n }) => [{ assignmentId: String(g.spareAssignmentIds[n % g.spareAssignmentIds.length]) }],
    probe: (_, g) => ANY("SELECT count(*) n FROM review_assignments WHERE reviewer_user_id = ?", g.spareReviewerId),
  }),
  action("lib/admin/actions.ts#createPartnershipAction", {
    scoped: false,
    allow: ["admin"],
    input: (_, __, { n }) => [
      {
        name: `Matrix created partnership ${n} ${Date.now()}`,
        level: "local",
        nation: "england",
        parentId: "",
        yearEstablished: "",
        forceAreaIds: ["kent"],
      },
    ],
    probe: () => ANY("SELECT count(*) n FROM partnerships WHERE name LIKE 'Matrix created partnership %'"),
  }),
  action("lib/admin/actions.ts#updatePartnershipAction", {
    scoped: true,
    allow: ["admin"],
    input: (s, _, { n }) => [
      {
        partnershipId: String(s.partnershipId),
        name: `Test partnership matrix ${s.partnershipId} renamed ${n}`,
        level: "local",
        nation: "england",
        parentId: "",
        yearEstablished: "2015",
        forceAreaIds: ["kent"],
      },
    ],
    probe: (s) => ANY("SELECT name, year_established FROM partnerships WHERE id = ?", s.partnershipId),
  }),
  // Annual cycles (the Commissioner's office, and the administrator).
  action("lib/national/actions.ts#createCycleAction", {
    scoped: false,
    allow: NATIONAL,
    input: (_, __, { n }) => [
      {
        label: `${2080 + n}/${String((81 + n) % 100).padStart(2, "0")}`,
        opensOn: `${2080 + n}-04-01`,
        closesOn: `${2081 + n}-03-31`,
      },
    ],
    probe: () => ANY("SELECT count(*) n FROM cycles WHERE label >= '2080/'"),
  }),
  action("lib/national/actions.ts#setCycleStatusAction", {
    scoped: false,
    allow: NATIONAL,
    prepare: (_, g, run) => run("UPDATE cycles SET status = 'planned' WHERE id = ?", g.plannedCycleId),
    input: (_, g) => [{ cycleId: String(g.plannedCycleId), status: "closed", confirmed: "yes" }],
    probe: (_, g) => ANY("SELECT status FROM cycles WHERE id = ?", g.plannedCycleId),
  }),
  // The tracker's chaser (lib/mail/): email the coordinators of partnerships not yet submitted.
  action("lib/mail/actions.ts#sendChaserAction", {
    scoped: false,
    allow: NATIONAL,
    input: (s, g) => [{ cycleId: String(g.currentCycleId), partnershipIds: [String(s.partnershipId)] }],
    // At most one a day per coordinator and partnership: the first allowed call queues, the rest do not.
    idempotent: true,
    sideEffects: ["mail_outbox"],
  }),
  // Invitations (the partnership's coordinator).
  action("lib/accounts/actions.ts#createInvitationAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s, _, { n }) => [
      {
        partnershipId: String(s.partnershipId),
        email: `matrix.invited.${n}.${Date.now()}@example.org`,
        organisation: "Matrix organisation",
      },
    ],
    probe: (s) => ANY("SELECT count(*) n FROM invitations WHERE partnership_id = ?", s.partnershipId),
  }),
  action("lib/accounts/actions.ts#revokeInvitationAction", {
    scoped: true,
    mixed: true,
    allow: COORDINATOR,
    input: (s) => [{ partnershipId: String(s.partnershipId), invitationId: String(s.invitationId) }],
    probe: (s) => ANY("SELECT revoked_at FROM invitations WHERE id = ?", s.invitationId),
  }),
  action("lib/accounts/actions.ts#acceptWithNewAccountAction", {
    scoped: false,
    public: true,
    allow: EVERYONE,
    input: (_, g) => [{ token: g.unusedToken, name: "Matrix newcomer", password: PASSWORD, confirmPassword: PASSWORD }],
    allowed: { code: "invalid", message: /already been used, has expired or has been withdrawn/ },
    why: "holding the link is the credential; a token that matches nothing is refused",
  }),
  // Passwords: everyone's own (the account comes from the session, never the input), and reset links.
  action("lib/accounts/actions.ts#changePasswordAction", {
    scoped: false,
    allow: SIGNED_IN,
    input: () => [{ currentPassword: "not-the-current-password", password: PASSWORD, confirmPassword: PASSWORD }],
    allowed: { code: "invalid", message: /current password is not right/ },
    sideEffects: ["sign_in_throttle"],
    why: "any signed-in user may change their own; a wrong current password is refused (and counted as a failed sign-in)",
  }),
  action("lib/accounts/actions.ts#completePasswordResetAction", {
    scoped: false,
    public: true,
    allow: EVERYONE,
    input: (_, g) => [{ token: g.unusedToken, password: PASSWORD, confirmPassword: PASSWORD }],
    allowed: { code: "invalid", message: /already been used, has expired or has been replaced/ },
    why: "holding the link is the credential; a token that matches nothing is refused",
  }),
  action("lib/accounts/actions.ts#acceptAsSignedInUserAction", {
    scoped: false,
    allow: SIGNED_IN,
    input: (_, g) => [{ token: g.pendingToken }],
    allowed: { code: "invalid", message: /^This invitation is for matrix\.invitee\./ },
    why: "any signed-in user may try; only the invitee's own account may accept (no actor is the invitee)",
  }),
];
