// Sign-in throttling rules, pure (no clock, no database): lib/auth/sign-in-throttle.server.ts stores the
// state, lib/auth/options.ts applies the decision. Each key (a submitted email string or a client
// address) counts failed attempts in a window. From `slowAfter` failures every further attempt is
// answered after a growing delay; at `lockAfter` failures the key is locked for `lockMs`, and every
// attempt is refused, even with the right password, until the lock ends.
//
// An attempt is counted as a failure when it starts (and taken back if it succeeds), so that
// parallel requests cannot all slip in under the limit before any of them has been counted.

export type ThrottleRules = {
  /** Failures after which each further attempt is delayed. */
  slowAfter: number;
  /** Failures at which the key is locked. */
  lockAfter: number;
  /** Failures are forgotten after this long without one (unless locked): a run of failures. */
  windowMs: number;
  /** How long a lock lasts, from the failure that caused it. */
  lockMs: number;
  /** The first delay; each further failure doubles it, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
};

/** One key's counter; null when there is none. Times are epoch milliseconds. */
export type ThrottleState = { failures: number; firstAt: number; lastAt: number } | null;

export type AttemptDecision =
  | { kind: "locked"; retryAfterMs: number }
  | { kind: "allowed"; delayMs: number; next: NonNullable<ThrottleState>; locksNow: boolean };

export function validateRules(r: ThrottleRules): ThrottleRules {
  const ints = [r.slowAfter, r.lockAfter, r.windowMs, r.lockMs, r.baseDelayMs, r.maxDelayMs];
  if (ints.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error("Throttle rules must be whole, non-negative numbers");
  if (r.lockAfter < 1) throw new Error("lockAfter must be at least 1");
  if (r.slowAfter > r.lockAfter) throw new Error("slowAfter must not exceed lockAfter");
  if (r.maxDelayMs < r.baseDelayMs) throw new Error("maxDelayMs must not be below baseDelayMs");
  return r;
}

/**
 * Failures that still count at `now`: a lock keeps them until it ends; otherwise they last until
 * `windowMs` passes without a failure. (A window fixed from the first failure would let an
 * attacker fit nearly twice the allowance around its end.)
 */
export function currentFailures(state: ThrottleState, now: number, rules: ThrottleRules): number {
  if (!state || state.failures <= 0) return 0;
  if (state.failures >= rules.lockAfter) return now < state.lastAt + rules.lockMs ? state.failures : 0;
  return now - state.lastAt < rules.windowMs ? state.failures : 0;
}

/** The delay before answering an attempt that follows `failures` failures. */
export function delayFor(failures: number, rules: ThrottleRules): number {
  if (failures < rules.slowAfter) return 0;
  const doublings = failures - rules.slowAfter;
  // 2 ** 31 is far past any sensible cap; stop before the number grows silly.
  return Math.min(rules.baseDelayMs * 2 ** Math.min(doublings, 31), rules.maxDelayMs);
}

/** What to do with an attempt now, and the state to store if it goes ahead (counted as failed). */
export function beginAttempt(state: ThrottleState, now: number, rules: ThrottleRules): AttemptDecision {
  const failures = currentFailures(state, now, rules);
  if (failures >= rules.lockAfter) return { kind: "locked", retryAfterMs: state!.lastAt + rules.lockMs - now };
  const next =
    failures === 0
      ? { failures: 1, firstAt: now, lastAt: now }
      : { failures: failures + 1, firstAt: state!.firstAt, lastAt: now };
  return { kind: "allowed", delayMs: delayFor(failures, rules), next, locksNow: next.failures >= rules.lockAfter };
}

/**
 * Takes back the failure counted by beginAttempt when the attempt turns out to succeed (for a
 * client address: one person's success does not clear the others' failures). The account key
 * is cleared outright instead.
 */
export function withdrawFailure(state: ThrottleState): ThrottleState {
  if (!state || state.failures <= 1) return null;
  return { ...state, failures: state.failures - 1 };
}

/** Whole minutes to tell the user, never 0 while locked. */
export function minutesToWait(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 60_000));
}

/** Rows last touched before this are over (window and any lock): they can be deleted. */
export function staleBefore(now: number, rules: ThrottleRules): number {
  return now - Math.max(rules.windowMs, rules.lockMs);
}
