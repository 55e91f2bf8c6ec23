// The access table's vocabulary (e2e/access-matrix.ts says how the table works): the actors, the
// cells, the kinds of entry and the groups of cells most entries allow.
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
  evidenceQuestionId: string; // an evidence question: each current consolidated answer has a document
  questionId: string; // a single-choice question in `sectionId`
  questionOptions: string[];
};
export type Ids = { own: ScopeIds; other: ScopeIds; mixed: ScopeIds; g: GlobalIds };

export const READERS: Cell[] = ["member:own", "coordinator:own", "reviewer:own", "commissioner", "admin"];
export const SIGNED_IN: Cell[] = ["member", "coordinator", "reviewer", "reviewer-unassigned", "commissioner", "admin"];
export const EVERYONE: Cell[] = ["anonymous", ...SIGNED_IN, "disabled"];
export const NATIONAL: Cell[] = ["commissioner", "admin"];
export const COORDINATOR: Cell[] = ["coordinator:own"];
export const EXPORTERS: Cell[] = ["coordinator:own", "reviewer:own", "commissioner"];

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

/** A probe of what an allowed call changes: a query and its parameters. */
export const ANY = (sql: string, ...params: unknown[]) => ({ sql, params });

/** Whether `actor` may use the entry's instance for `scope`. */
export function allowed(cells: Cell[] | undefined, actor: Actor, scope: Scope): boolean {
  return !!cells?.some((c) => c === actor || c === `${actor}:${scope}`);
}

export const action = (route: string, e: Omit<ActionEntry, "kind" | "route">): ActionEntry => ({
  kind: "action",
  route,
  ...e,
});
