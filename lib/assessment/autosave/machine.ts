// The autosave state machine, as a pure reducer: one small machine per saved thing (a question's
// answer), keyed by its id, and one flag for the whole page (the session has ended). Timers and
// requests live in the engine (./engine.ts), which feeds this reducer the events below; the page
// only reads the state. ADR 0005: nothing typed is ever lost, and a stale save never overwrites.
//
//   idle ─edit→ dirty ─save→ saving ─→ saved | partial | conflict | signed-out | failed | invalid
//                               └─ the request failed → retrying ─(back-off)→ saving
//
// An edit changes the status only from idle or saved: a conflict, an ended session, a failure or
// a problem marked on the page stays in view until the next save says otherwise.

/** The newer answer someone else saved first, as the server returns it. */
export type Conflict<V> = { value: V | null; rowVersion: number; updatedByName: string | null; updatedAt: string };

export type Status<V> =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  // Saved without the parts marked as a problem (evidence fields), which stay on the page.
  | { kind: "partial"; at: string }
  // Cannot be saved as it stands: the problem is marked at the field.
  | { kind: "invalid" }
  // The request did not get through: tried again after `retryInMs`.
  | { kind: "retrying"; attempt: number; retryInMs: number }
  | { kind: "conflict"; current: Conflict<V> }
  | { kind: "signed-out" }
  // Refused for a reason trying again would not fix: shown as the server words it.
  | { kind: "failed"; message: string };

export type ItemState<V> = {
  status: Status<V>;
  /** The row version the page's value is based on (0: there was no answer). */
  baseVersion: number;
  /** Changes on the page not yet saved (warned about before leaving, saved after signing in). */
  dirty: boolean;
  /** Counts edits, so that a save knows whether more came in while it was on its way. */
  edits: number;
  /** `edits` when the save on its way started. */
  sendingEdit: number | null;
  /** Failed requests in a row: how far the retry has backed off. */
  failures: number;
  /** When this page last saved the item (or took the other person's saved answer). */
  lastSavedAt: string | null;
  /** Whether a save from this page has succeeded (confirming a carried-over answer, say). */
  savedHere: boolean;
};

export type AutosaveState<V> = {
  /** Item ids in page order. */
  order: readonly string[];
  items: Readonly<Record<string, ItemState<V>>>;
  /** A save found the session ended: the page asks the user to sign in where they are. */
  sessionEnded: boolean;
};

export type AutosaveEvent<V> =
  | { type: "edited"; id: string }
  | { type: "save-started"; id: string }
  | { type: "nothing-to-save"; id: string }
  | { type: "invalid"; id: string }
  | { type: "saved"; id: string; rowVersion: number; savedAt: string; partial: boolean }
  | { type: "conflict"; id: string; current: Conflict<V> }
  | { type: "signed-out"; id: string }
  | { type: "failed"; id: string; message: string }
  | { type: "request-failed"; id: string }
  | { type: "keep-mine"; id: string }
  | { type: "use-theirs"; id: string }
  | { type: "signed-in" };

export const AUTOSAVE_DELAY_MS = 800;
export const MAX_RETRY_DELAY_MS = 30_000;

