// Sessions (the idle-timeout warning, forced sign-out) and the administrators' audit log.
// The server's clock is real, so "time passing" on the server is set in the database (last-seen);
// the browser's clock is Playwright's, moved on with page.clock.fastForward.
import {
  test,
  expect,
  signIn,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  db,
  personFor,
  DEMO_PARTNERSHIP,
  DEMO_PASSWORD,
} from "./fixtures";

/** Makes the user's open session look idle for `minutes`, as the server sees it. */
function idleFor(userId: number, minutes: number) {
  const conn = db();
  try {
    const changed = conn
      .prepare("UPDATE user_sessions SET last_seen_at = ? WHERE user_id = ? AND ended_at IS NULL")
      .run(new Date(Date.now() - minutes * 60_000).toISOString(), userId).changes;
    expect(changed, "an open session to age").toBe(1);
  } finally {
    conn.close();
  }
}

function lastSession(userId: number) {
  return queryOne<{ last_seen_at: string; ended_at: string | null; end_reason: string | null }>(
    "SELECT last_seen_at, ended_at, end_reason FROM user_sessions WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1",
    userId,
  )!;
}

test("the idle warning comes before the limit, 'Stay signed in' keeps the session, and running out signs out with a message", async ({
  page,
}) => {
  const person = await personFor(DEMO_PARTNERSHIP, "member");
  const home = `/partnerships/${person.partnershipId}`;
  await page.clock.install();
  await signIn(page, person.email);
  await page.goto(home);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PARTNERSHIP);
  const dialog = page.getByRole("dialog", { name: "You will be signed out soon" });

  // 29 minutes idle on the server; the browser reaches its 28-minute check.
  idleFor(person.userId, 29);
  await page.clock.fastForward("27:00");
  await expect(dialog).toHaveCount(0);
  await page.clock.fastForward("01:05");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect(dialog).toBeFocused();
  await expect(dialog.getByTestId("timeout-countdown")).toContainText(
    /sign you out after 30 minutes without activity, in (1 minute|\d+ seconds)/,
  );
  await expect(dialog.locator("[aria-live=polite]")).toHaveCount(1);
  await expectNoAxeViolations(page);

  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  expect(Date.now() - Date.parse(lastSession(person.userId).last_seen_at)).toBeLessThan(15_000);
  await page.goto(home);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PARTNERSHIP);
  await expect(page.getByTestId("signed-in-as")).toBeVisible();

  // Another tab kept the session alive while this one was warning: it re-checks, and stays.
  idleFor(person.userId, 29.5);
  await page.clock.fastForward("28:05");
  await expect(dialog).toBeVisible();
  idleFor(person.userId, 0);
  await page.clock.fastForward("01:00");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  expect(lastSession(person.userId).ended_at).toBeNull();

  // Nobody comes back: at the limit the browser goes to sign in, and says why.
  idleFor(person.userId, 29.5);
  await page.clock.fastForward("28:05");
  await expect(dialog).toBeVisible();
  idleFor(person.userId, 31);
  await page.clock.fastForward("01:00");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpartnerships%2F\d+/);
  await expect(page.getByTestId("timed-out")).toContainText("You were signed out after 30 minutes without activity");
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  expect(lastSession(person.userId).end_reason).toBe("idle-timeout");
  await expectNoAxeViolations(page);

  // Signing in again goes back to the page.
  await page.getByLabel("Email address").fill(person.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${home}$`));
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
});

test("the sign-in page does not claim a timeout for a browser that was never signed in", async ({ page }) => {
  await page.goto("/sign-in?reason=idle&timedOut=1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.getByTestId("timed-out")).toHaveCount(0);
});

test("the session status answers without extending the session, and only for a signed-in browser", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/session")).status()).toBe(401);
  const person = await personFor(DEMO_PARTNERSHIP, "member");
  await signIn(page, person.email);
  idleFor(person.userId, 10);
  const before = lastSession(person.userId).last_seen_at;
  const res = await page.request.get("/api/session");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { signedIn: boolean; remainingMs: number; limit: string };
  expect(body.signedIn).toBe(true);
  expect(body.limit).toBe("idle");
  expect(body.remainingMs).toBeGreaterThan(19 * 60_000);
  expect(body.remainingMs).toBeLessThanOrEqual(20 * 60_000);
  expect(lastSession(person.userId).last_seen_at).toBe(before);
});

test("an administrator signs a user out everywhere; the user's next navigation lands on sign-in", async ({
  page,
  browser,
}) => {
  const person = await personFor(DEMO_PARTNERSHIP, "member");
  const context = await browser.newContext();
  const user = await context.newPage();
  await signIn(user, person.email);
  await expect(user.getByTestId("signed-in-as")).toBeVisible();

  await signInAs(page, "admin");
  await page.goto(`/admin/users/${person.userId}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign this user out everywhere" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The user has been signed out everywhere." })).toBeVisible();

  await user.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partnerships" }).click();
  await expect(user).toHaveURL(/\/sign-in\?callbackUrl=%2Fpartnerships/);
  await expect(user.getByTestId("signed-in-as")).toHaveCount(0);
  await expect(user.getByTestId("timed-out")).toHaveCount(0); // not a timeout: no such message
  await expectNoAxeViolations(user);
  expect(lastSession(person.userId).end_reason).toBe("session-version");
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'user.force-sign-out' AND target_id = ?",
      String(person.userId),
    )!.n,
  ).toBe(1);
  await context.close();
});

/** RFC 4180 rows (quoted cells with commas, quotes and line breaks). */
