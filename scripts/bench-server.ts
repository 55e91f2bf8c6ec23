// Helpers for the HTTP benchmarks: a production server on a copy of the large dataset, signed-in
// sessions, calling a server action the way the browser does, and latency statistics.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

export type Stats = { n: number; errors: number; p50: number; p95: number; rps: number; seconds: number };

export function stats(latencies: number[], errors: number, seconds: number): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);
  return { n: latencies.length, errors, p50: at(0.5), p95: at(0.95), rps: latencies.length / seconds, seconds };
}

export const fmt = (s: Stats) =>
  `${s.n} requests, p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ${s.rps.toFixed(0)} req/s, ${s.errors} errors`;

export async function withServer<T>(databaseFile: string, port: number, fn: (base: string, dbCopy: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "toolkit-bench-"));
  const copy = path.join(dir, "bench.db");
  copyFileSync(databaseFile, copy); // writes during the benchmark never touch the seeded file
  const base = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_PATH: copy, DEMO: "0", NEXTAUTH_URL: base, NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error("the server did not start within 60 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    return await fn(base, copy);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  }
}

function cookiesFrom(res: Response, jar: Map<string, string>) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials endpoint, as the sign-in page does; returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  cookiesFrom(csrfRes, jar);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), Origin: base },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  cookiesFrom(res, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return cookieHeader(jar);
}

/** The id Next gave a server action in this build (from the build's server reference manifest). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName} in ${filename}: run \`npm run build\` first`);
  return entry[0];
}

/** Calls a server action over HTTP exactly as the browser does; returns the RSC text and the time taken. */
export async function callServerAction(base: string, pagePath: string, actionId: string, cookie: string, args: unknown[]): Promise<{ status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(base + pagePath, {
    method: "POST",
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Cookie: cookie, Origin: base },
    body: JSON.stringify(args),
  });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t0 };
}
