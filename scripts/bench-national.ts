// The national overview under load (20 concurrent connections, as the Commissioner's office and
// its analysts would use it at a deadline) against the 1,000 × 10 dataset, and its SQL alone.
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import { getFramework } from "../lib/framework";
import { overviewAggregates } from "../lib/national/overview.server";
import { median } from "../lib/national/rules";
import { LARGE_PASSWORD } from "./seed-large";
import { loadClient, signIn, stats, type Stats } from "./bench-server";

export function latestClosedCycle(dbFile: string): { id: number; label: string } {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare("SELECT id, label FROM cycles WHERE status = 'closed' ORDER BY opens_on DESC LIMIT 1").get() as {
      id: number;
      label: string;
    };
  } finally {
    db.close();
  }
}

/** Coordinator 1's submitted self-review in `cycleId` (for the results page benchmark). */
export function coordinatorAssessment(dbFile: string, cycleId: number): { email: string; assessmentId: number } {
  const db = new Database(dbFile, { readonly: true });
  try {
    const row = db
      .prepare(
        `SELECT u.email, a.id AS assessmentId FROM users u JOIN memberships m ON m.user_id = u.id
         JOIN assessments a ON a.partnership_id = m.partnership_id AND a.cycle_id = ? AND a.status = 'submitted'
         WHERE u.email LIKE 'coordinator%@bench.test' ORDER BY u.id LIMIT 1`,
      )
      .get(cycleId) as { email: string; assessmentId: number } | undefined;
    if (!row)
      throw new Error(
        "no submitted self-review for a bench coordinator: re-create bench-data/large.db (npm run seed:large)",
      );
    return row;
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

/**
 * `connections` clients requesting `path` `perConnection` times each (signed in as `email`, or
 * anonymous when it is null), after a warm-up that lets
 * every worker process compile the route (as a server that has been up a while). Back to back by
 * default (capacity, as autocannon measures); with `intervalMs`, each client asks once per
 * interval, out of step with the others (people reading a page before the next click).
 */
export async function benchPage(
  base: string,
  path: string,
  email: string | null,
  connections = 20,
  perConnection = 30,
  intervalMs?: number,
): Promise<Stats> {
  const cookie = email ? await signIn(base, email, LARGE_PASSWORD) : "";
  const client = loadClient(connections);
  const latencies: number[] = [];
  let errors = 0;
  const run = (each: number, record: boolean, pace?: number) =>
    Promise.all(
      Array.from({ length: connections }, async (_, c) => {
        const start = performance.now() + (pace ? (c * pace) / connections : 0);
        for (let i = 0; i < each; i++) {
          if (pace) {
            const wait = start + i * pace - performance.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
          }
          try {
            const r = await client.get(base + path, cookie);
            if (!record) continue;
            if (r.status !== 200) errors++;
            else latencies.push(r.ms);
          } catch {
            if (record) errors++;
          }
        }
      }),
    );
  await run(5, false);
  const t0 = performance.now();
  await run(perConnection, true, intervalMs);
  const seconds = (performance.now() - t0) / 1000;
  client.close();
  return stats(latencies, errors, seconds);
}

/**
 * The overview as the first request after a data change sees it (its cache per data generation
 * just invalidated, so the SQL aggregates run inside the request): one request at a time, the
 * "national" generation bumped in the database before each, as a submission would. Median, in ms.
 */
export async function timeOverviewAfterChange(
  base: string,
  path: string,
  email: string,
  dbFile: string,
  runs = 10,
): Promise<number> {
  const cookie = await signIn(base, email, LARGE_PASSWORD);
  const client = loadClient(1);
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 5000");
  const bump = db.prepare(
    "INSERT INTO data_generations (name, generation) VALUES ('national', 1) ON CONFLICT(name) DO UPDATE SET generation = generation + 1",
  );
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      bump.run();
      const r = await client.get(base + path, cookie);
      if (r.status !== 200) throw new Error(`${path} answered ${r.status}`);
      times.push(r.ms);
    }
  } finally {
    db.close();
    client.close();
  }
  return median(times)!;
}
