// Sign-in throttling, password rules and the session cookie. Every throttling test signs in from
// an X-Forwarded-For address of its own, with accounts of its own, so that no other spec's demo
// accounts or address are slowed or locked. The server runs with SIGN_IN_DELAY_MS shortened
// (playwright.config.ts); the counts and the lock's length are the real ones. The failures that
// lead up to a lock are posted to next-auth's endpoint as the form posts them (what the form shows
// for a wrong password is foundation.spec.ts's); the attempt that locks, and what follows, go
// through the form.
import { randomBytes, randomUUID } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import {
  test,
  expect,
  signIn,
  expectNoAxeViolations,
  queryOne,
  db,
  personFor,
  hydrated,
  server,
  postCredentials,
  demoPasswordHash,
  DEMO_PARTNERSHIP,
  DEMO_PASSWORD,
} from "./fixtures";

const LOCKED = "Too many failed attempts. Try again in 15 minutes.";
const WRONG = "Enter a correct email address and password";

/** An address of the test's own (IPv6 documentation range), so that its per-address counter is fresh. */
function testAddress(): string {
  return `2001:db8::${randomBytes(4)
    .toString("hex")
    .replace(/(....)(....)/, "$1:$2")}`;
}

async function pageFrom(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
  return context.newPage();
}

/** The sign-in page, ready to use, in a browser of its own at `address`. */
async function signInPageFrom(browser: Browser, address: string): Promise<Page> {
  const page = await pageFrom(browser, address);
  await page.goto("/sign-in");
  await hydrated(page);
  return page;
}

const attemptsFrom = (address: string) =>
  queryOne<{ n: number }>("SELECT count(*) n FROM audit_log WHERE action = 'sign-in' AND ip = ?", address)!.n;

/** Submits the sign-in form once and waits until the server has recorded the attempt. */
async function attempt(page: Page, address: string, email: string, password: string) {
  const before = attemptsFrom(address);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => attemptsFrom(address), { timeout: 20_000, intervals: [100, 200] }).toBeGreaterThan(before);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
}

/** A request context at `address`, to post sign-ins as the form does, without a page. */
async function apiFrom(address: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: server().baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
}

/** Fails one sign-in through next-auth's credentials endpoint and waits until the server has recorded it. */
async function failFrom(api: APIRequestContext, address: string, email: string, password: string) {
  const before = attemptsFrom(address);
  await postCredentials(api, email, password);
  await expect.poll(() => attemptsFrom(address), { timeout: 20_000, intervals: [100, 200] }).toBeGreaterThan(before);
  expect((await api.storageState()).cookies.some((c) => c.name.includes("session-token"))).toBe(false);
}

/** Accounts of the test's own, in no partnership, with the fixtures' cheap password hash. */
async function bareAccounts(n: number): Promise<string[]> {
  const hash = await demoPasswordHash();
  const run = randomUUID().slice(0, 8);
  const conn = db();
  try {
    const insert = conn.prepare("INSERT INTO users (email, name, password_hash) VALUES (?, ?, ?)");
    return Array.from({ length: n }, (_, i) => {
      const email = `bare${i + 1}.${run}@example.org`;
      insert.run(email, `Bare account ${i + 1}`, hash);
      return email;
    });
  } finally {
    conn.close();
  }
}

function auditFor(email: string): Record<string, unknown>[] {
  const conn = db();
  try {
    return conn
      .prepare("SELECT outcome, detail FROM audit_log WHERE action = 'sign-in' AND actor_email = ? ORDER BY id")
      .all(email)
      .map((r) => {
        const row = r as { outcome: string; detail: string | null };
        return { outcome: row.outcome, ...(row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : {}) };
      });
  } finally {
    conn.close();
  }
}

