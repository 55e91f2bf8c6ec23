import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/db/client";
import { countAppliedMigrations, MIGRATIONS_FOLDER } from "@/db/connection";
import { parseConfig } from "@/lib/config-schema.mjs";

export type Health =
  | { status: "ok"; db: "ok"; config: "ok"; migrations: number }
  | { status: "error"; db: "ok" | "error"; config: "ok" | "error"; reason: string; migrations?: number };

function expectedMigrations(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * Ready only when the configuration is valid, the database is open and every migration is applied.
 * (The route is public: a bad setting is named by variable only, never with its value.)
 */
export function checkHealth(env: Record<string, string | undefined> = process.env): Health {
  const checked = parseConfig(env);
  if (!checked.ok) {
    const names = checked.errors.map((line) => line.split(" ", 1)[0]).join(", ");
    return { status: "error", db: "ok", config: "error", reason: `configuration not valid: ${names}` };
  }
  try {
    const db = getDb();
    const migrations = countAppliedMigrations(db);
    const expected = expectedMigrations();
    if (migrations < expected) {
      return {
        status: "error",
        db: "error",
        config: "ok",
        reason: `${expected - migrations} migration(s) not applied`,
        migrations,
      };
    }
    return { status: "ok", db: "ok", config: "ok", migrations };
  } catch (error) {
    return {
      status: "error",
      db: "error",
      config: "ok",
      reason: error instanceof Error ? error.message : "database unavailable",
    };
  }
}
