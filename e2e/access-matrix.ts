// Who may do what: one table of every page, route handler (exports included) and server action,
// with who is allowed. e2e/access-matrix.spec.ts walks every cell against the running app and
// fails on any unexpected allow or deny, and on any page, route or action missing from here.
//
// To add a route: add an entry below (its `route` is the folder under app/, as Next names it;
// an action is `file#exportName` as in .next/server/server-reference-manifest.json), say how to
// address it for "own" and "another" partnership from the ids in `Ids`, and list who may use it
// in `allow` (everyone not listed is refused). Nothing else needs changing.
//
// Actors (signed in once each, on partnerships made for the test):
//   anonymous            no session
//   member, coordinator  of the "own" partnership (and of no other)
//   reviewer             a peer reviewer assigned to the own partnership this cycle, not the other
//   reviewer-unassigned  a peer reviewer with no assignment at all
//   commissioner, admin  the global roles
//   disabled             a coordinator of the own partnership, signed in, then disabled
// A cell is an actor (on every instance) or `actor:own` / `actor:other` (on that partnership's
// instance only). Routes that are not about one partnership have a single instance ("own").
// Routes that name a partnership and one of its things (an action, an invitation) are also walked
// "mixed": the own partnership with the other partnership's thing, which nobody may use.
//
// Refusals: a page answers 404 to a signed-in user (the guard; other partnerships' existence is not
// disclosed) and redirects a signed-out one (anonymous, disabled) to /sign-in; a route handler
// answers 404, or 401 when signed out; a server action returns { ok: false, code: "not-found" },
// or "signed-out". The anonymous and disabled columns therefore expect "signed out", not 404.

export const ACTORS = [
  "anonymous",
  "member",
  "coordinator",
  "reviewer",
  "reviewer-unassigned",
  "commissioner",
  "admin",
  "disabled",
] as const;
export type Actor = (typeof ACTORS)[number];
export type Scope = "own" | "other" | "mixed";
export type Cell = Actor | `${Actor}:${Scope}`;

/** The ids of one partnership's things, looked up when the test starts. */
export type ScopeIds = {
  partnershipId: number;
  currentAssessmentId: number; // this cycle's, in progress
  pastAssessmentId: number; // last cycle's, submitted
  actionId: number; // an action from last cycle's plan, still open
  actionVersion: number;
  invitationId: number; // a pending invitation
  assignmentId: number; // a peer-review assignment this cycle (the reviewer's for own, another reviewer's for other)
  sectionId: string; // a dimension section and its first topic
  topicId: string;
};
/** Ids that belong to no partnership. */
export type GlobalIds = {
  currentCycleId: number;
  plannedCycleId: number; // a far-future cycle made for the test, for setCycleStatus
  spareUserId: number; // a user for the administration actions to change
  erasableUserId: number; // a user for the erasure (the one allowed call erases them)
  spareReviewerId: number; // a reviewer for the assignment actions
  spareAssignmentIds: number[]; // assignments of spareReviewer, one per removeAssignment call
  partnershipPool: number[]; // demo partnerships, one per addAssignment call
  unusedToken: string; // a well-formed invitation token that matches nothing
  pendingToken: string; // the token of a pending invitation to the own partnership, for an address no actor has
  recommendationId: string; // a recommendation that applies to the own current assessment
  questionId: string; // a single-choice question in `sectionId`
  questionOptions: string[];
};
export type Ids = { own: ScopeIds; other: ScopeIds; mixed: ScopeIds; g: GlobalIds };

const READERS: Cell[] = ["member:own", "coordinator:own", "reviewer:own", "commissioner", "admin"];
const SIGNED_IN: Cell[] = ["member", "coordinator", "reviewer", "reviewer-unassigned", "commissioner", "admin"];
const EVERYONE: Cell[] = ["anonymous", ...SIGNED_IN, "disabled"];
const NATIONAL: Cell[] = ["commissioner", "admin"];
const COORDINATOR: Cell[] = ["coordinator:own"];
const EXPORTERS: Cell[] = ["coordinator:own", "reviewer:own", "commissioner"];

