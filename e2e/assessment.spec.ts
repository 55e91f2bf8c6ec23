import { expect } from "@playwright/test";
import { completeSectionByKeyboard, pressButton, sectionTitles } from "./journey";
import { CURRENT_FRAMEWORK_VERSION, getFramework } from "../lib/framework";
import { test, signIn, expectNoAxeViolations, queryOne, db, createPartnershipWithPeople } from "./fixtures";

test("a coordinator completes a full self-review with the keyboard, across two sign-ins, and submits it", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const p = await createPartnershipWithPeople("keyboard");
  await signIn(page, p.coordinator.email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.name);
  await page.getByRole("button", { name: /Start the .* self-review/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".govuk-task-list")).toBeVisible();
  await expectNoAxeViolations(page);
  const taskListUrl = page.url();

  const titles = await sectionTitles(page);
  expect(titles.length).toBeGreaterThanOrEqual(11); // the profile and at least ten dimensions
  const half = Math.ceil(titles.length / 2);
  for (const title of titles.slice(0, half)) await completeSectionByKeyboard(page, title);
  await expect(page.getByText(`You have completed ${half} of ${titles.length} sections.`)).toBeVisible();

  // Stop half-way: sign out, sign back in, and every answer is still there.
  const saved = queryOne<{ n: number }>(
    "SELECT count(*) n FROM answers a JOIN responses r ON r.id = a.response_id JOIN assessments s ON s.id = r.assessment_id WHERE s.partnership_id = ?",
    p.partnershipId,
  )!.n;
  expect(saved).toBeGreaterThan(0);
  await pressButton(page, "Sign out");
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await signIn(page, p.coordinator.email);
  await page.getByRole("button", { name: "Continue the self-review" }).click();
  await expect(page.getByText(`You have completed ${half} of ${titles.length} sections.`)).toBeVisible();
  await page.getByRole("link", { name: titles[0]!, exact: true }).click();
  await expect(page.locator(".govuk-summary-list")).not.toContainText("Not answered");
  await expectNoAxeViolations(page);
  await page.goto(taskListUrl);

  for (const title of titles.slice(half)) await completeSectionByKeyboard(page, title);
  await expect(page.getByText(`You have completed ${titles.length} of ${titles.length} sections.`)).toBeVisible();

  await page.getByRole("button", { name: "Check answers and submit" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check the answers before submitting");
  await expectNoAxeViolations(page);
  await pressButton(page, "Submit assessment");
  await expect(page.getByRole("heading", { name: "Are you sure you want to submit?" })).toBeFocused();
  await expectNoAxeViolations(page);
  await pressButton(page, "Yes, submit the self-review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Self-review submitted");
  await expectNoAxeViolations(page);

  const row = queryOne<{ status: string; framework_version: string; scores_snapshot: string }>(
    "SELECT status, framework_version, scores_snapshot FROM assessments WHERE partnership_id = ?",
    p.partnershipId,
  )!;
  expect(row.status).toBe("submitted");
  expect(row.framework_version).toMatch(/\S/);
  expect(JSON.parse(row.scores_snapshot).dimensions.length).toBe(titles.length - 1);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'assessment.submit' AND actor_user_id = ?",
      p.coordinator.userId,
    )!.n,
  ).toBe(1);

  // Locked: the task list says so, and question pages no longer offer a form.
  await page.getByRole("link", { name: "View the submitted self-review" }).click();
  await expect(page.getByText(/was submitted on .* and is locked/)).toBeVisible();
  await page.getByRole("link", { name: titles[1]!, exact: true }).click();
  await expect(page.getByRole("button", { name: "Save and continue" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Change/ })).toHaveCount(0);

  // Reopen while the cycle is open (audited), then it can be changed again.
  await page.goto(new URL(page.url()).pathname.replace(/\/[^/]+\/check$/, ""));
  await page.getByRole("button", { name: "Reopen the self-review" }).click();
  await expect(page.getByText(/was submitted on .* and is locked/)).toHaveCount(0);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'assessment.reopen' AND actor_user_id = ?",
      p.coordinator.userId,
    )!.n,
  ).toBe(1);
});

