import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cycles } from "@/db/schema";

/** The cycle open for self-assessment now, if any (the latest opened). */
export function getOpenCycle() {
  return getDb().select().from(cycles).where(eq(cycles.status, "open")).orderBy(desc(cycles.opensOn)).get() ?? null;
}
