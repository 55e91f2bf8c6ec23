import "server-only";
// Runtime configuration, read from the environment in one place (see README "Configuration").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { defaultDatabasePath } from "@/db/connection";
import { validateRules, type ThrottleRules } from "@/lib/auth/throttle";
import { config } from "@/lib/config-schema.mjs";

/** The validated settings (lib/config-schema.mjs); a bad one throws, naming the variable. */
export { config } from "@/lib/config-schema.mjs";

/** Sessions end after this long without a request (IDLE_TIMEOUT_MINUTES, default 30). */
export const IDLE_TIMEOUT_MS = config().IDLE_TIMEOUT_MINUTES * 60 * 1000;
/**
 * How long before the idle limit the "You will be signed out soon" warning appears
 * (IDLE_WARNING_SECONDS, default 120); at most half the idle limit.
 */
export const IDLE_WARNING_MS = config().IDLE_WARNING_SECONDS * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function isDemoMode(): boolean {
  return config().DEMO === "1";
}

let cachedSecret: string | undefined;

/**
 * NEXTAUTH_SECRET if set; otherwise a random secret generated once and kept beside the database
 * (mode 0600), so that a fresh clone works without setup and sessions survive restarts.
 */
export function getAuthSecret(): string {
  if (cachedSecret) return cachedSecret;
  const fromEnv = config().NEXTAUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return (cachedSecret = fromEnv);
  if (fromEnv) throw new Error("NEXTAUTH_SECRET must be at least 32 characters long.");
  const file = path.join(path.dirname(defaultDatabasePath()), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (e) {
      // Another process created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  return (cachedSecret = readFileSync(file, "utf8").trim());
}

/**
 * Sign-in throttling (lib/auth/throttle.ts). Per submitted email string: after 5 failures in a
 * row (forgotten after 15 minutes without one) each attempt is answered after a delay (1 s,
 * doubling, up to 16 s), and the 10th locks it for 15 minutes. Per client address, twice those
 * counts, since everyone behind one office proxy shares an address.
 * SIGN_IN_LOCK_MINUTES and SIGN_IN_DELAY_MS (the first delay) override the durations; the
 * browser tests shorten the delay so that they need not wait.
 */
export function signInThrottleRules(): { account: ThrottleRules; address: ThrottleRules } {
  const windowMs = 15 * 60 * 1000;
  const lockMs = config().SIGN_IN_LOCK_MINUTES * 60 * 1000;
  const baseDelayMs = config().SIGN_IN_DELAY_MS;
  const common = { windowMs, lockMs, baseDelayMs, maxDelayMs: 16 * baseDelayMs };
  return {
    account: validateRules({ slowAfter: 5, lockAfter: 10, ...common }),
    address: validateRules({ slowAfter: 10, lockAfter: 20, ...common }),
  };
}
