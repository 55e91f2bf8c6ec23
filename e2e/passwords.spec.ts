// A person's password after their account exists: changed with the current one, or set again from
// a single-use link an administrator issues. Each test uses accounts of its own.
import {
  test,
  expect,
  signIn,
  signInAs,
  signedInRequest,
  expectNoAxeViolations,
  queryOne,
  createPartnershipWithPeople,
  hydrated,
  DEMO_PASSWORD,
} from "./fixtures";

const NEW_PASSWORD = "quiet harbour lanterns at dusk";

/** What /api/session says of a signed-in request context: the session is over or not. */
async function sessionLive(ctx: Awaited<ReturnType<typeof signedInRequest>>): Promise<boolean> {
  return (await ctx.get("/api/session")).status() === 200;
}

test("a user changes their own password: a wrong current one is refused, their other sessions end, and only the new one signs in", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("password-change");
  const email = p.coordinator.email;
  const elsewhere = await signedInRequest(email); // the same person, signed in on another device
  await signIn(page, email);
  await page.getByRole("link", { name: "Your password" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change your password");
  await hydrated(page);
  await expectNoAxeViolations(page);

  // Nothing entered: the error summary lists each field, and takes focus.
  await page.getByRole("button", { name: "Change password" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter your current password");
  await expectNoAxeViolations(page);

  // A wrong current password: refused, on that field; it counts as a failed sign-in and is audited.
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(summary).toContainText("Your current password is not right");
  expect(
    queryOne<{ failures: number }>("SELECT failures FROM sign_in_throttle WHERE key = ?", `account:${email}`)?.failures,
  ).toBe(1);

  // An easily guessed new one: refused by the server's guess estimate.
  await page.getByLabel("Current password").fill(DEMO_PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("Winter2025!!!");
  await page.getByLabel("Confirm the new password").fill("Winter2025!!!");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(summary).toContainText("This password would be easy to guess");
  expect(await sessionLive(elsewhere)).toBe(true); // nothing has changed yet

  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed." })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");
  await expectNoAxeViolations(page);

  // This browser carries on; the other session is over; the old password no longer works.
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  expect(await sessionLive(elsewhere)).toBe(false);
  await elsewhere.dispose();
  await expect(signedInRequest(email, DEMO_PASSWORD)).rejects.toThrow(/sign-in failed/);
  const fresh = await signedInRequest(email, NEW_PASSWORD);
  expect(await sessionLive(fresh)).toBe(true);
  await fresh.dispose();
  // Proving the current password cleared the failed attempt it had counted.
  const outcomes = queryOne<{ o: string }>(
    "SELECT group_concat(outcome, ',') o FROM (SELECT outcome FROM audit_log WHERE action = 'user.password-change' AND actor_email = ? ORDER BY id)",
    email,
  )!.o;
  expect(outcomes).toBe("failure,success");
});

test("an administrator issues a reset link: the user is signed out at once, and the link sets a new password once", async ({
  page,
  browser,
}) => {
  const p = await createPartnershipWithPeople("password-reset");
  const { email, userId } = p.coordinator;
  const before = await signedInRequest(email);

  await signInAs(page, "admin");
  await page.goto(`/admin/users/${userId}`);
  await page.getByRole("button", { name: "Create a password reset link" }).click();
  const link = await page.getByLabel(/Password reset link/).inputValue();
  expect(link).toMatch(/\/reset-password\/[A-Za-z0-9_-]{43}$/);
  await expectNoAxeViolations(page);
  // Issuing the link signs the user out everywhere at once.
  expect(await sessionLive(before)).toBe(false);
  await before.dispose();

  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto(link);
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("Set a new password");
  await hydrated(user);
  await expectNoAxeViolations(user);
  await user.getByLabel("New password", { exact: true }).fill("too short");
  await user.getByLabel("Confirm the new password").fill("too short");
  await user.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(user.locator(".govuk-error-summary")).toContainText("Password must be at least 12 characters");
  await user.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await user.getByLabel("Confirm the new password").fill(NEW_PASSWORD);
  await user.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(user.getByTestId("signed-in-as")).toBeVisible();

  // Once only.
  await user.goto(link);
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  await expect(user.getByText("It has already been used")).toBeVisible();
  await context.close();
  await expect(signedInRequest(email, DEMO_PASSWORD)).rejects.toThrow(/sign-in failed/);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'user.password-reset-issued' AND target_id = ?",
      String(userId),
    )!.n,
  ).toBe(1);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'user.password-reset' AND actor_user_id = ?",
      userId,
    )!.n,
  ).toBe(1);
});

test("a reset link that matches nothing, or is malformed, explains that it cannot be used", async ({ page }) => {
  for (const token of ["A".repeat(43), "not-a-token"]) {
    await page.goto(`/reset-password/${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  }
  await expectNoAxeViolations(page);
});
