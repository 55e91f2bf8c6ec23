// For the self-assessment's database tests: a fresh temporary database with every migration
// applied (no demo data), opened as the app opens it, and a signed-in person to act as.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

/** Call at the top of a test file, before the data layer is imported: it reads DATABASE_PATH then. */
export function temporaryDatabase(name: string) {
  const dir = mkdtempSync(path.join(tmpdir(), `toolkit-${name}-`));
  process.env.DATABASE_PATH = path.join(dir, `${name}.db`);
  return {
    /** Applies the migrations and makes the database the one the data layer uses. */
    async open() {
      const { startUp } = await import("../../db/startup");
      const { db } = await startUp({ demo: false });
      (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
      return db;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function testActor(userId: number, email: string, memberships: Actor["memberships"]): Actor {
  return { userId, email, name: email, globalRole: null, memberships, reviewAssignments: [], sessionId: "test" };
}
