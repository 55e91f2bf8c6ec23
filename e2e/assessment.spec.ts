// The self-review in the browser: a coordinator's whole journey by keyboard, an unanswered question's error
// summary, members' responses beside the partnership's, and another partnership's assessment refused.
import { expect } from "@playwright/test";
import { completeSectionByKeyboard, pressButton, sectionTitles } from "./journey";
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
    // Members give their organisation's view of the dimensions; the profile is the coordinators'.
    await expect(mp.getByTestId("member-lead")).toContainText(`You answer for ${member.organisation}`);
    await expect(mp.getByRole("link", { name: "Partnership profile" })).toHaveCount(0);
    const taskList = mp.url();
    await mp.getByRole("link", { name: sectionTitle, exact: true }).click();
    await expect(mp.locator(".govuk-caption-l")).toContainText(`Answering for ${member.organisation}`);
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
    expect((await mp.goto(`${assessmentPath}/profile/check`))?.status()).toBe(404);
    // The first member marks their response finished; the second leaves theirs started.
    if (i === 0) {
      await mp.goto(taskList);
      await mp.getByRole("button", { name: "Mark your response as finished" }).click();
      await expect(mp.getByText(/You marked your response as finished on/)).toBeVisible();
      await expect(mp.getByRole("button", { name: "Change your response" })).toBeVisible();
      await expectNoAxeViolations(mp);
    }
    await ctx.close();
  }

  await page.goto(new URL(coordinatorUrl).pathname.split("/").slice(0, 3).join("/") + "/members");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members’ responses");
  await expect(page.getByTestId("response-rate")).toHaveText(
    "1 of 2 members have finished their response (a response rate of 50%). 1 started, 0 not started.",
  );
  const who = page.getByRole("table", { name: "Members and their responses" });
  await expect(who.getByRole("row", { name: new RegExp(p.members[0]!.organisation) })).toContainText("Finished");
  await expect(who.getByRole("row", { name: new RegExp(p.members[1]!.organisation) })).toContainText("Started");
  const row = page.getByRole("row", {
    name: new RegExp(questionText.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").slice(0, 40)),
  });
  // Only the finished response is compared: the started one is left out until finished.
  await expect(row).toContainText("Answers differ");
  await expect(row).toContainText(p.members[0]!.organisation);
  await expect(row).not.toContainText(p.members[1]!.organisation);
  await expectNoAxeViolations(page);
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