test("an unanswered question page shows an error summary that takes focus, and saves nothing", async ({ page }) => {
  const p = await createPartnershipWithPeople("errors");
  await signIn(page, p.coordinator.email);
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  const first = (await sectionTitles(page))[1]!;
  await page.getByRole("link", { name: first, exact: true }).click();
  await page.getByRole("button", { name: "Save and continue" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(page.locator(".govuk-error-message").first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM answers a JOIN responses r ON r.id = a.response_id JOIN assessments s ON s.id = r.assessment_id WHERE s.partnership_id = ?",
      p.partnershipId,
    )!.n,
  ).toBe(0);
  // The summary's link moves focus to the question.
  await summary.locator("a").first().click();
  await expect(page.locator("[data-question] input, [data-question] textarea").first()).toBeFocused();
});

test("a member responds for their organisation and the coordinator sees the spread beside the partnership's answer", async ({
  page,
  browser,
}) => {
  const p = await createPartnershipWithPeople("spread", 2);
  await signIn(page, p.coordinator.email);
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  const sectionTitle = (await sectionTitles(page))[1]!;
  await page.getByRole("link", { name: sectionTitle, exact: true }).click();
  const firstQuestion = page.locator("[data-question]").first();
  const questionText = (await firstQuestion.locator("legend").textContent())!;
  const options = firstQuestion.locator(
    "input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]",
  );
  await options.nth(0).check();
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  await page.waitForURL(/\/assessments\/\d+\/[^/]+\/[^/]+$/);
  const coordinatorUrl = page.url();

  for (const [i, member] of p.members.entries()) {
    const ctx = await browser.newContext();
    const mp = await ctx.newPage();
    await signIn(mp, member.email);
    await mp.getByRole("button", { name: "Give your organisation’s response" }).click();
    await expect(mp.getByRole("heading", { level: 1 })).toHaveText("Your organisation’s response");
    await mp.getByRole("link", { name: sectionTitle, exact: true }).click();
    await mp
      .locator("[data-question]")
      .first()
      .locator("input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]")
      .nth(i + 1)
      .check();
    await expect(mp.getByTestId("save-status")).toContainText("All changes saved");
    // Members see only their own response: not the partnership's answer, nor the responses page.
    await expect(mp.locator("[data-question]").first().locator("input:checked")).toHaveCount(1);
    const assessmentPath = new URL(coordinatorUrl).pathname.split("/").slice(0, 3).join("/");
    expect((await mp.goto(`${assessmentPath}/members`))?.status()).toBe(404);
    await ctx.close();
  }

  await page.goto(new URL(coordinatorUrl).pathname.split("/").slice(0, 3).join("/") + "/members");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members’ responses");
  for (const m of p.members) await expect(page.getByRole("cell", { name: m.organisation, exact: true })).toBeVisible();
  const row = page.getByRole("row", {
    name: new RegExp(questionText.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").slice(0, 40)),
  });
  await expect(row).toContainText("Answers differ");
  await expect(row).toContainText("Member organisation 1");
  await expect(row).toContainText("Member organisation 2");
  await expectNoAxeViolations(page);
});

test("a stale save from a second browser is refused and nothing is overwritten", async ({ browser }) => {
  const p = await createPartnershipWithPeople("stale");
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signIn(a, p.coordinator.email);
  await a.getByRole("button", { name: /Start the .* self-review/ }).click();
  const sectionTitle = (await sectionTitles(a))[1]!;
  await a.getByRole("link", { name: sectionTitle, exact: true }).click();
  await expect(a.locator("[data-question]").first()).toBeVisible();
  const url = a.url();
  await signIn(b, p.coordinator.email);
  await b.goto(url);

  const radiosA = a
    .locator("[data-question]")
    .first()
    .locator("input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]");
  const radiosB = b
    .locator("[data-question]")
    .first()
    .locator("input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]");
  const questionId = (await a.locator("[data-question]").first().getAttribute("data-question"))!;
  await radiosA.nth(0).check();
  await expect(a.getByTestId("save-status")).toContainText("All changes saved");
  const stored = () =>
    queryOne<{ value: string; row_version: number }>(
      "SELECT a.value, a.row_version FROM answers a JOIN responses r ON r.id = a.response_id JOIN assessments s ON s.id = r.assessment_id WHERE s.partnership_id = ? AND a.question_id = ?",
      p.partnershipId,
      questionId,
    )!;
  const first = stored();

  await radiosB.nth(1).check();
  const conflict = b.getByTestId(`conflict-${questionId}`);
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText(`Coordinator 1 stale saved a newer answer`);
  expect(stored()).toEqual(first); // nothing overwritten
  await expectNoAxeViolations(b);

  await conflict.getByRole("button", { name: "Keep my answer" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(b.getByTestId("save-status")).toContainText("All changes saved");
  expect(stored().row_version).toBe(first.row_version + 1);
  expect(stored().value).not.toEqual(first.value);
});

test("the next cycle rolls last year's answers forward and requires them to be confirmed", async ({ page }) => {
  const p = await createPartnershipWithPeople("rollforward");
  // Last year's submitted self-review, as the toolkit would have stored it.
  const conn = db();
  const previousCycle = conn.prepare("SELECT id FROM cycles WHERE label = '2019/20'").get() as
    { id: number } | undefined;
  const cycleId =
    previousCycle?.id ??
    Number(
      conn
        .prepare(
          "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2019/20', '2019-04-01', '2020-03-31', 'closed')",
        )
        .run().lastInsertRowid,
    );
  // Last year under the current framework version: rolling forward from an earlier version (where
  // new questions are left to answer) is covered by lib/framework/versions.test.ts and
  // db/framework-move.test.ts.
  const fw = getFramework(CURRENT_FRAMEWORK_VERSION)!;
  const assessmentId = Number(
    conn
      .prepare(
        "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at) VALUES (?, ?, 'submitted', ?, '2020-03-01T10:00:00Z')",
      )
      .run(p.partnershipId, cycleId, fw.version).lastInsertRowid,
  );
  const responseId = Number(
    conn.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(assessmentId)
      .lastInsertRowid,
  );
  const dimension = fw.dimensions[0]!;
  for (const q of dimension.questions) {
    conn
      .prepare("INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)")
      .run(responseId, q.id, JSON.stringify({ kind: "dont_know" }));
  }
  conn.close();

  await signIn(page, p.coordinator.email);
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  const item = page.locator(".govuk-task-list__item", { hasText: dimension.name });
  await expect(item).toContainText(`${dimension.questions.length} carried over from last year to confirm`);
  await expect(item).toContainText("In progress");

  // The check page lists them; the section cannot be completed yet.
  await page.goto(page.url() + `/${dimension.id}/check`);
  await expect(page.locator(".govuk-summary-list")).toContainText("Carried over from 2019/20 — confirm or change");
  await page.getByLabel("Yes, I’ve completed this section").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(
    `Confirm or change the ${dimension.questions.length} answer`,
  );
  await expectNoAxeViolations(page);

  // Each page marks them; Save and continue confirms them.
  await page
    .getByRole("link", { name: /^Change/ })
    .first()
    .click();
  await expect(page.getByText("Carried over from 2019/20 — confirm or change").first()).toBeVisible();
  await expect(page.locator("[data-question]").first()).toBeVisible();
  await expectNoAxeViolations(page);
  while (!/\/check$/.test(new URL(page.url()).pathname)) {
    const before = page.url();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await page.waitForURL((u) => u.toString() !== before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check your answers");
  await expect(page.locator(".govuk-summary-list")).not.toContainText("Carried over");
  await page.getByLabel("Yes, I’ve completed this section").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-task-list__item", { hasText: dimension.name })).toContainText("Completed");
});

test("a coordinator asking for another partnership's assessment gets 404 and an audit entry", async ({
  page,
  browser,
}) => {
  const a = await createPartnershipWithPeople("owner");
  const b = await createPartnershipWithPeople("intruder");
  const ctx = await browser.newContext();
  const owner = await ctx.newPage();
  await signIn(owner, a.coordinator.email);
  await owner.getByRole("button", { name: /Start the .* self-review/ }).click();
  await owner.waitForURL(/\/assessments\/\d+$/);
  const path = new URL(owner.url()).pathname;
  await ctx.close();

  await signIn(page, b.coordinator.email);
  for (const suffix of ["", "/check", "/members", "/profile/check"]) {
    expect((await page.goto(path + suffix))?.status(), suffix).toBe(404);
  }
  const conn = db();
  const rows = conn
    .prepare(
      "SELECT action, target_type, target_id, detail, repeat_count FROM audit_log WHERE actor_user_id = ? AND outcome = 'denied'",
    )
    .all(b.coordinator.userId) as { repeat_count: number }[];
  conn.close();
  // Repeats within a minute are one entry with a count (lib/audit/write.ts).
  expect(
    rows.reduce((n, r) => n + r.repeat_count, 0),
    JSON.stringify(rows),
  ).toBeGreaterThanOrEqual(4);
});

test("an expired session keeps the unsaved answer on the page, asks to sign in there, then saves it", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("expiry");
  await signIn(page, p.coordinator.email);
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  const sectionTitle = (await sectionTitles(page))[1]!;
  await page.getByRole("link", { name: sectionTitle, exact: true }).click();
  const block = page.locator("[data-question]").first();
  const questionId = (await block.getAttribute("data-question"))!;

  await page.context().clearCookies(); // the session ends (as after 30 minutes idle)
  const option = block
    .locator("input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]")
    .nth(1);
  await option.check();
  const panel = page.getByTestId("session-ended");
  await expect(panel).toBeVisible();
  await expect(page.getByTestId("save-status")).toContainText("Not saved");
  await expect(option).toBeChecked(); // nothing lost from the page
  await expectNoAxeViolations(page);

  await panel.getByLabel("Email address").fill(p.coordinator.email);
  await panel.getByLabel("Password").fill("demo-password-2026");
  await panel.getByRole("button", { name: "Sign in and save" }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  const stored = queryOne<{ n: number }>(
    "SELECT count(*) n FROM answers a JOIN responses r ON r.id = a.response_id JOIN assessments s ON s.id = r.assessment_id WHERE s.partnership_id = ? AND a.question_id = ?",
    p.partnershipId,
    questionId,
  )!;
  expect(stored.n).toBe(1);
});
