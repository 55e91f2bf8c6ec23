// The systemd files in deploy/ (docs/operating.md): valid for systemd where `systemd-analyze` is
// installed, and saying what the guide promises (a non-root user, restart on failure, production).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const FILES = ["toolkit.service", "toolkit-backup.service", "toolkit-backup.timer"].map((f) =>
  path.join(process.cwd(), "deploy", f),
);
const analyze = spawnSync("systemd-analyze", ["--version"], { encoding: "utf8" });

test("systemd-analyze verify finds nothing to say about the unit files", { skip: analyze.status !== 0 }, () => {
  const run = spawnSync("systemd-analyze", ["verify", ...FILES], { encoding: "utf8" });
  // A program the units call but this test machine lacks (rsync, say) is a fact about this
  // machine, not the unit file: the guide installs it on the server. Anything else is a finding.
  const missingHere = /^\S+: Command (\/\S+) is not executable: No such file or directory$/;
  const findings = run.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !(missingHere.test(line) && !existsSync(line.match(missingHere)![1]!)));
  assert.deepEqual(findings, []);
  if (findings.length === 0 && run.status !== 0) {
    const saidWhy = run.stderr.split("\n").some((line) => missingHere.test(line.trim()));
    assert.ok(saidWhy, `verify failed without saying why: ${run.stderr}`);
  }
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
