// The systemd files in deploy/ (docs/operating.md): valid for systemd where `systemd-analyze` is
// installed, and saying what the guide promises (a non-root user, restart on failure, production).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const FILES = ["toolkit.service", "toolkit-backup.service", "toolkit-backup.timer"].map((f) =>
  path.join(process.cwd(), "deploy", f),
);
const analyze = spawnSync("systemd-analyze", ["--version"], { encoding: "utf8" });

test("systemd-analyze verify finds nothing to say about the unit files", { skip: analyze.status !== 0 }, () => {
  const run = spawnSync("systemd-analyze", ["verify", ...FILES], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr.trim(), "");
});

test("the app's unit: a user of its own, restart on failure, production settings, npm start", () => {
  const unit = readFileSync(FILES[0]!, "utf8");
  const keys = (name: string) => [...unit.matchAll(new RegExp(`^${name}=(.*)$`, "gm"))].map((m) => m[1]);
  assert.deepEqual(keys("User"), ["toolkit"]);
  assert.deepEqual(keys("Restart"), ["on-failure"]);
  assert.deepEqual(keys("ExecStart"), ["/usr/bin/node scripts/start.mjs"]);
  assert.ok(keys("Environment").includes("NODE_ENV=production"));
  assert.deepEqual(keys("EnvironmentFile"), ["/etc/toolkit/toolkit.env"]);
});
