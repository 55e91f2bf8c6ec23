// Who may do what: one table of every page, route handler (exports included) and server action,
// with who is allowed. e2e/access-matrix.spec.ts walks every cell against the running app and
// fails on any unexpected allow or deny, and on any page, route or action missing from here.
//
// The table is in e2e/access-matrix/: pages.ts (pages and route handlers) and actions-people.ts,
// actions-work.ts (server actions); its vocabulary in types.ts. To add a route: add an entry there
// (its `route` is the folder under app/, as Next names it; an action is `file#exportName` as in
// .next/server/server-reference-manifest.json), say how to address it for "own" and "another"
// partnership from the ids in `Ids`, and list who may use it in `allow` (everyone not listed is
// refused). Nothing else needs changing.
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
import { PAGES, ROUTES } from "./access-matrix/pages";
import { PEOPLE_ACTIONS } from "./access-matrix/actions-people";
import { WORK_ACTIONS } from "./access-matrix/actions-work";
import type { ActionEntry, Entry } from "./access-matrix/types";

export * from "./access-matrix/types";
export { PAGES, ROUTES };

export const ACTIONS: ActionEntry[] = [...PEOPLE_ACTIONS, ...WORK_ACTIONS];

export const TABLE: Entry[] = [...PAGES, ...ROUTES, ...ACTIONS];
