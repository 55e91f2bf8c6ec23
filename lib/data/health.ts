import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getDb } from "@/db/client";
import { countAppliedMigrations, MIGRATIONS_FOLDER } from "@/db/connection";

export type Health =
  | { status: "ok"; db: "ok"; migrations: number }
  | { status: "error"; db: "error"; reason: string; migrations?: number };

function expectedMigrations(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

export function checkHealth(): Health {
  try {
    const db = getDb();
    const migrations = countAppliedMigrations(db);
    const expected = expectedMigrations();
    if (migrations < expected) {
      return { status: "error", db: "error", reason: `${expected - migrations} migration(s) not applied`, migrations };
    }
    return { status: "ok", db: "ok", migrations };
  } catch (error) {
    return { status: "error", db: "error", reason: error instanceof Error ? error.message : "database unavailable" };
  }
}
