import "server-only";
// Storage for sign-in throttling: the rules are lib/auth/throttle.ts. One row per key, read and
// written in one IMMEDIATE transaction, so that concurrent attempts (in this or another process)
// are counted one after another.
import { eq, lt } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { signInThrottle } from "@/db/schema";
import {
  beginAttempt,
  staleBefore,
  withdrawFailure,
  type ThrottleRules,
  type ThrottleState,
} from "@/lib/auth/throttle";

export type ThrottleScope = "account" | "address";
export type ThrottleKey = { scope: ThrottleScope; key: string; rules: ThrottleRules };

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`;
}

export function addressKey(ip: string): string {
  return `address:${ip}`;
}

export type SignInAttempt =
  | { kind: "locked"; retryAfterMs: number; scopes: ThrottleScope[] }
  | { kind: "allowed"; delayMs: number; locking: ThrottleScope[] };

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function read(tx: Tx, key: string): ThrottleState {
  const row = tx.select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
  return row ? { failures: row.failures, firstAt: row.firstAt, lastAt: row.lastAt } : null;
}

function write(tx: Tx, key: string, state: ThrottleState): void {
  if (!state) {
    tx.delete(signInThrottle).where(eq(signInThrottle.key, key)).run();
    return;
  }
  tx.insert(signInThrottle)
    .values({ key, ...state })
    .onConflictDoUpdate({ target: signInThrottle.key, set: state })
    .run();
}

/**
 * Counts an attempt against every key (as a failure until signInSucceeded takes it back), unless
 * one of them is locked, in which case nothing is counted and the attempt must be refused.
 */
export function beginSignInAttempt(keys: ThrottleKey[], now: number = Date.now()): SignInAttempt {
  return writeTransaction((tx) => {
    const decisions = keys.map((k) => ({ k, d: beginAttempt(read(tx, k.key), now, k.rules) }));
    const locked = decisions.flatMap(({ k, d }) =>
      d.kind === "locked" ? [{ scope: k.scope, retryAfterMs: d.retryAfterMs }] : [],
    );
    if (locked.length) {
      return {
        kind: "locked",
        retryAfterMs: Math.max(...locked.map((l) => l.retryAfterMs)),
        scopes: locked.map((l) => l.scope),
      };
    }
    let delayMs = 0;
    const locking: ThrottleScope[] = [];
    for (const { k, d } of decisions) {
      if (d.kind !== "allowed") continue;
      write(tx, k.key, d.next);
      delayMs = Math.max(delayMs, d.delayMs);
      if (d.locksNow) locking.push(k.scope);
    }
    // Rows whose window and lock are over say nothing any more; keep the table small.
    const cutoff = Math.min(...keys.map((k) => staleBefore(now, k.rules)));
    tx.delete(signInThrottle).where(lt(signInThrottle.lastAt, cutoff)).run();
    return { kind: "allowed", delayMs, locking };
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * beginSignInAttempt, then the delay it asks for (while keys are being slowed every answer waits,
 * right or wrong, so that a quick answer gives nothing away). Every guess at a password goes
 * through here: signing in, and the current password when changing it.
 */
export async function throttledAttempt(keys: ThrottleKey[]): Promise<SignInAttempt> {
  const attempt = beginSignInAttempt(keys);
  if (attempt.kind === "allowed" && attempt.delayMs > 0) await sleep(attempt.delayMs);
  return attempt;
}

/** A correct sign-in: the account starts afresh; the address only gets this attempt back. */
export function signInSucceeded(account: string, address: string): void {
  writeTransaction((tx) => {
    write(tx, account, null);
    write(tx, address, withdrawFailure(read(tx, address)));
  });
}

/** The account's password was proven (changing it, with the current one): its count starts afresh. */
export function accountProven(account: string): void {
  writeTransaction((tx) => write(tx, account, null));
}
