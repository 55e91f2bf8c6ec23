// Level-aware "Done at regional / national level for us" (issue 15): offered only where the
// partnership's level has a level above it that can do the work (framework 2026.2's level rules),
// refused by the server elsewhere, and an answer given before a level changed is asked for again.
import type { Page } from "@playwright/test";
import { test, expect, signIn, expectNoAxeViolations, queryOne, db, createPartnershipWithPeople } from "./fixtures";
import type { PartnershipLevel } from "../lib/domain/enums";

const GENERAL = "Done at regional / national level for us";
const NATIONAL_ONLY = "Done at national level for us";

/** Starts a self-review as the coordinator of a new partnership at `level`; returns the task list's path. */
async function startAt(page: Page, level: PartnershipLevel, label: string) {
  const p = await createPartnershipWithPeople(label, 0, level);
  await signIn(page, p.coordinator.email);
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  await expect(page.locator(".govuk-task-list")).toBeVisible();
  return { ...p, base: new URL(page.url()).pathname };
}

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);

function setLevel(partnershipId: number, level: PartnershipLevel) {
  const conn = db();
  try {
    conn.prepare("UPDATE partnerships SET level = ? WHERE id = ?").run(level, partnershipId);
  } finally {
    conn.close();
  }
}

function storedAnswer(partnershipId: number, questionId: string) {
  return queryOne<{ value: string }>(
    "SELECT a.value FROM answers a JOIN responses r ON r.id = a.response_id JOIN assessments s ON s.id = r.assessment_id WHERE s.partnership_id = ? AND a.question_id = ?",
    partnershipId,
    questionId,
  )?.value;
}

test("a sub-regional partnership is offered the option, a regional one only national level, a national one none", async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const [level, reception, pursue] of [
    ["sub_regional", GENERAL, GENERAL],
    ["regional", NATIONAL_ONLY, null],
    ["national", null, null],
  ] as const) {
    const p = await startAt(page, level, `level-${level}`);

    // Reception: a radio with its own hint saying when to choose it.
    await page.goto(`${p.base}/prepare/prepare.referrals`);
    const radios = question(page, "prepare.reception").getByRole("radio");
    await expect(radios.first()).toBeVisible();
    if (reception) {
      const option = question(page, "prepare.reception").getByRole("radio", { name: reception, exact: true });
      await expect(option).toBeVisible();
      await expect(option).toHaveAccessibleDescription(
        reception === GENERAL
          ? "Choose this if reception centres or safe houses are provided for your area by a regional or national body."
          : "Choose this if reception centres or safe houses are provided for your area by a national body.",
      );
    }
    await expect(question(page, "prepare.reception").getByText(/^Done at/)).toHaveCount(reception ? 1 : 0);
    await expect(question(page, "prepare.reception").getByText(GENERAL)).toHaveCount(reception === GENERAL ? 1 : 0);
    await expectNoAxeViolations(page);

    // Training: a checkbox, offered on the same terms.
    await page.goto(`${p.base}/prepare/prepare.identification`);
    await expect(question(page, "prepare.training_model").getByRole("checkbox").first()).toBeVisible();
    await expect(question(page, "prepare.training_model").getByRole("checkbox", { name: /^Done at/ })).toHaveCount(
      reception ? 1 : 0,
    );
    if (reception)
      await expect(question(page, "prepare.training_model").getByRole("checkbox", { name: reception })).toBeVisible();

    // The pursue group: force-wide or regional groups serve local and sub-regional partnerships only.
    await page.goto(`${p.base}/pursue/pursue.operations`);
    await expect(question(page, "pursue.pursue_group").getByRole("radio").first()).toBeVisible();
    await expect(question(page, "pursue.pursue_group").getByRole("radio", { name: /^Done at/ })).toHaveCount(
      pursue ? 1 : 0,
    );
    // Nowhere does a national partnership's page mention the option.
    if (level === "national") await expect(page.locator("main")).not.toContainText("Done at");
    await expectNoAxeViolations(page);
    await page.context().clearCookies();
  }
});

test("the server refuses the option once the level is national, and an earlier answer must be given again", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const p = await startAt(page, "sub_regional", "level-change");

  // The page was opened as a sub-regional partnership; the level becomes national before the save.
  await page.goto(`${p.base}/prepare/prepare.referrals`);
  const reception = question(page, "prepare.reception");
  await expect(reception.getByRole("radio", { name: GENERAL })).toBeVisible();
  setLevel(p.partnershipId, "national");
  await reception.getByRole("radio", { name: GENERAL }).check();
  await expect(reception.locator(".govuk-error-message")).toHaveText(
    "Error: ‘Done at regional / national level for us’ is not offered to a national partnership. Select what happens about immediate accommodation and support",
  );
  await expect(page.getByTestId("save-status")).toHaveText(
    "Not everything is saved: correct what is marked as a problem.",
  );
  expect(storedAnswer(p.partnershipId, "prepare.reception")).toBeUndefined();
  await expectNoAxeViolations(page);

  // As a sub-regional partnership the answer is saved.
  setLevel(p.partnershipId, "sub_regional");
  await page.reload();
  await reception.getByRole("radio", { name: GENERAL }).check();
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  expect(JSON.parse(storedAnswer(p.partnershipId, "prepare.reception")!)).toEqual({
    kind: "choice",
    option: "elsewhere",
  });

  // Then the partnership is recorded as national: the answer is kept but flagged for a new one.
  setLevel(p.partnershipId, "national");
  await page.goto(`${p.base}/prepare/check`);
  await expect(page.getByTestId("not-offered-prepare.reception")).toHaveText(
    "Not offered to a national partnership — give a new answer",
  );
  await expectNoAxeViolations(page);
  await page.getByLabel("Yes, I’ve completed this section").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("not offered to a national partnership");
  await page.goto(p.base);
  await expect(page.locator(".govuk-task-list__item", { hasText: "Prepare" })).toContainText("1 to answer again");

  // The question page says why it asks again, and shows the question unanswered.
  await page.goto(`${p.base}/prepare/prepare.referrals`);
  await expect(page.getByTestId("not-offered-prepare.reception")).toHaveText(
    "The answer given before, ‘Done at regional / national level for us’, is not offered to a national partnership: give a new answer",
  );
  await expect(reception.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(reception.getByRole("radio", { name: /^Done at/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await reception.getByRole("radio", { name: "Agreed arrangements with named providers" }).check();
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  await expect(page.getByTestId("not-offered-prepare.reception")).toHaveCount(0);
  expect(JSON.parse(storedAnswer(p.partnershipId, "prepare.reception")!)).toEqual({ kind: "choice", option: "agreed" });
});
