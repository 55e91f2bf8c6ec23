// Shared e2e helpers: sign in per role, scan with axe, and read the test database (a fresh
// temporary file per run, one per server: see playwright.config.ts) to check what the server stored.
import {
  test as base,
  expect,
  request as playwrightRequest,
  type APIRequestContext,
  type Page,
} from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import Database from "better-sqlite3";
import { hashPassword } from "../lib/auth/password";
import type { ServerMetadata } from "../playwright.config";
import type { PartnershipLevel } from "../lib/domain/enums";

export const DEMO_PASSWORD = "demo-password-2026";
export const DEMO_PARTNERSHIP = "Nottingham and Nottinghamshire Modern Slavery Partnership";
export const ROLES = ["admin", "commissioner", "reviewer", "coordinator", "member"] as const;
export type DemoRole = (typeof ROLES)[number];

export function emailFor(role: DemoRole) {
  return `${role}@demo.test`;
}

/** The server (and its database) that the running test's project uses: see playwright.config.ts. */
export function server(): ServerMetadata {
  const meta = test.info().project.metadata as Partial<ServerMetadata>;
  if (!meta.baseURL || !meta.databasePath) throw new Error("this project has no server (see playwright.config.ts)");
  return meta as ServerMetadata;
}

/**
 * Signs the page's browser in through next-auth's credentials endpoint, as the sign-in form posts
 * it, then opens the home page. The form itself is tested once per role (foundation.spec.ts) and
 * in signin-security.spec.ts; everything else needs only to be signed in.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const response = await postCredentials(page.context().request, email, password);
  const cookies = await page.context().cookies(server().baseURL);
  if (!cookies.some((c) => c.name.includes("session-token"))) {
    throw new Error(`sign-in failed for ${email} (HTTP ${response.status()})`);
  }
  await page.goto("/");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await hydrated(page);
}

/**
 * Posts a sign-in to next-auth's credentials endpoint as the sign-in form does (CSRF token first),
 * on `request`, which keeps any session cookie it is given. Returns next-auth's answer.
 */
