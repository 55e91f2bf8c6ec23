import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  beginAttempt,
  currentFailures,
  delayFor,
  minutesToWait,
  staleBefore,
  validateRules,
  withdrawFailure,
  type ThrottleRules,
  type ThrottleState,
} from "./throttle";

const MIN = 60_000;
const rules: ThrottleRules = {
  slowAfter: 5,
  lockAfter: 10,
  windowMs: 15 * MIN,
  lockMs: 15 * MIN,
  baseDelayMs: 1000,
  maxDelayMs: 16_000,
};
const T0 = 1_800_000_000_000;

/** Runs `n` attempts, all failing, one second apart from T0; returns the decisions and the final state. */
function fail(n: number, start: ThrottleState = null, at = (i: number) => T0 + i * 1000) {
  let state = start;
  const decisions = [];
  for (let i = 0; i < n; i++) {
    const d = beginAttempt(state, at(i), rules);
    decisions.push(d);
    if (d.kind === "allowed") state = d.next;
  }
  return { decisions, state };
}

test("the first five attempts are answered at once", () => {
  const { decisions } = fail(5);
  assert.deepEqual(
    decisions.map((d) => (d.kind === "allowed" ? d.delayMs : "locked")),
    [0, 0, 0, 0, 0],
  );
});

test("after five failures each further attempt waits longer: 1, 2, 4, 8, 16 s", () => {
  const { decisions } = fail(10);
  assert.deepEqual(
    decisions.slice(5).map((d) => (d.kind === "allowed" ? d.delayMs : "locked")),
    [1000, 2000, 4000, 8000, 16000],
  );
});

test("the tenth failure locks, and the next attempt is refused for 15 minutes from it", () => {
  const { decisions, state } = fail(10);
  assert.equal(decisions.filter((d) => d.kind === "allowed" && d.locksNow).length, 1);
  assert.equal((decisions[9] as { locksNow: boolean }).locksNow, true);
  assert.equal(state!.failures, 10);
  const lastAt = state!.lastAt;
  const refused = beginAttempt(state, lastAt + 60_000, rules);
  assert.deepEqual(refused, { kind: "locked", retryAfterMs: 14 * MIN });
  assert.equal(minutesToWait((refused as { retryAfterMs: number }).retryAfterMs), 14);
});

test("a locked key stays locked until the lock ends, then starts afresh", () => {
  const { state } = fail(10);
  const end = state!.lastAt + rules.lockMs;
  assert.equal(beginAttempt(state, end - 1, rules).kind, "locked");
  const after = beginAttempt(state, end, rules);
  assert.equal(after.kind, "allowed");
  assert.deepEqual((after as { next: ThrottleState }).next, { failures: 1, firstAt: end, lastAt: end });
  assert.equal((after as { delayMs: number }).delayMs, 0);
});

test("failures are forgotten after a window without one, when not locked", () => {
  const { state } = fail(7);
  const quietFrom = state!.lastAt;
  assert.equal(currentFailures(state, quietFrom + rules.windowMs - 1, rules), 7);
  assert.equal(currentFailures(state, quietFrom + rules.windowMs, rules), 0);
  const d = beginAttempt(state, quietFrom + rules.windowMs, rules);
  assert.deepEqual(d, {
    kind: "allowed",
    delayMs: 0,
    locksNow: false,
    next: { failures: 1, firstAt: quietFrom + rules.windowMs, lastAt: quietFrom + rules.windowMs },
  });
});

test("failures keep counting while they keep coming, even over more than the window", () => {
  const { decisions } = fail(10, null, (i) => T0 + i * 10 * MIN);
  assert.equal((decisions[9] as { locksNow: boolean }).locksNow, true);
});

test("ten failures with a quiet window between each pair do not lock", () => {
  const { decisions } = fail(10, null, (i) => T0 + i * rules.windowMs);
  assert.equal(
    decisions.every((d) => d.kind === "allowed" && !d.locksNow && d.delayMs === 0),
    true,
  );
});

test("failing nine times either side of a window's end does not slip past the limit", () => {
  // With a window fixed from the first failure this allowed 18 quick attempts.
  const { decisions } = fail(18, null, (i) => T0 + (i === 0 ? 0 : rules.windowMs - MIN + i * 1000));
  assert.equal(decisions.filter((d) => d.kind === "allowed").length, 10);
});

test("a refused attempt does not change the state (it is not counted)", () => {
  const { state } = fail(10);
  const d = beginAttempt(state, state!.lastAt + 1000, rules);
  assert.equal(d.kind, "locked");
  assert.equal("next" in d, false);
});

test("a success withdraws the one failure it was counted as; one failure leaves nothing", () => {
  assert.equal(withdrawFailure(null), null);
  assert.equal(withdrawFailure({ failures: 1, firstAt: T0, lastAt: T0 }), null);
  assert.deepEqual(withdrawFailure({ failures: 10, firstAt: T0, lastAt: T0 + 5 }), {
    failures: 9,
    firstAt: T0,
    lastAt: T0 + 5,
  });
  // Withdrawing the attempt that would have locked an address unlocks it.
  const { state } = fail(10);
  assert.equal(beginAttempt(withdrawFailure(state), state!.lastAt + 1, rules).kind, "allowed");
});

test("the delay never exceeds its cap, however many failures", () => {
  assert.equal(delayFor(4, rules), 0);
  assert.equal(delayFor(5, rules), 1000);
  assert.equal(delayFor(1000, rules), 16_000);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
      const d = delayFor(n, rules);
      return d >= 0 && d <= rules.maxDelayMs && (n < rules.slowAfter ? d === 0 : d >= rules.baseDelayMs);
    }),
  );
});

test("whatever the timing, no more than lockAfter attempts are allowed within a lock period", () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 20 * MIN }), { minLength: 1, maxLength: 80 }), (gaps) => {
      let state: ThrottleState = null;
      let now = T0;
      const allowedAt: number[] = [];
      for (const gap of gaps) {
        now += gap;
        const d = beginAttempt(state, now, rules);
        if (d.kind === "allowed") {
          state = d.next;
          allowedAt.push(now);
        }
      }
      // Any lockAfter + 1 consecutive allowed attempts must span a whole quiet window or lock.
      for (let i = 0; i + rules.lockAfter < allowedAt.length; i++) {
        if (allowedAt[i + rules.lockAfter]! - allowedAt[i]! < Math.min(rules.windowMs, rules.lockMs)) return false;
      }
      return true;
    }),
  );
});

test("minutes to wait round up and are never zero", () => {
  assert.equal(minutesToWait(1), 1);
  assert.equal(minutesToWait(60_000), 1);
  assert.equal(minutesToWait(60_001), 2);
  assert.equal(minutesToWait(15 * MIN), 15);
});

test("rows are stale once both the window and the lock are over", () => {
  assert.equal(staleBefore(T0, rules), T0 - 15 * MIN);
  assert.equal(staleBefore(T0, { ...rules, lockMs: 60 * MIN }), T0 - 60 * MIN);
});

test("nonsensical rules are refused", () => {
  assert.throws(() => validateRules({ ...rules, slowAfter: 11 }), /slowAfter/);
  assert.throws(() => validateRules({ ...rules, lockAfter: 0, slowAfter: 0 }), /lockAfter/);
  assert.throws(() => validateRules({ ...rules, lockMs: -1 }), /non-negative/);
  assert.throws(() => validateRules({ ...rules, maxDelayMs: 10 }), /maxDelayMs/);
  assert.equal(validateRules(rules), rules);
});
