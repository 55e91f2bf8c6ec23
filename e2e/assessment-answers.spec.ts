// Answers that must not be lost: a stale save from a second browser, last year's answers carried
// forward into the next cycle, and an answer typed as the session expired.
import { expect } from "@playwright/test";
import { sectionTitles } from "./journey";
import { CURRENT_FRAMEWORK_VERSION, getFramework } from "../lib/framework";
import { test, signIn, expectNoAxeViolations, queryOne, db, createPartnershipWithPeople } from "./fixtures";

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

  // Each page marks them; Save and continue confirms them (walked from the section's first page:
  // "Change" would come straight back here, as check-answers.spec.ts shows).
  const firstPage = await page
    .getByRole("link", { name: /^Change/ })
    .first()
    .getAttribute("href");
  await page.goto(firstPage!.split("?")[0]!);
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
