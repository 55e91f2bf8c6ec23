import "server-only";
// Runtime configuration, read from the environment in one place (see README "Configuration").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { defaultDatabasePath } from "@/db/connection";

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export function isDemoMode(): boolean {
  return process.env.DEMO === "1";
}

let cachedSecret: string | undefined;

/**
 * NEXTAUTH_SECRET if set; otherwise a random secret generated once and kept beside the database
 * (mode 0600), so that a fresh clone works without setup and sessions survive restarts.
 */
export function getAuthSecret(): string {
  if (cachedSecret) return cachedSecret;
  const fromEnv = process.env.NEXTAUTH_SECRET;
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
