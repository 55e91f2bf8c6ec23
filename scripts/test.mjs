#!/usr/bin/env node
// `npm test`: every check, cheapest and most independent first, so that a failure shows early.
//   1. a browser for the e2e tests (installed where possible, else stop at once with the command)
//   2. at the same time: formatting, lint, type-check, unit tests
//   3. the production build (the type-check above is the only one: next.config.mjs skips Next's)
//   4. the crash test (two rounds of `npm run durability`)
//   5. the Playwright tests (four servers, see playwright.config.ts)
// Prints how long each step took, so that a slow step is seen where it happens.
import { spawn } from "node:child_process";
import { ensureChromium } from "./ensure-chromium.mjs";

const timings = [];
const started = Date.now();

function run(name, command, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(command, args, { stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("close", (code) => {
      const seconds = (Date.now() - t0) / 1000;
      timings.push({ name, seconds, ok: code === 0 });
      if (quiet) {
        if (code !== 0) process.stdout.write(`\n---- ${name} failed ----\n${output}\n`);
        else process.stdout.write(`[test] ${name}: ok (${seconds.toFixed(1)} s)\n`);
      }
      resolve(code === 0);
    });
  });
}

function report(ok) {
  const total = (Date.now() - started) / 1000;
  console.log("\n[test] step                 time");
  for (const t of timings)
    console.log(`[test] ${(t.ok ? "" : "FAILED ") + t.name}`.padEnd(28) + `${t.seconds.toFixed(1)} s`);
  console.log(`[test] total`.padEnd(28) + `${total.toFixed(1)} s`);
  process.exit(ok ? 0 : 1);
}

const browser = ensureChromium();
if (!browser.ok) {
  console.error(browser.message);
  process.exit(1);
}
console.log(`[test] ${browser.message}`);

const npx = (bin, ...args) => ["node", [`node_modules/.bin/${bin}`, ...args]];
const checks = await Promise.all([
  run("format (prettier)", ...npx("prettier", "--check", "--log-level", "warn", "."), { quiet: true }),
  run("lint (eslint)", ...npx("eslint", "--max-warnings", "0", "."), { quiet: true }),
  run("type-check (tsc)", ...npx("tsc", "--noEmit"), { quiet: true }),
  run("unit tests", "node", ["scripts/unit-tests.mjs"], { quiet: true }),
]);
if (checks.includes(false)) report(false);

for (const [name, command, args] of [
  ["build (next build)", ...npx("next", "build")],
  ["crash test (2 rounds)", ...npx("tsx", "scripts/durability.ts", "--rounds", "2")],
  ["browser tests (playwright)", ...npx("playwright", "test")],
]) {
  if (!(await run(name, command, args))) report(false);
}
report(true);
