// Running it for real (issue 17): a fresh database, NODE_ENV=production and so no demo data, on a
// server of its own started as an operator does (`npm start`, scripts/start.mjs; the build is
// shared). The server log and the sign-in page say what to run; the operator runs create-admin,
// follows the link it prints, sets a password and signs in as the administrator.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test, expect, expectNoAxeViolations, hydrated } from "./fixtures";

// A port of its own, after the four e2e servers and the SMTP capture (playwright.config.ts): E2E_PORT+5.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const BASE = `http://localhost:${PORT}`;
const PASSWORD = "lantern quietly orchard bicycle";

let dir = "";
let server: ChildProcess | undefined;
let log = "";

const env = () =>
  ({
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    NODE_ENV: "production",
    DATABASE_PATH: path.join(dir, "toolkit.db"),
    PORT: String(PORT),
    WEB_CONCURRENCY: "1",
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "first-admin-e2e-secret-not-for-production-0123",
  }) as unknown as NodeJS.ProcessEnv;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "toolkit-first-admin-"));
  // Its own process group, so that stopping it also stops its worker.
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    env: env(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 90_000;
  while (!["[toolkit] ready:", "[toolkit] database ready", "[toolkit] audit retention"].every((l) => log.includes(l))) {
    if (server.exitCode !== null) throw new Error(`the server stopped:\n${log}`);
    if (Date.now() > deadline) throw new Error(`the server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    process.kill(-server.pid, "SIGTERM");
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("a fresh production install: create the first administrator from the command line, set the password, sign in", async ({
  page,
}) => {
  // No demo data, and the log says exactly what to run.
  expect(log).toContain("(demo data: off)");
  // The primary process ran the audit retention job once the database was migrated.
  expect(log).toMatch(/\[toolkit\] audit retention: 0 entries older than \S+ removed \(AUDIT_RETENTION_YEARS=6\)/);
  const command = `DATABASE_PATH=${path.join(dir, "toolkit.db")} npm run create-admin -- --email you@example.org --name "Your Name"`;
  expect(log).toContain(`[toolkit] there is no administrator yet, so nobody can sign in.`);
  expect(log).toContain(`run: ${command}`);

  await page.goto(`${BASE}/sign-in`);
  const warning = page.getByTestId("no-administrator");
  await expect(warning).toContainText("There is no administrator yet, so nobody can sign in.");
  await expect(warning.locator("code").last()).toHaveText(
    'npm run create-admin -- --email you@example.org --name "Your Name"',
  );
  await expectNoAxeViolations(page);

  // The operator runs it, as the page says (through npm, as written).
  const run = spawnSync(
    "npm",
    ["run", "-s", "create-admin", "--", "--email", "lead@example.org", "--name", "Alex Morgan"],
    { env: env(), encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(0);
  const link = /^ {2}(http:\/\/localhost:\d+\/reset-password\/[A-Za-z0-9_-]{43})$/m.exec(run.stdout)?.[1];
  expect(link, run.stdout).toBeTruthy();
  expect(link!.startsWith(`${BASE}/`)).toBe(true);

  // The page no longer says there is no administrator.
  await page.goto(`${BASE}/sign-in`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByTestId("no-administrator")).toHaveCount(0);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set a new password");
  await hydrated(page);
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm the new password").fill(PASSWORD);
  await page.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();

  // Signing in again through the form, as the administrator: the Users page is theirs.
  await page.context().clearCookies();
  await page.goto(`${BASE}/sign-in`);
  await hydrated(page);
  await page.getByLabel("Email address").fill("lead@example.org");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await page.goto(`${BASE}/admin/users`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("lead@example.org");
  await expect(page.getByRole("main")).toContainText("Alex Morgan");
});
