import "server-only";
// The app's database handle, opened lazily on first use (never at import time, so `next build`
// does not create or touch the database). Migrations run from instrumentation.ts at start-up.
import { openDatabase, type Db } from "./connection";

const globalForDb = globalThis as unknown as { __toolkitDb?: Db };

export function getDb(): Db {
  if (!globalForDb.__toolkitDb) globalForDb.__toolkitDb = openDatabase();
  return globalForDb.__toolkitDb;
}

/**
 * Statements for hot paths (every request's session check), prepared once per connection:
 * building and preparing a query costs more than running it.
 */
export function preparedOnce<T>(build: (db: Db) => T): () => T {
  const byDb = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let statements = byDb.get(db);
    if (statements === undefined) {
      statements = build(db);
      byDb.set(db, statements);
    }
    return statements;
  };
}

export type Transaction = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * The one way to write in a transaction: BEGIN IMMEDIATE takes the write lock at the start
 * (waiting up to busy_timeout for another process's write). A deferred transaction that reads
 * and then writes fails at once with SQLITE_BUSY when another server process committed in
 * between, which several worker processes on one file make routine.
 */
export function writeTransaction<T>(fn: (tx: Transaction) => T): T {
  return getDb().transaction(fn, { behavior: "immediate" });
}