type Base = {
  route: string;
  /** Whether the route is about one partnership (walked for own and other) or not (walked once). */
  scoped: boolean;
  /** Also walk the own partnership with the other's action and invitation ids (expected: refused). */
  mixed?: true;
  allow: Cell[];
  /**
   * Allowed, but answered with a redirect elsewhere than sign-in (e.g. the home page of someone with one partnership).
   */
  redirect?: Cell[];
  why?: string;
};
export type PageEntry = Base & { kind: "page"; path: (s: ScopeIds, g: GlobalIds) => string };
export type RouteEntry = Base & { kind: "route"; path: (s: ScopeIds, g: GlobalIds) => string };
export type ActionEntry = Omit<Base, "redirect"> & {
  kind: "action";
  /** A public action (no session needed): anonymous and disabled are not "signed out" for it. */
  public?: boolean;
  /**
   * Posted as a plain HTML form (no JavaScript): allowed → redirected to `allowed`, refused → to `refused` with the
   * reason.
   */
  form?: { page: (s: ScopeIds) => string; allowed: RegExp; refused: RegExp };
  input: (s: ScopeIds, g: GlobalIds, call: CallContext) => unknown;
  /** What an allowed call changes (read from the database before and after). */
  probe?: (s: ScopeIds, g: GlobalIds) => { sql: string; params: unknown[] };
  /** Puts the database in the state the call expects, before each call (its effect is not counted as the call's). */
  prepare?: (s: ScopeIds, g: GlobalIds, run: (sql: string, ...params: unknown[]) => void) => void;
  /** Allowed calls succeed and change nothing (starting an assessment that is already started). */
  idempotent?: true;
  /**
   * Tables an allowed call may change even when it is refused for its input (a wrong password counts against sign-in
   * throttling).
   */
  sideEffects?: string[];
  /**
   * What an allowed call answers when not { ok: true }: the permission lets it through and the
   * data layer then refuses it for what the input is (documented per entry, e.g. "sections
   * incomplete"); the database must then be unchanged. `message` is matched against the message
   * and the field errors.
   */
  allowed?: { code: "invalid" | "conflict"; message: RegExp };
};
/** The n-th call of this action in the walk (from 1), who makes it, and a database reader. */
export type CallContext = {
  n: number;
  actor: Actor;
  userId: number | null;
  q: <T>(sql: string, ...params: unknown[]) => T | undefined;
};
export type Entry = PageEntry | RouteEntry | ActionEntry;

const page = (
  route: string,
  scoped: boolean,
  allow: Cell[],
  path: PageEntry["path"],
  extra: Partial<PageEntry> = {},
): PageEntry => ({ kind: "page", route, scoped, allow, path, ...extra });
const api = (
  route: string,
  scoped: boolean,
  allow: Cell[],
  path: RouteEntry["path"],
  extra: Partial<RouteEntry> = {},
): RouteEntry => ({ kind: "route", route, scoped, allow, path, ...extra });

