// Faults found by probing the running app (issue 16, the items of branch issue-16s): each test
// here failed on the code before the fix.
import { createHash, randomBytes } from "node:crypto";
import { request as playwrightRequest } from "@playwright/test";
import {
  test,
  expect,
  signIn,
  signedInRequest,
  personFor,
  db,
  createPartnershipWithPeople,
  DEMO_PARTNERSHIP,
  DEMO_PASSWORD,
  queryOne,
  server,
  hydrated,
} from "./fixtures";

const BASE = () => server().baseURL;

async function sessionCookieOf(ctx: Awaited<ReturnType<typeof signedInRequest>>) {
  const cookie = (await ctx.storageState()).cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  if (!cookie) throw new Error("no session cookie");
  return `${cookie.name}=${cookie.value}`;
}

type Answer = { status: number; body: Record<string, unknown> & { user?: { email?: string } }; setCookies: string[] };

/** GET /api/auth/session with exactly this cookie (a browser that still holds it). */
async function sessionWith(cookie: string): Promise<Answer> {
  const ctx = await playwrightRequest.newContext({ baseURL: BASE() });
  try {
    const res = await ctx.get("/api/auth/session", { headers: { Cookie: cookie } });
    return {
      status: res.status(),
      body: await res.json(),
      setCookies: res
        .headersArray()
        .filter((h) => h.name.toLowerCase() === "set-cookie")
        .map((h) => h.value),
    };
  } finally {
    await ctx.dispose();
  }
}

/** The session cookies an answer sets that would keep a session (a value, and not already expired). */
function issuedSessionCookies(res: Answer): string[] {
  return res.setCookies
    .filter((v) => /session-token/.test(v))
    .filter((v) => {
      const value = v.split(";")[0]!.split("=").slice(1).join("=");
      const expires = /expires=([^;]+)/i.exec(v)?.[1];
      const maxAge = /max-age=(-?\d+)/i.exec(v)?.[1];
      const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires && Date.parse(expires) <= Date.now());
      return value !== "" && !expired;
    });
}

function sql(q: string, ...params: unknown[]) {
  const conn = db();
  try {
    conn.prepare(q).run(...params);
  } finally {
    conn.close();
  }
}

test.describe("item 4: next-auth's session endpoint answers only for live sessions", () => {
  test("a live session is answered without the server-side session id", async () => {
    const person = await personFor(DEMO_PARTNERSHIP, "member");
    const ctx = await signedInRequest(person.email);
    const res = await sessionWith(await sessionCookieOf(ctx));
    const body = res.body;
    expect(body.user?.email).toBe(person.email);
    expect(issuedSessionCookies(res)).toHaveLength(1);
    expect(JSON.stringify(body)).not.toMatch(/"sid"|"sv"|"uid"/);
    await ctx.dispose();
  });

  for (const [how, end] of [
    [
      "signed out",
      async (ctx: Awaited<ReturnType<typeof signedInRequest>>) => {
        const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const res = await ctx.post("/api/auth/signout", {
          form: { csrfToken, json: "true" },
          headers: { Origin: BASE() },
          maxRedirects: 0,
        });
        expect(res.status()).toBeLessThan(400);
      },
    ],
    [
      "idle past the limit",
      async (_: unknown, userId: number) =>
        sql(
          "UPDATE user_sessions SET last_seen_at = ? WHERE user_id = ?",
          new Date(Date.now() - 31 * 60_000).toISOString(),
          userId,
        ),
    ],
    [
      "ended by an administrator",
      async (_: unknown, userId: number) =>
        sql("UPDATE users SET session_version = session_version + 1 WHERE id = ?", userId),
    ],
  ] as const) {
    test(`after the session is ${how}, it returns no session and issues no cookie`, async () => {
      const person = await personFor(DEMO_PARTNERSHIP, "member");
      const ctx = await signedInRequest(person.email);
      const cookie = await sessionCookieOf(ctx);
      expect((await sessionWith(cookie)).body.user?.email).toBe(person.email);
      await end(ctx, person.userId);
      const res = await sessionWith(cookie);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
      expect(issuedSessionCookies(res)).toEqual([]);
      await ctx.dispose();
    });
  }
});

