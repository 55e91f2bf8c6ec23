import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumPath } from "./scripts/chromium-path.mjs";
import { startSmtpCapture } from "./e2e/mail/capture";

// Four servers, each on a fresh temporary database of its own, so that the access matrix and the
// fuzz test (which check that whole tables are unchanged) run beside the other specs (which change
// data) instead of after them. Worker processes inherit these variables.
process.env.E2E_DIR ??= mkdtempSync(path.join(tmpdir(), "toolkit-e2e-"));
const firstPort = Number(process.env.E2E_PORT ?? 3100);

// A real SMTP server for the email tests (e2e/mail.spec.ts), started here, in the runner's own
// process, before any web server: this file is also loaded by every test worker, which inherits
// E2E_MAIL_DIR and so does not start another. It listens on the port after the four web servers'
// and writes what it receives into E2E_MAIL_DIR.
const smtpPort = firstPort + 4;
if (!process.env.E2E_MAIL_DIR) {
  process.env.E2E_MAIL_DIR = path.join(process.env.E2E_DIR, "mail");
  startSmtpCapture(smtpPort, process.env.E2E_MAIL_DIR);
}

type Server = {
  name: "shared" | "access-matrix" | "fuzz" | "mail";
  port: number;
  databasePath: string;
  processes: number;
  env?: Record<string, string>;
};
export type ServerMetadata = { baseURL: string; databasePath: string };

const servers: Server[] = [
  // The server as `npm start` runs it, two worker processes behind one port, so that the tests
  // also prove nothing depends on one process's memory.
  { name: "shared", port: firstPort, databasePath: path.join(process.env.E2E_DIR, "shared.db"), processes: 2 },
  {
    name: "access-matrix",
    port: firstPort + 1,
    databasePath: path.join(process.env.E2E_DIR, "matrix.db"),
    processes: 1,
  },
  { name: "fuzz", port: firstPort + 2, databasePath: path.join(process.env.E2E_DIR, "fuzz.db"), processes: 1 },
  // The one server that sends email, by SMTP to the test server above: with SMTP_URL set, links
  // go by email only, which the other servers' tests (the outbox default) must not depend on.
  {
    name: "mail",
    port: firstPort + 3,
    databasePath: path.join(process.env.E2E_DIR, "mail.db"),
    processes: 1,
    env: {
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Toolkit tests <toolkit@example.org>",
      REMINDER_CHECK_SECONDS: "2",
    },
  },
];
const metadata = (s: Server): ServerMetadata => ({
  baseURL: `http://localhost:${s.port}`,
  databasePath: s.databasePath,
});
const [shared, matrix, fuzz, mail] = servers as [Server, Server, Server, Server];

const browser = chromiumPath();

const webServer: PlaywrightTestConfig["webServer"] = servers.map((s) => ({
  command: `node scripts/start.mjs`,
  url: `http://localhost:${s.port}/api/health`,
  timeout: 120_000,
  reuseExistingServer: false,
  stdout: "pipe",
  env: {
    DATABASE_PATH: s.databasePath,
    DEMO: "1",
    NEXTAUTH_URL: `http://localhost:${s.port}`,
    NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-0123456789",
    // Sign-in throttling's first delay (default 1 s), shortened so that the tests that fail
    // twenty sign-ins need not wait minutes; the counts and the lock's length are unchanged.
    SIGN_IN_DELAY_MS: "50",
    // The tests stand in for a reverse proxy: each throttling test signs in from an
    // X-Forwarded-For address of its own, so that none slows another's sign-ins.
    TRUST_PROXY: "1",
    // The operator's details on the public pages come from settings: two given, two left unset
    // (the pages then say which are missing). e2e/privacy.spec.ts checks both.
    OPERATOR_NAME: "Example Anti-Slavery Partnership (test operator)",
    OPERATOR_EMAIL: "toolkit-privacy@example.org",
    PORT: String(s.port),
    WEB_CONCURRENCY: String(s.processes),
    ...s.env,
  },
}));

export default defineConfig({
  testDir: "./e2e",
  // A ceiling against hangs, not a pace: three servers, three browsers and the test workers share
  // two cores here.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // Four workers on two cores: many tests wait on the clock (autosave back-off, mail sending, sign-in
  // delays), and a fourth worker fills that time (the browser tests took 296 s rather than 337 s).
  workers: Number(process.env.E2E_WORKERS) || 4,
  retries: 0,
  reporter: [["list"]],
  use: {
    // A trace only when a test is retried (`npx playwright test --retries 1`): recording every
    // test costs time on every run.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: browser.path,
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
  projects: [
    // Cheap password hashes for the demo accounts in every database (see the file).
    { name: "setup", testMatch: /global\.setup\.ts/, metadata: { servers: servers.map(metadata) } },
    // Listed first so that the longest runs start first.
    {
      name: "fuzz",
      testMatch: /fuzz\.spec\.ts/,
      dependencies: ["setup"],
      use: { baseURL: metadata(fuzz).baseURL },
      metadata: metadata(fuzz),
    },
    {
      name: "access-matrix",
      testMatch: /access-matrix\.spec\.ts/,
      dependencies: ["setup"],
      use: { baseURL: metadata(matrix).baseURL },
      metadata: metadata(matrix),
    },
    {
      name: "mail",
      testMatch: /mail\.spec\.ts/,
      dependencies: ["setup"],
      use: { baseURL: metadata(mail).baseURL },
      metadata: metadata(mail),
    },
    {
      name: "shared",
      testIgnore: [/access-matrix\.spec\.ts/, /fuzz\.spec\.ts/, /mail\.spec\.ts/, /global\.setup\.ts/],
      dependencies: ["setup"],
      fullyParallel: true,
      use: { baseURL: metadata(shared).baseURL },
      metadata: metadata(shared),
    },
  ],
  webServer,
});
