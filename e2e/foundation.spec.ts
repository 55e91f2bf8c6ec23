import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { APPENDIX_1 } from "../db/seed/appendix1";
import {
  test,
  expect,
  signIn,
  signInAs,
  signInThroughForm,
  expectNoAxeViolations,
  queryOne,
  partnershipIdByName,
  DEMO_PARTNERSHIP,
  emailFor,
} from "./fixtures";

test.describe("signing in by role", () => {
  const homes = [
    { role: "admin", heading: "Administration" },
    { role: "commissioner", heading: "All partnerships" },
    { role: "reviewer", heading: "Your peer reviews" },
    { role: "coordinator", heading: DEMO_PARTNERSHIP },
    { role: "member", heading: DEMO_PARTNERSHIP },
  ] as const;

  for (const { role, heading } of homes) {
    // Through the real sign-in form, once per role; other specs sign in through the same
    // next-auth endpoint without the page (e2e/fixtures.ts).
    test(`${role} signs in through the form and lands on their home`, async ({ page }) => {
      await signInThroughForm(page, emailFor(role));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
    });
  }

  test("the commissioner's home lists every partnership, the 42 of the report's Appendix 1 among them", async ({
    page,
  }) => {
    await signInAs(page, "commissioner");
    const rows = await page.locator("table tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(42);
    await expect(page.getByText(`${rows} partnerships are registered`)).toBeVisible();
    const names = await page.locator("table tbody tr td:first-child").allTextContents();
    for (const p of APPENDIX_1) expect(names, p.name).toContain(p.name);
  });

  test("the reviewer's home lists only the partnership assigned to them", async ({ page }) => {
    await signInAs(page, "reviewer");
    await expect(page.locator("table tbody tr")).toHaveCount(1);
    await expect(page.getByRole("link", { name: DEMO_PARTNERSHIP, exact: true })).toBeVisible();
  });

  test("the coordinator sees the partnership's people and the open cycle", async ({ page }) => {
    await signInAs(page, "coordinator");
    await expect(page.getByText(/annual self-review is open until/)).toBeVisible();
    await expect(page.getByRole("cell", { name: /Morgan Member/ })).toBeVisible();
  });

  test("a member does not see the list of people", async ({ page }) => {
    await signInAs(page, "member");
    await expect(page.getByRole("heading", { name: "People using the toolkit" })).toHaveCount(0);
  });
});

test("a wrong password shows an error summary and creates no session", async ({ page, context }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill("coordinator@demo.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter a correct email address and password");
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("session-token"))).toBe(false);
  await expectNoAxeViolations(page);
  await page.goto("/partnerships");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fpartnerships/);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'sign-in' AND outcome = 'failure' AND actor_email = 'coordinator@demo.test'",
    )!.n,
  ).toBeGreaterThan(0);
});

test("an empty sign-in form says what is missing, field by field", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter your email address" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter your password" })).toBeVisible();
  await summary.getByRole("link", { name: "Enter your password" }).click();
  await expect(page.getByLabel("Password")).toBeFocused();
  await expectNoAxeViolations(page);
});

test("signing in comes back to the page that was asked for", async ({ page }) => {
  const id = partnershipIdByName(DEMO_PARTNERSHIP);
  await page.goto(`/partnerships/${id}`);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email address").fill("member@demo.test");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/partnerships/${id}$`));
});

