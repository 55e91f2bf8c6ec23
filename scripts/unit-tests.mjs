#!/usr/bin/env node
// Runs every *.test.ts under lib/ and db/, and every *.test.ts(x) under components/, with node's
// test runner (through tsx). Node 20's runner does not expand globs itself, so the files are listed
// here. The react-server condition lets lib/ and db/ tests import the server-only data layer; the
// component tests render as the browser's React does (hooks and all), so they run without it.
// Two files at a time: this machine has two cores.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
function walk(dir, pattern, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, pattern, files);
    else if (pattern.test(entry.name)) files.push(path.relative(root, full));
  }
  return files;
}
const server = ["lib", "db"].flatMap((dir) => walk(path.join(root, dir), /\.test\.ts$/));
const components = walk(path.join(root, "components"), /\.test\.tsx?$/);
if (!server.length || !components.length) {
  console.error("No unit tests found.");
  process.exit(1);
}
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
function run(conditions, files) {
  const r = spawnSync(process.execPath, [tsx, ...conditions, "--test", "--test-concurrency=2", ...files.sort()], {
    cwd: root,
    stdio: "inherit",
  });
  return r.status ?? 1;
}
const serverStatus = run(["--conditions=react-server"], server);
const componentStatus = run([], components);
process.exit(serverStatus || componentStatus);