export const PAGES: PageEntry[] = [
  page("/", false, ["reviewer", "reviewer-unassigned", "commissioner", "admin"], () => "/", {
    redirect: ["member", "coordinator"],
    why: "someone with one partnership goes straight to it",
  }),
  page("/sign-in", false, ["anonymous", "disabled"], () => "/sign-in", {
    redirect: SIGNED_IN,
    why: "already signed in: on to the callback",
  }),
  page("/how-scoring-works", false, EVERYONE, () => "/how-scoring-works"),
  page("/privacy", false, EVERYONE, () => "/privacy"),
  page("/invite/[token]", false, EVERYONE, (_, g) => `/invite/${g.pendingToken}`, {
    why: "the link itself is the credential",
  }),
  page("/reset-password/[token]", false, EVERYONE, (_, g) => `/reset-password/${g.unusedToken}`, {
    why: "the link itself is the credential (this one matches nothing: the page says so)",
  }),
  page("/account/password", false, SIGNED_IN, () => "/account/password", {
    why: "everyone's own password, and only their own",
  }),
  page("/partnerships", false, SIGNED_IN, () => "/partnerships"),
  page("/partnerships/[id]", true, READERS, (s) => `/partnerships/${s.partnershipId}`),
  page("/partnerships/[id]/trends", true, READERS, (s) => `/partnerships/${s.partnershipId}/trends`),
  page("/partnerships/[id]/action-plan", true, READERS, (s) => `/partnerships/${s.partnershipId}/action-plan`),
  page(
    "/partnerships/[id]/action-plan/new",
    true,
    COORDINATOR,
    (s) => `/partnerships/${s.partnershipId}/action-plan/new`,
  ),
  page(
    "/partnerships/[id]/action-plan/[actionId]",
    true,
    COORDINATOR,
    (s) => `/partnerships/${s.partnershipId}/action-plan/${s.actionId}`,
    { mixed: true },
  ),
  page("/partnerships/[id]/invitations", true, COORDINATOR, (s) => `/partnerships/${s.partnershipId}/invitations`),
  page("/assessments/[id]", true, READERS, (s) => `/assessments/${s.currentAssessmentId}`),
  page(
    "/assessments/[id]/[sectionId]/[topicId]",
    true,
    ["member:own", "coordinator:own"],
    (s) => `/assessments/${s.currentAssessmentId}/${s.sectionId}/${s.topicId}`,
    {
      redirect: ["reviewer:own", "commissioner", "admin"],
      why: "those who may read but not answer are sent to the section's answers",
    },
  ),
  page(
    "/assessments/[id]/[sectionId]/check",
    true,
    READERS,
    (s) => `/assessments/${s.currentAssessmentId}/${s.sectionId}/check`,
  ),
  page("/assessments/[id]/check", true, COORDINATOR, (s) => `/assessments/${s.currentAssessmentId}/check`),
  page("/assessments/[id]/members", true, COORDINATOR, (s) => `/assessments/${s.currentAssessmentId}/members`),
  page(
    "/assessments/[id]/actions-review",
    true,
    ["coordinator:own", "reviewer:own", "commissioner", "admin"],
    (s) => `/assessments/${s.currentAssessmentId}/actions-review`,
    {
      why: "a member answers for their organisation only, not the partnership's plan",
    },
  ),
  page("/assessments/[id]/results", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/results`),
  page("/assessments/[id]/changes", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/changes`),
  page("/assessments/[id]/submitted", true, READERS, (s) => `/assessments/${s.pastAssessmentId}/submitted`),
  page("/reviews/[assignmentId]", true, ["reviewer:own", "commissioner", "admin"], (s) => `/reviews/${s.assignmentId}`),
  page("/reviews/[assignmentId]/record", true, ["reviewer:own"], (s) => `/reviews/${s.assignmentId}/record`),
  page("/admin/users", false, ["admin"], () => "/admin/users"),
  page("/admin/users/new", false, ["admin"], () => "/admin/users/new"),
  page("/admin/users/[id]", false, ["admin"], (_, g) => `/admin/users/${g.spareUserId}`),
  page("/admin/users/[id]/erase", false, ["admin"], (_, g) => `/admin/users/${g.spareUserId}/erase`, {
    why: "the confirmation before erasing a person (UK GDPR): administrators only",
  }),
  page("/admin/audit", false, ["admin"], () => "/admin/audit"),
  page("/admin/partnerships", false, ["admin"], () => "/admin/partnerships"),
  page("/admin/partnerships/new", false, ["admin"], () => "/admin/partnerships/new"),
  page("/admin/partnerships/[id]", true, ["admin"], (s) => `/admin/partnerships/${s.partnershipId}`),
  page("/national", false, NATIONAL, () => "/national"),
  page("/national/assignments", false, NATIONAL, () => "/national/assignments"),
  page("/national/benchmark", false, NATIONAL, () => "/national/benchmark"),
  page("/national/compare", false, NATIONAL, () => "/national/compare"),
  page("/national/cycles", false, NATIONAL, () => "/national/cycles"),
  page("/national/data-dictionary", false, NATIONAL, () => "/national/data-dictionary"),
  page("/national/figures", false, NATIONAL, () => "/national/figures"),
  page("/national/map", false, NATIONAL, () => "/national/map"),
  page("/national/tracker", false, NATIONAL, () => "/national/tracker"),
  page("/national/trends", false, NATIONAL, () => "/national/trends"),
];

export const ROUTES: RouteEntry[] = [
  api("/api/auth/[...nextauth]", false, EVERYONE, () => "/api/auth/session", {
    why: "next-auth's own endpoints; the session endpoint answers everyone",
  }),
  api("/api/health", false, EVERYONE, () => "/api/health"),
  api("/api/session", false, SIGNED_IN, () => "/api/session", {
    why: "the idle warning's question: how long the caller's own session has left",
  }),
  api("/api/admin/audit.csv", false, ["admin"], () => "/api/admin/audit.csv"),
  api("/api/framework", false, EVERYONE, () => "/api/framework"),
  api("/api/framework/[version]", false, EVERYONE, () => "/api/framework/2026.1"),
  api("/api/assessments/[id]/results.csv", true, READERS, (s) => `/api/assessments/${s.pastAssessmentId}/results.csv`),
  api("/api/partnerships/[id]/export.csv", true, EXPORTERS, (s) => `/api/partnerships/${s.partnershipId}/export.csv`, {
    why: "every cycle's answers, in bulk: not for a member, nor the administrator (who manages accounts, not data)",
  }),
  api("/api/partnerships/[id]/export.json", true, EXPORTERS, (s) => `/api/partnerships/${s.partnershipId}/export.json`),
  api("/api/national/[cycle]/figures.csv", false, NATIONAL, (_, g) => `/api/national/${g.currentCycleId}/figures.csv`),
  api(
    "/api/national/[cycle]/not-submitted.csv",
    false,
    NATIONAL,
    (_, g) => `/api/national/${g.currentCycleId}/not-submitted.csv`,
  ),
  api("/api/national/[cycle]/scores.csv", false, NATIONAL, (_, g) => `/api/national/${g.currentCycleId}/scores.csv`),
  api("/api/national/[cycle]/scores.json", false, NATIONAL, (_, g) => `/api/national/${g.currentCycleId}/scores.json`),
];

