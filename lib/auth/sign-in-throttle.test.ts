// Sign-in throttling's storage, against a real (temporary) database.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ThrottleRules } from "@/lib/auth/throttle";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-throttle-"));
process.env.DATABASE_PATH = path.join(dir, "throttle.db");

let t: typeof import("./sign-in-throttle.server");
let count: (key: string) => number | undefined;

const MIN = 60_000;
const rules: ThrottleRules = {
  slowAfter: 2,
  lockAfter: 4,
  windowMs: 15 * MIN,
  lockMs: 15 * MIN,
  baseDelayMs: 100,
  maxDelayMs: 1600,
};
const T0 = 1_800_000_000_000;

before(async () => {
  const { startUp } = await import("../../db/startup");
  t = await import("./sign-in-throttle.server");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  count = (key) =>
    (
      db.$client.prepare("SELECT failures FROM sign_in_throttle WHERE key = ?").get(key) as
        { failures: number } | undefined
    )?.failures;
});
after(() => rmSync(dir, { recursive: true, force: true }));

const keys = (email: string, ip: string) => [
  { scope: "account" as const, key: t.accountKey(email), rules },
  { scope: "address" as const, key: t.addressKey(ip), rules: { ...rules, slowAfter: 3, lockAfter: 6 } },
];

test("keys are the submitted email string, case- and space-insensitive, and the address", () => {
  assert.equal(t.accountKey("  Someone@Example.ORG "), "account:someone@example.org");
  assert.equal(t.addressKey("203.0.113.7"), "address:203.0.113.7");
});

test("attempts are counted on both keys, delayed, then refused once locked, without counting the refusals", () => {
  const k = keys("a@example.org", "198.51.100.1");
  const seen = [0, 1, 2, 3].map((i) => t.beginSignInAttempt(k, T0 + i));
  assert.deepEqual(
    seen.map((s) => (s.kind === "allowed" ? s.delayMs : -1)),
    [0, 0, 100, 200],
  );
  assert.deepEqual(seen[3], { kind: "allowed", delayMs: 200, locking: ["account"] });
  assert.equal(count(t.accountKey("a@example.org")), 4);
  const refused = t.beginSignInAttempt(k, T0 + MIN);
  assert.deepEqual(refused, { kind: "locked", retryAfterMs: 15 * MIN - MIN + 3, scopes: ["account"] });
  assert.equal(count(t.accountKey("a@example.org")), 4);
  assert.equal(count(t.addressKey("198.51.100.1")), 4);
});

test("an address is locked across different email strings", () => {
  const ip = "198.51.100.2";
  const results = Array.from({ length: 7 }, (_, i) => t.beginSignInAttempt(keys(`user${i}@example.org`, ip), T0 + i));
  assert.deepEqual(
    results.slice(0, 6).map((r) => r.kind),
    ["allowed", "allowed", "allowed", "allowed", "allowed", "allowed"],
  );
  assert.deepEqual((results[5] as { locking: string[] }).locking, ["address"]);
  assert.equal(results[6]!.kind, "locked");
  assert.deepEqual((results[6] as { scopes: string[] }).scopes, ["address"]);
  // A new email string from the same address is refused too, and is not counted.
  assert.equal(t.beginSignInAttempt(keys("fresh@example.org", ip), T0 + 10).kind, "locked");
  assert.equal(count(t.accountKey("fresh@example.org")), undefined);
});

test("a success clears the account and gives the address back only its own attempt", () => {
  const k = keys("b@example.org", "198.51.100.3");
  t.beginSignInAttempt(keys("other@example.org", "198.51.100.3"), T0);
  t.beginSignInAttempt(k, T0 + 1);
  t.beginSignInAttempt(k, T0 + 2);
  assert.equal(count(t.addressKey("198.51.100.3")), 3);
  t.signInSucceeded(t.accountKey("b@example.org"), t.addressKey("198.51.100.3"));
  assert.equal(count(t.accountKey("b@example.org")), undefined);
  assert.equal(count(t.addressKey("198.51.100.3")), 2);
});

test("rows whose window and lock are over are deleted as new attempts arrive", () => {
  t.beginSignInAttempt(keys("old@example.org", "198.51.100.4"), T0);
  assert.equal(count(t.accountKey("old@example.org")), 1);
  t.beginSignInAttempt(keys("new@example.org", "198.51.100.5"), T0 + 16 * MIN);
  assert.equal(count(t.accountKey("old@example.org")), undefined);
  assert.equal(count(t.accountKey("new@example.org")), 1);
});