test("item 6: the partnership page never shows text from its address as an alert", async ({ page }) => {
  const p = await createPartnershipWithPeople("start-error");
  await signIn(page, p.coordinator.email);
  const planted = "Your account is suspended. Call 0800 000 000 to restore it.";
  await page.goto(`/partnerships/${p.partnershipId}?startError=${encodeURIComponent(planted)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.name);
  await expect(page.getByRole("button", { name: /^Start the .* self-review/ })).toBeVisible();
  await expect(page.getByText(planted)).toHaveCount(0);
  await expect(page.locator("main .govuk-error-message")).toHaveCount(0);
  // A code it knows is shown in the app's own words.
  await page.goto(`/partnerships/${p.partnershipId}?startError=failed`);
  await expect(page.locator("main .govuk-error-message")).toHaveText(
    "The self-review could not be started. Try again.",
  );
});

/** A pending invitation to the partnership for this address; returns its link's path. */
function invite(partnershipId: number, email: string): string {
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  sql(
    "INSERT INTO invitations (partnership_id, email, organisation, token_hash, created_at, expires_at) VALUES (?, ?, 'Invited organisation', ?, ?, ?)",
    partnershipId,
    email,
    createHash("sha256").update(token).digest("hex"),
    new Date(now).toISOString(),
    new Date(now + 86_400_000).toISOString(),
  );
  return `/invite/${token}`;
}

test("item 7: an invitation's page does not tell whether the address has an account", async ({ page }) => {
  const p = await createPartnershipWithPeople("invite-oracle");
  const existing = await personFor(DEMO_PARTNERSHIP, "member");
  const fresh = `nobody.${randomBytes(4).toString("hex")}@example.org`;
  const pages: string[] = [];
  for (const [email, link] of [
    [existing.email, invite(p.partnershipId, existing.email)],
    [fresh, invite(p.partnershipId, fresh)],
  ] as const) {
    await page.goto(link);
    // Compare the pages as the person sees them, both hydrated (not one before and one after).
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join your partnership’s self-review");
    const html = await page.locator("main").innerHTML();
    pages.push(html.replaceAll(email, "EMAIL").replaceAll(link.split("/").pop()!, "TOKEN"));
  }
  expect(pages[0]).toBe(pages[1]);
  await expect(page.getByRole("link", { name: "Sign in to accept" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create account and join" })).toBeVisible();

  // With an existing address, the form decides once the person proves who they are: a wrong
  // password joins nothing; the account's own password accepts the invitation for that account.
  const link = invite(p.partnershipId, existing.email);
  const member = () =>
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM memberships WHERE user_id = ? AND partnership_id = ?",
      existing.userId,
      p.partnershipId,
    )!.n;
  await page.goto(link);
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByLabel("Create a password").fill("not-their-password-at-all");
  await page.getByLabel("Confirm your password").fill("not-their-password-at-all");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter that password, or sign in to accept");
  expect(member()).toBe(0);
  expect(queryOne<{ n: number }>("SELECT count(*) n FROM users WHERE email = ?", existing.email)!.n).toBe(1);
  await page.getByLabel("Create a password").fill(DEMO_PASSWORD);
  await page.getByLabel("Confirm your password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  expect(member()).toBe(1);
  expect(queryOne<{ name: string }>("SELECT name FROM users WHERE id = ?", existing.userId)!.name).toBe("Test member");
});

test("item 8: posts refused by the proxy for their Origin are audited, and repeats collapse into a count", async () => {
  const path = `/partnerships/probe-${randomBytes(4).toString("hex")}`;
  const ctx = await playwrightRequest.newContext({ baseURL: BASE() });
  try {
    for (let i = 0; i < 5; i++) {
      const res = await ctx.post(path, {
        headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(40), "Content-Type": "text/plain" },
        data: "[]",
        maxRedirects: 0,
      });
      expect(res.status()).toBe(403);
    }
  } finally {
    await ctx.dispose();
  }
  const conn = db();
  try {
    const logged = conn
      .prepare(
        "SELECT outcome, repeat_count, detail FROM audit_log WHERE action = 'request.foreign-origin' AND json_extract(detail, '$.path') = ?",
      )
      .all(path) as { outcome: string; repeat_count: number; detail: string }[];
    // Five refusals: one entry with a count of 5 (two if the run straddled a minute).
    expect(logged.length).toBeGreaterThanOrEqual(1);
    expect(logged.length).toBeLessThanOrEqual(2);
    expect(logged.reduce((n, r) => n + r.repeat_count, 0)).toBe(5);
    expect(logged.every((r) => r.outcome === "denied" && JSON.parse(r.detail).origin === "https://evil.example")).toBe(
      true,
    );
  } finally {
    conn.close();
  }
});
