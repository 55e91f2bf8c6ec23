// Helpers for the HTTP benchmarks and the durability test: a production server, signed-in sessions,
// calling a server action the way the browser does, and latency statistics.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
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

export type Server = {
  base: string;
  /** Ends the server (its whole process group) and waits for it to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
  /** Ends it at once, without waiting: for exit handlers. */
  killNow: () => void;
};

/**
 * Starts the production server (a build must exist) on `databaseFile` and waits until
 * /api/health answers. The server runs in its own process group, so that stopping it also ends
 * anything it started; its stderr is kept and shown if it fails to start.
 */
export async function startServer(
  databaseFile: string,
  port: number,
  env: Record<string, string> = {},
): Promise<Server> {
  const base = `http://localhost:${port}`;
  // A server already on the port would answer the health check in place of ours.
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already in use: choose another`);
  // As `npm start` runs it: scripts/start.mjs and its WEB_CONCURRENCY worker processes.
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_PATH: databaseFile,
      DEMO: "0",
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  // scripts/start.mjs says "ready: N worker processes listening" once every worker accepts
  // connections; waiting for it means the load reaches all of them, not only the first.
  let allListening = false;
  let stdoutTail = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    stdoutTail = (stdoutTail + chunk.toString()).slice(-4000);
    if (/\[toolkit\] ready: \d+ worker process/.test(stdoutTail)) allListening = true;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const killNow = (signal: NodeJS.Signals = "SIGKILL") => {
    if (!running) return;
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  const server: Server = {
    base,
    killNow: () => killNow("SIGKILL"),
    stop: async (signal = "SIGTERM") => {
      killNow(signal);
      const timer = setTimeout(() => killNow("SIGKILL"), 10_000); // one that does not stop when asked
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (!running) throw new Error(`the server exited during start-up:\n${stderr}`);
      try {
        if (allListening && (await fetch(`${base}/api/health`)).ok) return server;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`the server did not start within 60 s:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } catch (e) {
    await server.stop("SIGKILL");
    throw e;
  }
}

export async function withServer<T>(
  databaseFile: string,
  port: number,
  fn: (base: string, dbCopy: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "toolkit-bench-"));
  const copy = path.join(dir, "bench.db");
  copyFileSync(databaseFile, copy); // writes during the benchmark never touch the seeded file
  try {
    const server = await startServer(copy, port);
    try {
      return await fn(server.base, copy);
    } finally {
      await server.stop();
    }
  } finally {
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
  if (![...jar.keys()].some((k) => k.includes("session-token")))
    throw new Error(`sign-in failed for ${email} (${res.status})`);
  return cookieHeader(jar);
}

/** The id Next gave a server action in this build (from the build's server reference manifest). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(
    ([, v]) => v.filename === filename && v.exportedName === exportedName,
  );
  if (!entry) throw new Error(`no server action ${exportedName} in ${filename}: run \`npm run build\` first`);
  return entry[0];
}

/** Calls a server action over HTTP exactly as the browser does; returns the RSC text and the time taken. */
export async function callServerAction(
  base: string,
  pagePath: string,
  actionId: string,
  cookie: string,
  args: unknown[],
): Promise<{ status: number; body: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(base + pagePath, {
    method: "POST",
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Cookie: cookie,
      Origin: base,
    },
    body: JSON.stringify(args),
  });
  const body = await res.text();
  return { status: res.status, body, ms: performance.now() - t0 };
}
/**
 * A GET the way load generators such as autocannon or wrk make it: keep-alive connections from a
 * pool of `connections`, no compression asked for, the body read and discarded. (fetch would ask
 * for gzip and spend the client's CPU, shared with the server on this machine, inflating it.)
 */
export function loadClient(connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return {
    get(url: string, cookie: string): Promise<{ status: number; bytes: number; ms: number }> {
      const t0 = performance.now();
      return new Promise((resolve, reject) => {
        const req = http.get(url, { agent, headers: { Cookie: cookie } }, (res) => {
          let bytes = 0;
          res.on("data", (chunk: Buffer) => (bytes += chunk.length));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }));
          res.on("error", reject);
        });
        req.on("error", reject);
      });
    },
    close: () => agent.destroy(),
  };
}