export async function postCredentials(request: APIRequestContext, email: string, password: string) {
  const { baseURL } = server();
  const { csrfToken } = (await (await request.get(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };
  return request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, json: "true" },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
}

/** Signs in by filling in and submitting the sign-in page, as a person does. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await hydrated(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  await hydrated(page);
}

/** Waits until React has hydrated the page, so that client-side buttons respond. */
export async function hydrated(page: Page) {
  await page.locator("html[data-hydrated=true]").waitFor({ state: "attached" });
}

/**
 * A request context signed in through next-auth's credentials endpoint, as the sign-in form posts
 * it (no browser page): for tests about what a signed-in caller may fetch or post, not about the
 * sign-in page itself. `null` gives an anonymous context. Close it when done.
 */
export async function signedInRequest(email: string | null, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const { baseURL } = server();
  const ctx = await playwrightRequest.newContext({ baseURL });
  if (!email) return ctx;
  await postCredentials(ctx, email, password);
  const state = await ctx.storageState();
  if (!state.cookies.some((c) => c.name.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return ctx;
}

export async function signInAs(page: Page, role: DemoRole) {
  await signIn(page, emailFor(role));
}

/**
 * Fails the test on any WCAG 2.2 A or AA violation on the page once it has settled. A scan that
 * lands in the middle of a client-side navigation can see a document between two pages (no
 * <title> for a moment, say), so violations count only if a second scan, after the page has
 * settled, still finds them: a real fault is still there then, a passing state is not.
 */
export async function expectNoAxeViolations(page: Page) {
  const scan = async () => {
    await expect(page).toHaveTitle(/\S/);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
      .analyze();
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  };
  let summary = await scan();
  if (summary.length) {
    await page.waitForLoadState("load");
    await page.waitForTimeout(500);
    summary = await scan();
  }
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export function db() {
  const conn = new Database(server().databasePath);
  conn.pragma("busy_timeout = 5000");
  return conn;
}

export function queryOne<T>(sql: string, ...params: unknown[]): T | undefined {
  const conn = db();
  try {
    return conn.prepare(sql).get(...params) as T | undefined;
  } finally {
    conn.close();
  }
}

export function partnershipIdByName(name: string): number {
  const row = queryOne<{ id: number }>("SELECT id FROM partnerships WHERE name = ?", name);
  if (!row) throw new Error(`No partnership named ${name}`);
  return row.id;
}

export const test = base;
export { expect };

let cachedHash: string | undefined;
/**
 * DEMO_PASSWORD's hash for fixture accounts, with cheap scrypt parameters (N=2^10, stored with the
 * hash, so the server verifies it as any other): fixture sign-ins then cost milliseconds, not the
 * ~0.7 s each that production's N=2^17 costs on this machine. Production hashes are unchanged.
 */
export async function demoPasswordHash(): Promise<string> {
  cachedHash ??= await hashPassword(DEMO_PASSWORD, { logN: 10 });
  return cachedHash;
}

/**
 * A partnership of the test's own, with a coordinator and members (password DEMO_PASSWORD), so
 * that tests which submit or lock an assessment do not disturb each other. Local unless `level`.
 */
export async function createPartnershipWithPeople(label: string, memberCount = 0, level: PartnershipLevel = "local") {
  const hash = await demoPasswordHash();
  const suffix = `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const conn = db();
  try {
    return conn.transaction(() => {
      const partnershipId = Number(
        conn
          .prepare("INSERT INTO partnerships (name, level, nation) VALUES (?, ?, 'england')")
          .run(`Test partnership ${suffix}`, level).lastInsertRowid,
      );
      conn
        .prepare("INSERT INTO partnership_force_areas (partnership_id, force_area_id) VALUES (?, 'kent')")
        .run(partnershipId);
      const addUser = (role: "coordinator" | "member", n: number, organisation: string) => {
        const email = `${role}${n}.${suffix}@example.org`;
        const userId = Number(
          conn
            .prepare("INSERT INTO users (email, name, password_hash) VALUES (?, ?, ?)")
            .run(email, `${role === "coordinator" ? "Coordinator" : "Member"} ${n} ${label}`, hash).lastInsertRowid,
        );
        conn
          .prepare("INSERT INTO memberships (user_id, partnership_id, role, organisation) VALUES (?, ?, ?, ?)")
          .run(userId, partnershipId, role, organisation);
        return { email, userId, organisation };
      };
      const coordinator = addUser("coordinator", 1, "Kent Police");
      const members = Array.from({ length: memberCount }, (_, i) =>
        addUser("member", i + 1, `Member organisation ${i + 1}`),
      );
      return { partnershipId, name: `Test partnership ${suffix}`, coordinator, members };
    })();
  } finally {
    conn.close();
  }
}

/** A new coordinator (or reviewer assigned to it) for an existing demo partnership. */
export async function personFor(
  partnershipName: string,
  role: "coordinator" | "member" | "reviewer" | "unassigned-reviewer",
) {
  const hash = await demoPasswordHash();
  const email = `${role}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
  const conn = db();
  try {
    const partnershipId = partnershipIdByName(partnershipName);
    const globalRole = role.endsWith("reviewer") ? "reviewer" : null;
    const userId = Number(
      conn
        .prepare("INSERT INTO users (email, name, password_hash, global_role) VALUES (?, ?, ?, ?)")
        .run(email, `Test ${role}`, hash, globalRole).lastInsertRowid,
    );
    if (role === "coordinator" || role === "member") {
      conn
        .prepare(
          "INSERT INTO memberships (user_id, partnership_id, role, organisation) VALUES (?, ?, ?, 'Test organisation')",
        )
        .run(userId, partnershipId, role);
    }
    if (role === "reviewer") {
      const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'open'").get() as { id: number };
      conn
        .prepare("INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)")
        .run(userId, partnershipId, cycle.id);
    }
    return { email, userId, partnershipId };
  } finally {
    conn.close();
  }
}