/** Wait before retry `attempt` (1, 2, …): 2 s, 4 s, 8 s, 16 s, then every 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.min(Math.max(attempt, 1), 5));
}

export function initialAutosaveState<V>(
  order: readonly string[],
  baseVersions: Record<string, number>,
): AutosaveState<V> {
  const items: Record<string, ItemState<V>> = {};
  for (const id of order)
    items[id] = {
      status: { kind: "idle" },
      baseVersion: baseVersions[id] ?? 0,
      dirty: false,
      edits: 0,
      sendingEdit: null,
      failures: 0,
      lastSavedAt: null,
      savedHere: false,
    };
  return { order, items, sessionEnded: false };
}

export function autosaveReducer<V>(state: AutosaveState<V>, event: AutosaveEvent<V>): AutosaveState<V> {
  if (event.type === "signed-in") return state.sessionEnded ? { ...state, sessionEnded: false } : state;
  const item = state.items[event.id];
  if (!item) return state;
  const next = (changes: Partial<ItemState<V>>, sessionEnded = state.sessionEnded): AutosaveState<V> => ({
    ...state,
    items: { ...state.items, [event.id]: { ...item, ...changes } },
    sessionEnded,
  });
  const settled = { sendingEdit: null };

  switch (event.type) {
    case "edited": {
      const quiet = item.status.kind === "idle" || item.status.kind === "saved";
      return next({ dirty: true, edits: item.edits + 1, status: quiet ? { kind: "dirty" } : item.status });
    }
    case "save-started":
      return next({ status: { kind: "saving" }, sendingEdit: item.edits });
    case "nothing-to-save": {
      // Nothing entered (an answer cleared): nothing is sent. A conflict or an ended session
      // still needs the user, so it stays.
      const keep = item.status.kind === "conflict" || item.status.kind === "signed-out";
      const status: Status<V> = keep
        ? item.status
        : item.lastSavedAt
          ? { kind: "saved", at: item.lastSavedAt }
          : { kind: "idle" };
      return next({ ...settled, dirty: false, status });
    }
    case "invalid":
      return next({ ...settled, status: { kind: "invalid" } });
    case "saved":
      return next({
        ...settled,
        baseVersion: event.rowVersion,
        failures: 0,
        lastSavedAt: event.savedAt,
        savedHere: true,
        // The parts still marked as a problem are unsaved; so is anything typed while on the way.
        dirty: event.partial || item.edits !== item.sendingEdit,
        status: event.partial ? { kind: "partial", at: event.savedAt } : { kind: "saved", at: event.savedAt },
      });
    case "conflict":
      // Not retried: the user chooses. The page's value stays as it is, still unsaved.
      return next({ ...settled, failures: 0, status: { kind: "conflict", current: event.current } });
    case "signed-out":
      return next({ ...settled, status: { kind: "signed-out" } }, true);
    case "failed":
      return next({ ...settled, status: { kind: "failed", message: event.message } });
    case "request-failed": {
      const attempt = item.failures + 1;
      return next({
        ...settled,
        failures: attempt,
        status: { kind: "retrying", attempt, retryInMs: retryDelay(attempt) },
      });
    }
    case "keep-mine":
      // Saved again on top of the newer version: the engine sends it next.
      if (item.status.kind !== "conflict") return state;
      return next({ baseVersion: item.status.current.rowVersion });
    case "use-theirs": {
      if (item.status.kind !== "conflict") return state;
      const { current } = item.status;
      return next({
        baseVersion: current.rowVersion,
        dirty: false,
        lastSavedAt: current.updatedAt,
        status: { kind: "saved", at: current.updatedAt },
      });
    }
  }
}

/** Whether anything on the page is not saved yet: changes pending or a save on its way. */
export function hasUnsaved<V>(state: AutosaveState<V>): boolean {
  return state.order.some((id) => {
    const item = state.items[id]!;
    return item.dirty || item.status.kind === "saving";
  });
}

/** The one line the page shows about saving, most urgent first. */
export type Summary =
  | { kind: "saving" }
  | { kind: "retrying"; retryInMs: number }
  | { kind: "failed"; message: string }
  | { kind: "signed-out" }
  | { kind: "not-all-saved" }
  | { kind: "saved"; at: string }
  | { kind: "none" };

export function summarise<V>(state: AutosaveState<V>): Summary {
  const statuses = state.order.map((id) => state.items[id]!);
  if (statuses.some((s) => s.status.kind === "saving")) return { kind: "saving" };
  for (const { status } of statuses) {
    if (status.kind === "retrying") return { kind: "retrying", retryInMs: status.retryInMs };
    if (status.kind === "failed") return { kind: "failed", message: status.message };
  }
  if (state.sessionEnded) return { kind: "signed-out" };
  if (statuses.some((s) => s.status.kind === "invalid" || s.status.kind === "partial"))
    return { kind: "not-all-saved" };
  // A change not yet sent still shows the last save: it is a moment from being saved itself.
  const at = statuses
    .filter((s) => s.status.kind === "saved" || s.status.kind === "partial" || s.status.kind === "dirty")
    .map((s) => s.lastSavedAt)
    .filter((t): t is string => !!t)
    .sort()
    .pop();
  return at ? { kind: "saved", at } : { kind: "none" };
}
