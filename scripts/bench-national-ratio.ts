// Issue 20: the national overview against the cheapest page, in the same run. The sign-in page
// (no session, no database) is what any request costs on this machine at that moment; the
// overview's p95 under 20 back-to-back connections should be within 1.25× of it.
// On a shared machine the cost of a request drifts by 2× within a minute (other work), so the two
// pages are measured in alternating rounds — sign-in, overview, sign-in, overview, … — each round
// 20 connections back to back, and each page's p95 is taken over all its rounds: both see the same
// machine, rather than one a busy minute and the other a quiet one.
import { performance } from "node:perf_hooks";
import { LARGE_PASSWORD } from "./seed-large";
import { loadClient, signIn, stats, type Stats } from "./bench-server";
import { latestClosedCycle } from "./bench-national";

export const NATIONAL_RATIO_TARGET = 1.25;

export async function benchNationalVsSignIn(
  base: string,
  dbFile: string,
  { connections = 20, rounds = 4, perRound = 8 } = {},
): Promise<{ signIn: Stats; national: Stats; ratio: number; label: string }> {
  const cycle = latestClosedCycle(dbFile);
  const cookie = await signIn(base, "commissioner@bench.test", LARGE_PASSWORD);
  const client = loadClient(connections);
  const pages = {
    signIn: { url: `${base}/sign-in`, cookie: "", ms: [] as number[], errors: 0, seconds: 0 },
    national: { url: `${base}/national?cycle=${cycle.id}`, cookie, ms: [] as number[], errors: 0, seconds: 0 },
  };
  const round = async (p: (typeof pages)["signIn"], each: number, record: boolean) => {
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: connections }, async () => {
        for (let i = 0; i < each; i++) {
          try {
            const r = await client.get(p.url, p.cookie);
            if (!record) continue;
            if (r.status !== 200) p.errors++;
            else p.ms.push(r.ms);
          } catch {
            if (record) p.errors++;
          }
        }
      }),
    );
    if (record) p.seconds += (performance.now() - t0) / 1000;
  };
  try {
    // Warm-up: every worker process compiles both routes, as on a server that has been up a while.
    await round(pages.signIn, 5, false);
    await round(pages.national, 5, false);
    for (let r = 0; r < rounds; r++) {
      await round(pages.signIn, perRound, true);
      await round(pages.national, perRound, true);
    }
  } finally {
    client.close();
  }
  const s = stats(pages.signIn.ms, pages.signIn.errors, pages.signIn.seconds);
  const n = stats(pages.national.ms, pages.national.errors, pages.national.seconds);
  return { signIn: s, national: n, ratio: n.p95 / s.p95, label: cycle.label };
}
