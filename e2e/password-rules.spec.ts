// What sign-in and setting a password refuse: common or name-based passwords (for an administrator
// setting one and for an invitee), malformed JSON to the sign-in endpoints, and the session
// cookie's flags.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import {
  test,
  expect,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  db,
  hydrated,
  server,
  DEMO_PARTNERSHIP,
} from "./fixtures";

test("the session cookie is HttpOnly and SameSite=Lax (and, over http, not __Secure-)", async ({ page, context }) => {
  await signInAs(page, "member");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie).toMatchObject({ name: "next-auth.session-token", httpOnly: true, sameSite: "Lax", secure: false });
});

test("an administrator cannot set a common password, or one containing the email's name", async ({ page }) => {
  const email = `sam.jones.${randomUUID().slice(0, 6)}@example.org`;
  await signInAs(page, "admin");
  await page.goto("/admin/users/new");
  await hydrated(page);
  await page.getByLabel("Full name").fill("Sam Jones");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Initial password").fill("Password2024!");
  await page.getByRole("button", { name: "Create user" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("This password is too common and easy to guess");
  await expect(page.locator("#field-password-error")).toContainText("This password is too common");
  await expectNoAxeViolations(page);
  expect(queryOne("SELECT id FROM users WHERE email = ?", email)).toBeUndefined();

  await page.getByLabel("Initial password").fill("jones and the kettle");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(summary).toContainText("Password must not contain the email address or the name before the @");

  await page.getByLabel("Initial password").fill("the anti-slavery team");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(summary).toContainText("Password must not contain the name of this service");
  expect(queryOne("SELECT id FROM users WHERE email = ?", email)).toBeUndefined();

  await page.getByLabel("Initial password").fill("kettle orbit marmalade");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`Account created for ${email}.`)).toBeVisible();
});

test("an invitee cannot choose a too-short, common or name-based password", async ({ page }) => {
  const email = `kitty.foxglove.${randomUUID().slice(0, 6)}@example.org`;
  const token = randomBytes(32).toString("base64url");
  const conn = db();
  try {
    const partnershipId = (
      conn.prepare("SELECT id FROM partnerships WHERE name = ?").get(DEMO_PARTNERSHIP) as { id: number }
    ).id;
    const now = new Date();
    conn
      .prepare(
        "INSERT INTO invitations (partnership_id, email, organisation, token_hash, created_at, expires_at) VALUES (?, ?, 'Test organisation', ?, ?, ?)",
      )
      .run(
        partnershipId,
        email,
        createHash("sha256").update(token).digest("hex"),
        now.toISOString(),
        new Date(now.getTime() + 86_400_000).toISOString(),
      );
  } finally {
    conn.close();
  }
  await page.goto(`/invite/${token}`);
  await hydrated(page);
  await page.getByLabel("Full name").fill("Kitty Foxglove");
  const summary = page.locator(".govuk-error-summary");
  const choose = async (password: string) => {
    await page.getByLabel("Create a password").fill(password);
    await page.getByLabel("Confirm your password").fill(password);
    await page.getByRole("button", { name: "Create account and join" }).click();
  };
  await choose("too-short");
  await expect(summary).toContainText("Password must be at least 12 characters");
  await choose("iloveyou2024!");
  await expect(summary).toContainText("This password is too common and easy to guess");
  await expectNoAxeViolations(page);
  await choose("foxglove and friends");
  await expect(summary).toContainText("Password must not contain the email address or the name before the @");
  expect(queryOne("SELECT id FROM users WHERE email = ?", email)).toBeUndefined();
  await choose("kettle orbit marmalade");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO_PARTNERSHIP);
});

test("a malformed JSON body to the sign-in endpoints is refused with 400, not a server error", async () => {
  for (const path of ["/api/auth/callback/credentials", "/api/auth/signout", "/api/auth/session"]) {
    const res = await fetch(`${server().baseURL}${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: server().baseURL },
      body: "{",
      redirect: "manual",
    });
    expect(res.status, path).toBe(400);
    expect(await res.json(), path).toEqual({ error: "The request body is not valid JSON." });
    expect(res.headers.get("set-cookie"), path).toBeNull();
  }
});
