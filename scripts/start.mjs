#!/usr/bin/env node
// `npm start`: build once if there is no production build yet, then serve with `next start` in
// WEB_CONCURRENCY worker processes sharing one port (node:cluster). One Node process renders one
// page at a time; a second process uses the second core (docs/decisions/0007-server-processes.md).
// Demo mode (seed an empty database with demo data) is on by default, and off when the operator
// sets NODE_ENV=production — unless DEMO=1. Decided here because `next start` itself always
// runs with NODE_ENV=production.
import cluster from "node:cluster";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseConfig } from "../lib/config-schema.mjs";
import { scheduleAuditRetention } from "../lib/ops/audit-retention.mjs";
import { defaultFrom, startMailWorker } from "../lib/mail/worker.mjs";

// Every setting is checked first, before building, forking a worker or opening a port: a bad one
// stops the start with a line naming it, what it must be and what it was given (never a secret).
const checked = parseConfig(process.env);
if (!checked.ok) {
  for (const line of checked.errors) console.error(`[toolkit] configuration error: ${line}`);
  console.error("[toolkit] not started: correct the setting(s) above (see the README's Configuration table).");
  process.exit(1);
}
const settings = checked.config;

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = String(settings.PORT);
const demo = settings.DEMO ?? (settings.NODE_ENV === "production" ? "0" : "1");
const workers = settings.WEB_CONCURRENCY ?? Math.min(availableParallelism(), 4);
const log = (message) => console.log(`[toolkit] ${message}`);

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  log("no production build yet: running `next build` (about a minute)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (settings.NODE_ENV === "production" && !settings.NEXTAUTH_URL?.startsWith("https://")) {
  // Session cookies are marked Secure (and __Secure-) only when the public address is https.
  log(
    "warning: NEXTAUTH_URL is not an https:// address, so session cookies are not marked Secure. Set it to the public https address.",
  );
}
const base = `http://127.0.0.1:${port}`;
const env = {
  ...process.env,
  DEMO: demo,
  NEXTAUTH_URL: settings.NEXTAUTH_URL || `http://localhost:${port}`,
  // A larger young generation: server rendering allocates many short-lived objects, and fewer
  // scavenges measurably raise throughput (docs/benchmarks.md). An operator's NODE_OPTIONS wins.
  NODE_OPTIONS: process.env.NODE_OPTIONS ?? "--max-semi-space-size=32",
};
cluster.setupPrimary({
  exec: path.join(root, "scripts", "worker.mjs"),
  // Idle keep-alive connections are kept longer than a reverse proxy's (or a client's) idle
  // timeout, commonly 60 s: with Node's 5 s default, a client reusing a connection just as the
  // server closes it gets "socket hang up" for a request the server never saw.
  args: ["start", "-p", port, "--keepAliveTimeout", "65000"],
  cwd: root,
  silent: false,
});

let stopping = false;
// Said once every worker accepts connections, so that scripts (the durability test, benchmarks)
// can wait for all of them rather than only the first.
const listening = new Set();
cluster.on("listening", (worker) => {
  listening.add(worker.id);
  if (listening.size === workers) log(`ready: ${workers} worker process${workers === 1 ? "" : "es"} listening`);
});
cluster.on("exit", (worker) => listening.delete(worker.id));
function fork() {
  const worker = cluster.fork(env);
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    log(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    setTimeout(fork, 1000);
  });
  return worker;
}

/** Resolves once the server answers its health check (start-up work done) or rejects after `ms`. */
async function healthy(ms) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`the server did not become healthy within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

log(
  `starting on http://localhost:${port} with ${workers} worker process${workers === 1 ? "" : "es"} (demo data: ${demo === "1" ? "on" : "off"})`,
);
// The first worker applies migrations (and seeds demo data) alone; the others start once it is
// healthy, so that two processes never migrate the same database at once.
fork();
healthy(120_000).then(
  () => {
    for (let i = 1; i < workers; i++) fork();
    // Migrations are applied now: the primary process removes expired audit entries, today and
    // once a day after (lib/ops/audit-retention.mjs).
    const databaseFile = path.resolve(root, settings.DATABASE_PATH ?? path.join("data", "toolkit.db"));
    scheduleAuditRetention(databaseFile, settings.AUDIT_RETENTION_YEARS, log);
    // The one process that sends email and queues the deadline reminders (lib/mail/worker.mjs):
    // the workers only queue messages, in the same transaction as the change that causes them.
    try {
      startMailWorker({
        file: databaseFile,
        smtpUrl: settings.SMTP_URL,
        from: defaultFrom(settings.MAIL_FROM, env.NEXTAUTH_URL),
        base: env.NEXTAUTH_URL,
        log,
        reminderMs: settings.REMINDER_CHECK_SECONDS * 1000,
      });
    } catch (error) {
      log(`mail: the worker did not start, so nothing is sent: ${error instanceof Error ? error.message : error}`);
    }
  },
  (error) => {
    console.error(`[toolkit] ${error.message}`);
    shutdown("SIGTERM", 1);
  },
);

function shutdown(signal, code = 0) {
  stopping = true;
  const alive = Object.values(cluster.workers ?? {}).filter(Boolean);
  if (!alive.length) process.exit(code);
  let left = alive.length;
  for (const w of alive) {
    w.once("exit", () => --left === 0 && process.exit(code));
    w.process.kill(signal);
  }
  setTimeout(() => process.exit(code), 10_000).unref();
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => shutdown(signal));
