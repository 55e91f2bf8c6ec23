// Sessions (the idle-timeout warning, forced sign-out) and the administrators' audit log.
// The server's clock is real, so "time passing" on the server is set in the database (last-seen);
// the browser's clock is Playwright's, moved on with page.clock.fastForward.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
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
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

test("an administrator filters the audit log and downloads the entries as CSV", async ({ page }) => {
  const stranger = `nobody.${randomUUID().slice(0, 8)}@example.org`;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(stranger);
  await page.getByLabel("Password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();

  await signInAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expectNoAxeViolations(page);

  await page.getByLabel("Action").fill("sign-in");
  await page.getByLabel("Outcome").selectOption("failure");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=sign-in&outcome=failure/);
  const table = page.getByTestId("audit-entries");
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const cells of await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  )) {
    expect(cells[1]).toBe("sign-in");
    expect(cells[2]).toBe("Failure");
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  }
  await expect(table).toContainText(stranger);
  await expectNoAxeViolations(page);

  // The download holds exactly the filtered entries, and is itself audited.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download every matching entry (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...data] = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(header).toEqual([
    "at_utc",
    "action",
    "outcome",
    "actor_email",
    "actor_user_id",
    "target_type",
    "target_id",
    "ip",
    "detail",
    "repeat_count",
    "last_at_utc",
  ]);
  const expected = queryOne<{ n: number }>(
    "SELECT count(*) n FROM audit_log WHERE action = 'sign-in' AND outcome = 'failure'",
  )!.n;
  expect(data.length).toBe(expected);
  for (const r of data) expect([r[1], r[2]]).toEqual(["sign-in", "failure"]);
  const mine = data.filter((r) => r[3] === stranger);
  expect(mine).toHaveLength(1);
  expect(JSON.parse(mine[0]![8]!)).toEqual({ reason: "unknown-account" });
  const exported = queryOne<{ detail: string }>(
    "SELECT detail FROM audit_log WHERE action = 'export.audit' AND actor_email = 'admin@demo.test' ORDER BY id DESC LIMIT 1",
  )!;
  expect(JSON.parse(exported.detail)).toEqual({ filters: { action: "sign-in", outcome: "failure" }, rows: expected });

  // Narrowed to part of the stranger's address: their one entry.
  await page.getByLabel("Actor’s email address").fill(stranger.slice(0, 14).toUpperCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(stranger);
});

test("a date that does not exist is an error in the summary, and nothing is listed", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/audit?action=sign-in");
  const from = page.getByRole("group", { name: "From (UTC)" });
  await from.getByLabel("Day").fill("31");
  await from.getByLabel("Month").fill("2");
  await from.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "The from date must be a real date" }).click();
  await expect(from.getByLabel("Day")).toBeFocused();
  await expect(page.getByTestId("audit-entries")).toHaveCount(0);
  await expect(page.getByLabel("Action")).toHaveValue("sign-in"); // the other filters are kept
  await expectNoAxeViolations(page);
  // The download refuses the same filters rather than ignoring them.
  const res = await page.request.get("/api/admin/audit.csv?fromDay=31&fromMonth=2&fromYear=2026");
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("The from date must be a real date");
});

test("the audit log comes 50 entries to a page, newest first, with previous and next", async ({ page }) => {
  const action = `e2e.page-${randomUUID().slice(0, 8)}`;
  const conn = db();
  try {
    const insert = conn.prepare(
      "INSERT INTO audit_log (at, action, outcome, target_type, target_id) VALUES (?, ?, 'success', 'test', ?)",
    );
    for (let i = 0; i < 55; i++) insert.run(new Date(Date.UTC(2026, 0, 1, 9, 0, i)).toISOString(), action, String(i));
  } finally {
    conn.close();
  }
  await signInAs(page, "admin");
  await page.goto(`/admin/audit?action=${action}`);
  const rows = page.getByTestId("audit-entries").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("2026-01-01 09:00:54");
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText("2026-01-01 09:00:04");
  await expect(page.getByTestId("audit-entries").locator("caption")).toContainText("Entries 51 to 55");
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(rows).toHaveCount(50);
});

test("a coordinator gets 404 for the audit log and its CSV; a signed-out request gets 401", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/admin/audit.csv")).status()).toBe(401);
  const person = await personFor(DEMO_PARTNERSHIP, "coordinator");
  await signIn(page, person.email);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/api/admin/audit.csv?action=sign-in");
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain("sign-in");
  expect(
    queryOne<{ n: number }>(
      "SELECT sum(repeat_count) n FROM audit_log WHERE actor_user_id = ? AND action = 'access.read:audit' AND outcome = 'denied'",
      person.userId,
    )!.n,
  ).toBe(2);
});
