#!/usr/bin/env node
// `npm start`: build once if there is no production build yet, then serve with `next start`.
// Demo mode (seed an empty database with demo data) is on by default, and off when the operator
// sets NODE_ENV=production — unless DEMO=1. Decided here because `next start` itself always
// runs with NODE_ENV=production.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = process.env.PORT || "3000";
const demo = process.env.DEMO ?? (process.env.NODE_ENV === "production" ? "0" : "1");

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.log("[toolkit] no production build yet: running `next build` (about a minute)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = {
  ...process.env,
  DEMO: demo,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};
console.log(`[toolkit] starting on http://localhost:${port} (demo data: ${demo === "1" ? "on" : "off"})`);
const child = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