test("a member asking for another partnership's page gets 404 and the attempt is audited", async ({ page }) => {
  const other = partnershipIdByName("Wolverhampton Anti-Slavery Partnership");
  const member = queryOne<{ id: number }>("SELECT id FROM users WHERE email = ?", emailFor("member"))!;
  await signInAs(page, "member");
  const response = await page.goto(`/partnerships/${other}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Wolverhampton")).toHaveCount(0);
  await expectNoAxeViolations(page);
  const audit = queryOne<{ n: number }>(
    "SELECT count(*) n FROM audit_log WHERE actor_user_id = ? AND outcome = 'denied' AND target_type = 'partnership' AND target_id = ?",
    member.id,
    String(other),
  );
  expect(audit!.n).toBeGreaterThan(0);
});

test("admin creates a user through the form; the new user can sign in", async ({ page, browser }) => {
  const email = `new.coordinator.${randomUUID().slice(0, 8)}@example.org`;
  await signInAs(page, "admin");
  await page.goto("/admin/users/new");
  await expectNoAxeViolations(page);

  // Bad input first: specific messages, nothing created.
  await page.getByLabel("Full name").fill("Jo Bloggs");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByLabel("Initial password").fill("short");
  await page.getByRole("button", { name: "Create user" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter an email address in the correct format");
  await expect(summary).toContainText("Password must be at least 12 characters");
  await expectNoAxeViolations(page);

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Initial password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jo Bloggs");

  // Add them to a partnership as coordinator.
  await page
    .getByLabel("Partnership", { exact: true })
    .selectOption({ label: "Wolverhampton Anti-Slavery Partnership" });
  await page.getByLabel("Coordinator").check();
  await page.getByLabel("Organisation (optional)").fill("City of Wolverhampton Council");
  await page.getByRole("button", { name: "Add to partnership" }).click();
  await expect(page.getByRole("cell", { name: "City of Wolverhampton Council" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A second account for the same address is refused.
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByLabel("Initial password").fill("another-long-passphrase");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("An account with this email address already exists");
  expect(queryOne<{ n: number }>("SELECT count(*) n FROM users WHERE email = ?", email)!.n).toBe(1);

  const context = await browser.newContext();
  const newUser = await context.newPage();
  await signIn(newUser, email, "a-long-enough-passphrase");
  await expect(newUser.getByRole("heading", { level: 1 })).toHaveText("Wolverhampton Anti-Slavery Partnership");
  await context.close();
});

test("admin creates a partnership through the form", async ({ page }) => {
  const name = `Test Borough Anti-Slavery Network ${randomUUID().slice(0, 6)}`;
  await signInAs(page, "admin");
  await page.goto("/admin/partnerships/new");
  await page.getByRole("button", { name: "Create partnership" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Enter the partnership’s name");
  await expect(summary).toContainText("Select at least one police force area");
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("group", { name: "Level" }).getByLabel("Local").check();
  await page.getByLabel("West Yorkshire").check();
  await page.getByLabel("Part of a wider partnership (optional)").selectOption({
    label:
      "West Yorkshire Anti Trafficking and Modern Slavery network (encompasses anti-slavery networks in Leeds, Kirklees, Calderdale, Bradford, and Wakefield)",
  });
  await page.getByLabel("Year established (optional)").fill("20x6");
  await page.getByRole("button", { name: "Create partnership" }).click();
  await expect(summary).toContainText("Enter the year as 4 digits");
  expect(queryOne<{ n: number }>("SELECT count(*) n FROM partnerships WHERE name = ?", name)!.n).toBe(0);

  await page.getByLabel("Year established (optional)").fill("2016");
  await page.getByRole("button", { name: "Create partnership" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const details = page.locator(".govuk-summary-list");
  await expect(details).toContainText("West Yorkshire");
  await expect(details).toContainText("2016");
  await expect(details).toContainText("West Yorkshire Anti Trafficking");
  await expectNoAxeViolations(page);
});

test("a disabled user is signed out on their next request", async ({ page, browser }) => {
  // A dedicated account, so that disabling it does not disturb other tests.
  const email = `to.disable.${randomUUID().slice(0, 8)}@example.org`;
  await signInAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill("Pat Temporary");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Commissioner's office").check();
  await page.getByLabel("Initial password").fill("temporary-passphrase-1");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pat Temporary");

  const context = await browser.newContext();
  const victim = await context.newPage();
  await signIn(victim, email, "temporary-passphrase-1");
  await expect(victim.getByRole("heading", { level: 1 })).toHaveText("All partnerships");

  await page.getByLabel("Account disabled").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  await victim.reload();
  await expect(victim).toHaveURL(/\/sign-in/);
  await expect(victim.getByTestId("signed-in-as")).toHaveCount(0);

  // And they cannot sign in again.
  await victim.getByLabel("Email address").fill(email);
  await victim.getByLabel("Password").fill("temporary-passphrase-1");
  await victim.getByRole("button", { name: "Sign in" }).click();
  await expect(victim.locator(".govuk-error-summary")).toContainText("Enter a correct email address and password");
  await context.close();
});

test("signing out ends the session everywhere it is used", async ({ page }) => {
  await signInAs(page, "coordinator");
  const cookies = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await expectNoAxeViolations(page);
  // Replaying the old cookie does not bring the session back: the server ended it.
  await page.context().addCookies(cookies);
  await page.goto("/partnerships");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the health check reports the database and its migrations", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };
  expect(await response.json()).toEqual({ status: "ok", db: "ok", config: "ok", migrations: journal.entries.length });
});
