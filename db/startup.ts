// Start-up: open the database, apply the committed migrations, load reference data and, in demo
// mode, seed an empty database. Called from instrumentation.ts when the server starts (never
// during `next build`) and from scripts.
import { openDatabase, applyMigrations, type Db } from "./connection";
import { forceAreas, users } from "./schema";
import { FORCE_AREAS } from "../lib/domain/force-areas";
import { seedDemoIfEmpty } from "./seed/demo";
import { moveToCurrentFramework } from "./framework-move";
import { and, eq, sql } from "drizzle-orm";
import { CREATE_ADMIN_COMMAND } from "../lib/ops/first-admin";
import { parseConfig } from "../lib/config-schema.mjs";

export function loadReferenceData(db: Db): void {
  db.transaction(
    (tx) => {
      for (const f of FORCE_AREAS) {
        tx.insert(forceAreas)
          .values(f)
          .onConflictDoUpdate({
            target: forceAreas.id,
            set: { name: sql`excluded.name`, nation: sql`excluded.nation`, region: sql`excluded.region` },
          })
          .run();
      }
    },
    { behavior: "immediate" },
  );
}

export async function startUp(options: {
  demo: boolean;
  file?: string;
}): Promise<{ db: Db; migrations: number; seeded: boolean }> {
  const db = openDatabase(options.file);
  const migrations = applyMigrations(db);
  loadReferenceData(db);
  const seeded = options.demo ? await seedDemoIfEmpty(db) : false;
  // Open self-reviews move to the current framework version; submitted ones are re-scored under it.
  moveToCurrentFramework(db);
  return { db, migrations, seeded };
}

/** For instrumentation.ts: start up, share the connection with the app, or stop the server. */
export async function startUpServer(): Promise<void> {
  // scripts/start.mjs checked the settings already; this covers a bare `next start`.
  const checked = parseConfig(process.env);
  if (!checked.ok) {
    for (const line of checked.errors) console.error(`[toolkit] configuration error: ${line}`);
    console.error("[toolkit] the server will not start: correct the setting(s) above.");
    process.exit(1);
  }
  try {
    const { db, migrations, seeded } = await startUp({ demo: process.env.DEMO === "1" });
    // Share this connection with the app (db/client.ts) rather than opening a second one.
    (globalThis as unknown as { __toolkitDb?: Db }).__toolkitDb = db;
    console.log(`[toolkit] database ready: ${migrations} migrations applied${seeded ? ", demo data seeded" : ""}`);
    const admin = db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.globalRole, "admin"), eq(users.disabled, false)))
      .limit(1)
      .get();
    if (!admin) {
      const file = db.$client.name;
      const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
      console.log(
        `[toolkit] there is no administrator yet, so nobody can sign in. On this server, in ${process.cwd()}, run: DATABASE_PATH=${quoted} ${CREATE_ADMIN_COMMAND}`,
      );
    }
  } catch (error) {
    console.error("[toolkit] database start-up failed; the server will not start.", error);
    process.exit(1);
  }
}
