// A page against the cheapest page, in the same run (issues 19 and 20). The sign-in page (no
// session, no database) is what any request costs on this machine at that moment; a page's p95
// under 20 back-to-back connections should be within 1.25× of it.
// On a shared machine the cost of a request drifts by 2× within a minute (other work), so the two
// pages are measured in alternating rounds — sign-in, page, sign-in, page, … — each round 20
// connections back to back, and each page's p95 is taken over all its rounds: both see the same
// machine, rather than one a busy minute and the other a quiet one.
import { performance } from "node:perf_hooks";
import { loadClient, stats, type Stats } from "./bench-server";

export const RATIO_TARGET = 1.25;

export async function benchAgainstSignIn(
  base: string,
  page: { path: string; cookie: string },
  { connections = 20, rounds = 4, perRound = 8 } = {},
): Promise<{ signIn: Stats; page: Stats; ratio: number; bytes: number }> {
  const client = loadClient(connections);
  const pages = {
    signIn: { url: `${base}/sign-in`, cookie: "", ms: [] as number[], errors: 0, seconds: 0 },
    page: { url: base + page.path, cookie: page.cookie, ms: [] as number[], errors: 0, seconds: 0 },
  };
  let bytes = 0;
  const round = async (p: (typeof pages)["signIn"], each: number, record: boolean) => {
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: connections }, async () => {
        for (let i = 0; i < each; i++) {
          try {
            const r = await client.get(p.url, p.cookie);
            if (p === pages.page) bytes = r.bytes;
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
    // Warm-up, as on a server that has been up a while: every worker process has compiled both
    // routes and V8 has optimised their code (400 requests each, about 200 per worker). With only
    // 100, a page measured after another section compared its barely optimised code with a
    // sign-in page already served a thousand times (docs/benchmarks.md, 2026-12-03 15:00).
    await round(pages.signIn, 20, false);
    await round(pages.page, 20, false);
    for (let r = 0; r < rounds; r++) {
      await round(pages.signIn, perRound, true);
      await round(pages.page, perRound, true);
    }
  } finally {
    client.close();
  }
  const s = stats(pages.signIn.ms, pages.signIn.errors, pages.signIn.seconds);
  const p = stats(pages.page.ms, pages.page.errors, pages.page.seconds);
  return { signIn: s, page: p, ratio: p.p95 / s.p95, bytes };
}

/**
 * The same two pages one request at a time, alternating request by request (sign-in, page,
 * sign-in, …), and the ratio of their median times: what one request of each costs, without the
 * queueing of 20 connections. On this machine it moves by about ±0.03 between runs where the p95
 * ratio under load moves by ±0.25, so it shows whether a change made a page cheaper; the target
 * stays the p95 under load (docs/benchmarks.md, 2026-12-03, fifth session).
 */
export async function sequentialAgainstSignIn(
  base: string,
  page: { path: string; cookie: string },
  { requests = 600, warmUp = 100 } = {},
): Promise<{ signIn: Stats; page: Stats; ratio: number }> {
  const client = loadClient(1);
  const signIn = { ms: [] as number[], errors: 0, seconds: 0 };
  const other = { ms: [] as number[], errors: 0, seconds: 0 };
  const one = async (url: string, cookie: string, into: typeof signIn | null) => {
    try {
      const r = await client.get(url, cookie);
      if (!into) return;
      into.seconds += r.ms / 1000;
      if (r.status !== 200) into.errors++;
      else into.ms.push(r.ms);
    } catch {
      if (into) into.errors++;
    }
  };
  try {
    for (let i = 0; i < warmUp + requests; i++) {
      const record = i >= warmUp;
      await one(`${base}/sign-in`, "", record ? signIn : null);
      await one(base + page.path, page.cookie, record ? other : null);
    }
  } finally {
    client.close();
  }
  const s = stats(signIn.ms, signIn.errors, signIn.seconds);
  const p = stats(other.ms, other.errors, other.seconds);
  return { signIn: s, page: p, ratio: p.p50 / s.p50 };
}
