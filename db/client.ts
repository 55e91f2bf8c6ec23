import "server-only";
// The app's database handle, opened lazily on first use (never at import time, so `next build`
// does not create or touch the database). Migrations run from instrumentation.ts at start-up.
import { openDatabase, type Db } from "./connection";

const globalForDb = globalThis as unknown as { __toolkitDb?: Db };

export function getDb(): Db {
  if (!globalForDb.__toolkitDb) globalForDb.__toolkitDb = openDatabase();
  return globalForDb.__toolkitDb;
}
