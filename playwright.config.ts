import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Every run gets a fresh temporary database; worker processes inherit these variables.
process.env.E2E_DATABASE_PATH ??= path.join(mkdtempSync(path.join(tmpdir(), "toolkit-e2e-")), "toolkit.db");
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_BASE_URL ??= `http://localhost:${port}`;

// Debian's Chromium by default (this machine cannot download Playwright's browsers);
// CHROMIUM_PATH overrides it, and CHROMIUM_PATH="" uses Playwright's own browser.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "./e2e",
  // Generous: the suite runs two browsers, two test workers and two server processes on two cores.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: executablePath || undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // The access matrix and the fuzz test check that whole tables are unchanged, so they run alone,
  // one after the other, once every other spec (which change data in parallel) has finished.
  projects: [
    { name: "shared", testIgnore: [/access-matrix\.spec\.ts/, /fuzz\.spec\.ts/] },
    { name: "access-matrix", testMatch: /access-matrix\.spec\.ts/, dependencies: ["shared"] },
    { name: "fuzz", testMatch: /fuzz\.spec\.ts/, dependencies: ["access-matrix"] },
  ],
  webServer: {
    // The server as `npm start` runs it: two worker processes behind one port, so that the tests
    // also prove nothing depends on one process's memory.
    command: `node scripts/start.mjs`,
    url: `${process.env.E2E_BASE_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      DEMO: "1",
      NEXTAUTH_URL: process.env.E2E_BASE_URL,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-0123456789",
      // Sign-in throttling's first delay (default 1 s), shortened so that the tests that fail
      // twenty sign-ins need not wait minutes; the counts and the lock's length are unchanged.
      SIGN_IN_DELAY_MS: "50",
      // The tests stand in for a reverse proxy: each throttling test signs in from an
      // X-Forwarded-For address of its own, so that none slows another's sign-ins.
      TRUST_PROXY: "1",
      PORT: String(port),
      WEB_CONCURRENCY: process.env.E2E_WEB_CONCURRENCY ?? "2",
    },
  },
});
