#!/usr/bin/env node
// Makes sure the browser tests have a Chromium before `npm test` spends minutes on anything else.
// Where none is found: as root with apt-get, installs Debian's (as .ci/run does); otherwise stops
// at once with the one command to run.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { chromiumPath, DEBIAN_PACKAGE } from "./chromium-path.mjs";

const installCommand = `apt-get install -y ${DEBIAN_PACKAGE}`;

export function ensureChromium() {
  const found = chromiumPath();
  if (found.source === "env") {
    if (!existsSync(found.path)) {
      return { ok: false, message: `CHROMIUM_PATH is ${found.path}, which does not exist.` };
    }
    return { ok: true, message: `browser: ${found.path} (CHROMIUM_PATH)` };
  }
  if (found.source === "playwright") return { ok: true, message: "browser: Playwright's own (CHROMIUM_PATH is empty)" };
  if (found.source === "debian") return { ok: true, message: `browser: ${found.path}` };

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) {
    return {
      ok: false,
      message:
        `No Chromium for the browser tests. Install Debian's with:\n\n  sudo ${installCommand}\n\n` +
        `or set CHROMIUM_PATH to a Chromium binary (CHROMIUM_PATH= for Playwright's own browser).`,
    };
  }
  console.log(`[test] no Chromium found: installing Debian's ${DEBIAN_PACKAGE} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", DEBIAN_PACKAGE],
  ]) {
    const r = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (r.status !== 0) return { ok: false, message: `apt-get ${args.join(" ")} failed. Run: ${installCommand}` };
  }
  const after = chromiumPath();
  return after.path
    ? { ok: true, message: `browser: ${after.path} (just installed)` }
    : { ok: false, message: `Installed ${DEBIAN_PACKAGE} but found no binary. Set CHROMIUM_PATH.` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = ensureChromium();
  (r.ok ? console.log : console.error)(r.message);
  process.exit(r.ok ? 0 : 1);
}
