// Erasing a person (issue 17, UK GDPR), end to end in the browser: a member of a partnership of the
// test's own answers, is named as an action's owner and signs in; the administrator erases them
// through the confirmation page. Afterwards they cannot sign in (nor keep the session they had),
// their answers are still there under the pseudonym, and neither their name nor their email is in
// any page that showed them before (users, the partnership's members, members' responses, the audit
// log), nor in the exports (the partnership's CSV and JSON, the audit log's CSV).
import type { APIRequestContext, Page } from "@playwright/test";
import {
  test,
  expect,
  db,
  queryOne,
  signIn,
  signInAs,
  signedInRequest,
  createPartnershipWithPeople,
  expectNoAxeViolations,
  hydrated,
  DEMO_PASSWORD,
} from "./fixtures";
import { sectionTitles } from "./journey";

/** A name no other test uses, in words the free-text matching sees whole. */
function uniqueName(): string {
  const letters = "bcdfghjklmnpqrstvwxz";
  const word = Array.from({ length: 6 }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
  return `Rosalind ${word[0]!.toUpperCase()}${word.slice(1)}ovna`;
}

/** The page's whole document (its text and the data it was rendered from). */
async function documentOf(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  return page.content();
}

async function download(ctx: APIRequestContext, path: string): Promise<string> {
  const res = await ctx.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

test("an administrator erases a member who has answered: they cannot sign in, and their name and email are nowhere", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const p = await createPartnershipWithPeople("erasure", 1);
  const person = p.members[0]!;
  const name = uniqueName();
  const conn = db();
  try {
    conn.prepare("UPDATE users SET name = ? WHERE id = ?").run(name, person.userId);
  } finally {
    conn.close();
  }

  // The coordinator starts this year's self-review; the member answers one question for their
  // organisation, in their own browser (which stays signed in).
  const coordinator = await browser.newContext();
  const coordinatorPage = await coordinator.newPage();
  await signIn(coordinatorPage, p.coordinator.email);
  await coordinatorPage.getByRole("button", { name: /Start the .* self-review/ }).click();
  const sectionTitle = (await sectionTitles(coordinatorPage))[1]!;
  const assessmentId = Number(/\/assessments\/(\d+)/.exec(coordinatorPage.url())![1]);

  const memberContext = await browser.newContext();
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, person.email);
  await memberPage.getByRole("button", { name: "Give your organisation’s response" }).click();
  await memberPage.getByRole("link", { name: sectionTitle, exact: true }).click();
  await memberPage
    .locator("[data-question]")
    .first()
    .locator("input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]")
    .first()
    .check();
  await expect(memberPage.getByTestId("save-status")).toContainText("All changes saved");
  const answerCount = () =>
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.respondent_user_id = ? AND r.assessment_id = ?",
      person.userId,
      assessmentId,
    )!.n;
  expect(answerCount()).toBe(1);

  // The coordinator names them as an action's owner (free text, which the exports carry).
  const conn2 = db();
  try {
    conn2
      .prepare(
        "INSERT INTO actions (partnership_id, cycle_id, dimension_id, title, owner_person) VALUES (?, (SELECT cycle_id FROM assessments WHERE id = ?), (SELECT dimension_id FROM actions LIMIT 1), 'Train the front desk', ?)",
      )
      .run(p.partnershipId, assessmentId, name);
  } finally {
    conn2.close();
  }

  const coordinatorApi = await signedInRequest(p.coordinator.email);
  const admin = await signedInRequest("admin@demo.test");
  // Their entries in the audit log's readable view: found by the address they have at the time.
  const places = async (theirAddress: string) => ({
    "the partnership's members": await documentOf(coordinatorPage, `/partnerships/${p.partnershipId}`),
    "members' responses": await documentOf(coordinatorPage, `/assessments/${assessmentId}/members`),
    "the partnership's CSV export": await download(coordinatorApi, `/api/partnerships/${p.partnershipId}/export.csv`),
    "the partnership's JSON export": await download(coordinatorApi, `/api/partnerships/${p.partnershipId}/export.json`),
    users: await documentOf(page, "/admin/users"),
    "the audit log, their entries": await documentOf(page, `/admin/audit?actor=${encodeURIComponent(theirAddress)}`),
    "the audit log": await documentOf(page, "/admin/audit"),
    "the audit log's CSV": await download(admin, "/api/admin/audit.csv"),
  });

  // Before: each of these places shows them (so that "nowhere" below means something).
  await signInAs(page, "admin");
  const before = await places(person.email);
  for (const [where, text] of Object.entries(before)) {
    if (where === "the audit log") continue; // its first page shows only the latest entries
    expect(text.includes(name) || text.includes(person.email), `${where} shows them before`).toBe(true);
  }

  // The administrator erases them: users → the person → "Erase this person" → the confirmation page.
  await page.goto("/admin/users");
  // The users list names each person's partnerships and their role there (issue 20).
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(`${p.name} (member)`);
  await expect(page.getByRole("row", { name: /coordinator@demo\.test/ })).toContainText(
    "Nottingham and Nottinghamshire Modern Slavery Partnership (coordinator)",
  );
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("button", { name: new RegExp(`^Erase this person\\W+${name}$`) }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${person.userId}/erase$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Erase ${name}’s personal data`);
  await expect(page.getByTestId("erase-consequences")).toContainText(`removed from ${p.name} (member)`);
  await expect(page.getByTestId("erase-consequences")).toContainText(
    "The answer they gave stays with their partnership",
  );
  await expectNoAxeViolations(page);
  await hydrated(page);

  // Not ticked: refused, with the error summary, and nothing erased.
  await page.getByRole("button", { name: "Erase this person" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Tick the box to confirm that you understand the erasure cannot be undone");
  await expectNoAxeViolations(page);
  expect(queryOne<{ e: string | null }>("SELECT erased_at e FROM users WHERE id = ?", person.userId)!.e).toBeNull();

  await page.getByLabel(`I understand that erasing ${name} cannot be undone`).check();
  await page.getByRole("button", { name: "Erase this person" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${person.userId}\\?erased=1$`));
  const banner = page.getByRole("status").filter({ hasText: "Personal data erased" });
  await expect(banner).toContainText(/They are now shown as Erased person [0-9a-f]{4}\./);
  const pseudonym = /Erased person [0-9a-f]{4}/.exec((await banner.textContent())!)![0];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pseudonym);
  await expect(page.getByTestId("erased-notice")).toContainText("cannot be changed or restored");
  await expectNoAxeViolations(page);
  // Only the administrator's one erasure entry, naming the pseudonym.
  const entry = queryOne<{ actor_email: string; detail: string }>(
    "SELECT actor_email, detail FROM audit_log WHERE action = 'user.erase' AND target_id = ?",
    String(person.userId),
  )!;
  expect(entry.actor_email).toBe("admin@demo.test");
  expect(JSON.parse(entry.detail)).toMatchObject({ pseudonym, email: `erased-${person.userId}@erased.invalid` });

  // Their answers stay, under the pseudonym; their name and email are nowhere.
  expect(answerCount()).toBe(1);
  const after = await places(`erased-${person.userId}@erased.invalid`);
  for (const [where, text] of Object.entries(after)) {
    expect(text.includes(name), `${where} shows their name after the erasure`).toBe(false);
    expect(text.includes(person.email), `${where} shows their email after the erasure`).toBe(false);
  }
  expect(after["members' responses"]).toContain(pseudonym);
  expect(after["the partnership's CSV export"]).toContain(pseudonym);
  expect(after.users).toContain(pseudonym);
  expect(after["the audit log, their entries"]).toContain("sign-in");
  await page.goto(`/admin/audit?actor=${encodeURIComponent(person.email)}`);
  await expect(page.getByTestId("audit-entries-none")).toHaveText("No entries match these filters.");
  await page.goto("/admin/users");
  await expect(page.getByRole("row", { name: new RegExp(pseudonym) })).toContainText("Erased");
  await expectNoAxeViolations(page);
  await page.goto(`/admin/audit?targetType=user&targetId=${person.userId}`);
  await expect(page.getByTestId("audit-entries")).toContainText("user.erase");
  await expect(page.getByTestId("audit-entries")).toContainText(pseudonym);

  // Their open session is over, and they cannot sign in again.
  await memberPage.goto(`/partnerships/${p.partnershipId}`);
  await expect(memberPage).toHaveURL(/\/sign-in/);
  await memberPage.getByLabel("Email address").fill(person.email);
  await memberPage.getByLabel("Password").fill(DEMO_PASSWORD);
  await memberPage.getByRole("button", { name: "Sign in" }).click();
  await expect(memberPage.locator(".govuk-error-summary")).toContainText("Enter a correct email address and password");
  await memberPage.goto("/partnerships");
  await expect(memberPage).toHaveURL(/\/sign-in\?callbackUrl=%2Fpartnerships/);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.id = ? AND (s.ended_at IS NULL OR s.created_at > u.erased_at)",
      person.userId,
    )!.n,
    "no session of theirs is open, and none was started after the erasure",
  ).toBe(0);
  // That attempt is a new event, logged under the address that was typed; still not their name.
  expect(await download(admin, "/api/admin/audit.csv")).not.toContain(name);

  // And the erasure cannot be repeated: the confirmation page says so, with no form.
  await page.goto(`/admin/users/${person.userId}/erase`);
  await expect(page.getByTestId("erase-refused")).toContainText("already been erased");
  await expect(page.getByRole("button", { name: "Erase this person" })).toHaveCount(0);

  await Promise.all([coordinatorApi.dispose(), admin.dispose(), coordinator.close(), memberContext.close()]);
});

test("an administrator cannot erase their own account: the confirmation page says why and offers no button", async ({
  page,
}) => {
  await signInAs(page, "admin");
  const id = queryOne<{ id: number }>("SELECT id FROM users WHERE email = 'admin@demo.test'")!.id;
  await page.goto(`/admin/users/${id}`);
  await expect(page.getByRole("button", { name: /Erase this person/ })).toHaveCount(0);
  await page.goto(`/admin/users/${id}/erase`);
  await expect(page.getByTestId("erase-refused")).toContainText("You cannot erase your own account");
  await expect(page.getByRole("button", { name: "Erase this person" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
