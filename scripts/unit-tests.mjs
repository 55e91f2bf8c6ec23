#!/usr/bin/env node
// Runs every *.test.ts under lib/ and db/ with node's test runner (through tsx). Node 20's
// runner does not expand globs itself, so the files are listed here. The react-server condition
// lets tests import the server-only data layer. Two files at a time: this machine has two cores.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const files = [];
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".test.ts")) files.push(path.relative(root, full));
  }
}
for (const dir of ["lib", "db"]) walk(path.join(root, dir));
if (!files.length) {
  console.error("No unit tests found.");
  process.exit(1);
}
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const run = spawnSync(
  process.execPath,
  [tsx, "--conditions=react-server", "--test", "--test-concurrency=2", ...files.sort()],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(run.status ?? 1);
