// The national overview under load (20 concurrent connections, as the Commissioner's office and
// its analysts would use it at a deadline) against the 1,000 × 10 dataset, and its SQL alone.
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import { getFramework } from "../lib/framework";
import { overviewAggregates } from "../lib/national/aggregates";
import { median } from "../lib/national/stats";
import { LARGE_PASSWORD } from "./seed-large";
import { signIn, stats, type Stats } from "./bench-server";

export function latestClosedCycle(dbFile: string): { id: number; label: string } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT id, label FROM cycles WHERE status = 'closed' ORDER BY opens_on DESC LIMIT 1").get() as { id: number; label: string };
  } finally {
    db.close();
  }
}

/** The overview's SQL aggregates on their own: median of `runs` runs, in ms. */
export function timeOverviewSql(dbFile: string, cycleId: number, runs = 15): number {
  const db = new Database(dbFile, { readonly: true });
  const fw = getFramework()!;
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      overviewAggregates(db, cycleId, {}, fw);
      times.push(performance.now() - t0);
    }
  } finally {
    db.close();
  }
  return median(times)!;
}

export async function benchPage(base: string, path: string, email: string, connections = 20, perConnection = 10): Promise<Stats> {
  const cookie = await signIn(base, email, LARGE_PASSWORD);
  await fetch(base + path, { headers: { Cookie: cookie } }); // warm the route once
  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let i = 0; i < perConnection; i++) {
        const t = performance.now();
        try {
          const res = await fetch(base + path, { headers: { Cookie: cookie } });
          await res.text();
          if (res.status !== 200) errors++;
          else latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return stats(latencies, errors, (performance.now() - t0) / 1000);
}
