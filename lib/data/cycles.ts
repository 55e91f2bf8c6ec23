import "server-only";
import { and, desc, eq, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cycles } from "@/db/schema";

/**
 * The cycle open for self-assessment now, if any: the latest open cycle whose opening date has
 * come. A cycle opened ahead of its date becomes current on that date.
 */
export function getOpenCycle(today: string = new Date().toISOString().slice(0, 10)) {
  return (
    getDb()
      .select()
      .from(cycles)
      .where(and(eq(cycles.status, "open"), lte(cycles.opensOn, today)))
      .orderBy(desc(cycles.opensOn))
      .get() ?? null
  );
}
