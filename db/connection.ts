// Opening a SQLite database: the one place that sets the pragmas. Used by the app (db/client.ts)
// and by scripts (seed, backup, benchmarks), so that every connection behaves the same.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

export function defaultDatabasePath(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.DATABASE_PATH || path.join(process.cwd(), "data", "toolkit.db"),
  );
}

export function openDatabase(file: string = defaultDatabasePath()): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a committed answer survives power loss (NORMAL can lose the last commits in WAL mode).
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return drizzle(sqlite, { schema }) as Db;
}

/** Applies the committed drizzle-kit migrations; returns how many have been applied in all. */
export function applyMigrations(db: Db): number {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return countAppliedMigrations(db);
}

export function countAppliedMigrations(db: Db): number {
  const row = db.$client.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number } | undefined;
  return row?.n ?? 0;
}