const ANY = (sql: string, ...params: unknown[]) => ({ sql, params });
// Not on the common-password list, and sharing no word with the addresses it is used with.
const PASSWORD = "orchard-lantern-pebble-2026";
const action = (route: string, e: Omit<ActionEntry, "kind" | "route">): ActionEntry => ({
  kind: "action",
  route,
  ...e,
});

export const ACTIONS: ActionEntry[] = [
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
  // The self-assessment.
  action("lib/assessment/actions.ts#startAssessmentAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s) => [{ partnershipId: String(s.partnershipId) }],
    idempotent: true,
    why: "already started when the test begins: starting again answers the same assessment",
  }),
  action("lib/assessment/actions.ts#startAssessmentFromForm", {
    scoped: true,
    allow: COORDINATOR,
    form: {
      page: (s) => `/partnerships/${s.partnershipId}`,
      allowed: /^\/assessments\/\d+$/,
      refused: /^\/partnerships\/\d+\?startError=/,
    },
    input: (s) => ({ partnershipId: String(s.partnershipId) }),
    idempotent: true,
  }),
  action("lib/assessment/actions.ts#saveAnswerAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    // The caller's own response (a member's, else the consolidated one), a different option, and
    // the stored answer's version, so that an allowed save really changes it.
    // A member's response exists only once they have saved (pages never create it): none means version 0.
    input: (s, g, { actor, userId, q }) => {
      const response =
        actor === "member"
          ? q<{ id: number }>(
              "SELECT id FROM responses WHERE assessment_id = ? AND kind = 'member' AND respondent_user_id = ?",
              s.currentAssessmentId,
              userId,
            )
          : q<{ id: number }>(
              "SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated'",
              s.currentAssessmentId,
            );
      const stored = response
        ? q<{ value: string; row_version: number }>(
            "SELECT value, row_version FROM answers WHERE response_id = ? AND question_id = ?",
            response.id,
            g.questionId,
          )
        : undefined;
      const current = stored ? (JSON.parse(stored.value) as { option?: string }).option : undefined;
      const option = g.questionOptions.find((o) => o !== current)!;
      return [
        {
          assessmentId: String(s.currentAssessmentId),
          questionId: g.questionId,
          value: { kind: "choice", option },
          baseVersion: stored?.row_version ?? 0,
        },
      ];
    },
    probe: (s, g) =>
      ANY(
        "SELECT group_concat(a.row_version) v FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? AND a.question_id = ?",
        s.currentAssessmentId,
        g.questionId,
      ),
  }),
  action("lib/assessment/actions.ts#setSectionCompleteAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    input: (s) => [{ assessmentId: String(s.currentAssessmentId), sectionId: s.sectionId, complete: "no" }],
    // Every response has the section completed first; "no" undoes the caller's.
    prepare: (s, _, run) =>
      run(
        "INSERT OR IGNORE INTO section_completions (response_id, section_id, completed_at) SELECT id, ?, '2026-01-01T00:00:00.000Z' FROM responses WHERE assessment_id = ?",
        s.sectionId,
        s.currentAssessmentId,
      ),
    probe: (s) =>
      ANY(
        "SELECT count(*) n FROM section_completions sc JOIN responses r ON r.id = sc.response_id WHERE r.assessment_id = ? AND sc.section_id = ?",
        s.currentAssessmentId,
        s.sectionId,
      ),
  }),
  action("lib/assessment/actions.ts#submitAssessmentAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s) => [{ assessmentId: String(s.currentAssessmentId) }],
    allowed: { code: "invalid", message: /Complete the section/ },
    why: "allowed, then refused because sections are incomplete",
  }),
  action("lib/assessment/actions.ts#reopenAssessmentAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s) => [{ assessmentId: String(s.currentAssessmentId) }],
    allowed: { code: "invalid", message: /not submitted/ },
    why: "allowed, then refused because this year's is still in progress",
  }),
  // The action plan.
  action("lib/action-plan/actions.ts#createPlanActionAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s, _, { n }) => [
      {
        partnershipId: String(s.partnershipId),
        dimensionId: s.sectionId,
        recommendationId: "",
        title: `Matrix action ${n}`,
        ownerOrganisation: "",
        ownerPerson: "",
        dueOn: "",
        status: "not_started",
        progressNote: "",
      },
    ],
    probe: (s) => ANY("SELECT count(*) n FROM actions WHERE partnership_id = ?", s.partnershipId),
  }),
  action("lib/action-plan/actions.ts#updatePlanActionAction", {
    scoped: true,
    mixed: true,
    allow: COORDINATOR,
    input: (s) => [
      {
        partnershipId: String(s.partnershipId),
        actionId: String(s.actionId),
        baseVersion: String(s.actionVersion),
        dimensionId: s.sectionId,
        recommendationId: "",
        title: "Matrix action updated",
        ownerOrganisation: "Matrix organisation",
        ownerPerson: "",
        dueOn: "",
        status: "in_progress",
        progressNote: "",
      },
    ],
    probe: (s) => ANY("SELECT title, row_version FROM actions WHERE id = ?", s.actionId),
  }),
  action("lib/action-plan/actions.ts#addRecommendationAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s, g) => [{ assessmentId: String(s.currentAssessmentId), recommendationId: g.recommendationId }],
    probe: (s) => ANY("SELECT count(*) n FROM actions WHERE partnership_id = ?", s.partnershipId),
  }),
  action("lib/action-plan/actions.ts#setTargetsAction", {
    scoped: true,
    allow: COORDINATOR,
    // Based on what is stored (as the page would show it), and a different stage, so that an allowed call changes it.
    input: (s, _, { n, q }) => {
      const stored = q<{ t: number }>(
        `SELECT t.target_stage t FROM dimension_targets t WHERE t.partnership_id = ? AND t.dimension_id = ? AND t.cycle_id =
           (SELECT a.cycle_id FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE a.partnership_id = ? ORDER BY c.opens_on DESC LIMIT 1)`,
        s.partnershipId,
        s.sectionId,
        s.partnershipId,
      )?.t;
      const next = stored ? (stored % 5) + 1 : (n % 5) + 1;
      return [
        {
          partnershipId: String(s.partnershipId),
          targets: { [s.sectionId]: String(next) },
          base: { [s.sectionId]: stored ? String(stored) : "" },
        },
      ];
    },
    probe: (s) =>
      ANY(
        "SELECT group_concat(target_stage) t, count(*) n FROM dimension_targets WHERE partnership_id = ?",
        s.partnershipId,
      ),
  }),
  action("lib/action-plan/actions.ts#saveFollowUpAction", {
    scoped: true,
    mixed: true,
    allow: COORDINATOR,
    input: (s, _, { q }) => [
      {
        assessmentId: String(s.currentAssessmentId),
        reviews: {
          [`a${s.actionId}`]: {
            status: "done",
            whatChanged: "Finished during the matrix test",
            baseVersion: String(
              q<{ v: number }>("SELECT row_version v FROM actions WHERE id = ?", s.actionId)?.v ?? s.actionVersion,
            ),
          },
        },
      },
    ],
    probe: (s) =>
      ANY(
        "SELECT count(*) n FROM action_reviews WHERE action_id = ? AND assessment_id = ?",
        s.actionId,
        s.currentAssessmentId,
      ),
  }),
  // Peer review: any signed-in user may call it; only the assignment's own reviewer gets past the data layer.
  action("lib/peer-review/actions.ts#savePeerReviewAction", {
    scoped: true,
    allow: ["reviewer:own"],
    input: (s) => [
      { assignmentId: String(s.assignmentId), publish: false, overallFeedback: "Matrix draft", dimensions: {} },
    ],
    probe: (s) => ANY("SELECT count(*) n, max(updated_at) u FROM peer_reviews WHERE assignment_id = ?", s.assignmentId),
  }),
];

export const TABLE: Entry[] = [...PAGES, ...ROUTES, ...ACTIONS];

/** Whether `actor` may use the entry's instance for `scope`. */
export function allowed(cells: Cell[] | undefined, actor: Actor, scope: Scope): boolean {
  return !!cells?.some((c) => c === actor || c === `${actor}:${scope}`);
}
