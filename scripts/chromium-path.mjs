// Which Chromium the browser tests use. One place, read by playwright.config.ts and by
// scripts/ensure-chromium.mjs, so that the check before the tests and the tests agree.
//
// CHROMIUM_PATH overrides; CHROMIUM_PATH="" (empty) means Playwright's own browser. Otherwise
// Debian's headless shell (lighter: no GPU process, no extensions, about half the CPU per page
// here) is preferred, then Debian's full Chromium.
import { existsSync } from "node:fs";

export const CANDIDATES = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];
export const DEBIAN_PACKAGE = "chromium-headless-shell";

/** @returns {{ path: string | undefined, source: "env" | "playwright" | "debian" | "missing" }} */
export function chromiumPath(env = process.env) {
  if (env.CHROMIUM_PATH !== undefined) {
    return env.CHROMIUM_PATH === ""
      ? { path: undefined, source: "playwright" }
      : { path: env.CHROMIUM_PATH, source: "env" };
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  return found ? { path: found, source: "debian" } : { path: undefined, source: "missing" };
}