test("ten wrong passwords lock the account for 15 minutes; the right one is then refused too", async ({ browser }) => {
  const address = testAddress();
  const { email } = await personFor(DEMO_PARTNERSHIP, "member");
  const api = await apiFrom(address);
  for (let i = 1; i <= 9; i++) await failFrom(api, address, email, `wrong-password-${i}`);
  await api.dispose();
  const page = await signInPageFrom(browser, address);
  const summary = page.locator(".govuk-error-summary");
  await attempt(page, address, email, "wrong-password-10");
  await expect(summary).toContainText(LOCKED);
  await expect(summary).not.toContainText(WRONG);
  await expectNoAxeViolations(page);

  // Locked: the right password is refused with the same words, and no session starts.
  await page.reload();
  await hydrated(page);
  await attempt(page, address, email, DEMO_PASSWORD);
  await expect(summary).toContainText(LOCKED);
  expect((await page.context().cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ?",
      email,
    )!.n,
  ).toBe(0);

  const audit = auditFor(email);
  expect(audit.slice(0, 5).every((a) => a.outcome === "failure" && a.reason === "wrong-password" && !a.throttled)).toBe(
    true,
  );
  // From the sixth attempt on, answers were slowed.
  expect(
    audit.slice(5, 10).every((a) => a.outcome === "failure" && a.reason === "wrong-password" && a.throttled === true),
  ).toBe(true);
  expect(audit[10]).toMatchObject({ outcome: "failure", reason: "locked", scopes: ["account"], minutes: 15 });
  expect(audit[11]).toMatchObject({ outcome: "denied", reason: "locked", scopes: ["account"] });
  expect(audit).toHaveLength(12);

  // The lock is per account: the same person from elsewhere is refused too, another account is not.
  const otherAddress = testAddress();
  const elsewhere = await signInPageFrom(browser, otherAddress);
  await attempt(elsewhere, otherAddress, email, DEMO_PASSWORD);
  await expect(elsewhere.locator(".govuk-error-summary")).toContainText(LOCKED);
  await page.context().close();
  await elsewhere.context().close();
});

test("an email with no account locks the same way, so the message does not reveal which have accounts", async ({
  browser,
}) => {
  const address = testAddress();
  const email = `no.such.person.${randomUUID().slice(0, 8)}@example.org`;
  const api = await apiFrom(address);
  for (let i = 1; i <= 9; i++) await failFrom(api, address, email, `guess-number-${i}`);
  await api.dispose();
  const page = await signInPageFrom(browser, address);
  await attempt(page, address, email, "guess-number-10");
  await expect(page.locator(".govuk-error-summary")).toContainText(LOCKED);
  expect(auditFor(email).filter((a) => a.reason === "unknown-account")).toHaveLength(10);
  await page.context().close();
});

test("twenty failures from one address lock it, whatever emails were tried", async ({ browser }) => {
  const address = testAddress();
  const { email } = await personFor(DEMO_PARTNERSHIP, "member");
  // Nineteen failures, each on a different email (existing accounts and unknown addresses alike),
  // so that no account's own limit is reached: only the address's.
  const run = randomUUID().slice(0, 6);
  const emails = [...(await bareAccounts(15)), ...[1, 2, 3, 4].map((i) => `visitor${i}.${run}@example.org`)];
  const api = await apiFrom(address);
  for (const tried of emails) await failFrom(api, address, tried, "not-a-real-password");
  await api.dispose();
  const page = await signInPageFrom(browser, address);
  const summary = page.locator(".govuk-error-summary");
  await attempt(page, address, `visitor20.${run}@example.org`, "not-a-real-password");
  await expect(summary).toContainText(LOCKED);
  await expectNoAxeViolations(page);

  // A real account with its right password is refused from this address...
  await attempt(page, address, email, DEMO_PASSWORD);
  await expect(summary).toContainText(LOCKED);
  expect(auditFor(email)).toEqual([
    expect.objectContaining({ outcome: "denied", reason: "locked", scopes: ["address"] }),
  ]);
  await page.context().close();

  // ...and signs in from another.
  const other = await pageFrom(browser, testAddress());
  await signIn(other, email);
  await other.context().close();
});

test("a correct sign-in clears the account's failures", async ({ browser }) => {
  const address = testAddress();
  const { email } = await personFor(DEMO_PARTNERSHIP, "member");
  const api = await apiFrom(address);
  for (let i = 1; i <= 4; i++) await failFrom(api, address, email, `wrong-password-${i}`);
  await api.dispose();
  const page = await pageFrom(browser, address);
  expect(
    queryOne<{ failures: number }>("SELECT failures FROM sign_in_throttle WHERE key = ?", `account:${email}`)!.failures,
  ).toBe(4);
  await signIn(page, email);
  expect(queryOne("SELECT failures FROM sign_in_throttle WHERE key = ?", `account:${email}`)).toBeUndefined();
  await page.context().close();
});
