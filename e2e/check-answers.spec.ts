// "Change" on a check-your-answers page brings the user back to that page once the answer is saved
// (the GOV.UK pattern), from a section's check page and from the whole self-review's alike.
import { expect } from "@playwright/test";
import { test, signIn, createPartnershipWithPeople, hydrated } from "./fixtures";
import { onePageOneChoice, startedAssessment, storedAnswer } from "./question-pages";

test("Change on check your answers returns there after saving, not to the next page", async ({ page }) => {
  const p = await createPartnershipWithPeople("change-returns");
  const assessmentId = startedAssessment(p.partnershipId);
  const { question, path } = onePageOneChoice();
  const sectionId = path.split("/")[0]!;
  await signIn(page, p.coordinator.email);

  for (const [checkPage, option] of [
    [`/assessments/${assessmentId}/${sectionId}/check`, question.options[0]!],
    [`/assessments/${assessmentId}/check`, question.options[1]!],
  ] as const) {
    await page.goto(checkPage);
    await page.getByRole("link", { name: `Change ${question.text}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}/${path}\\?return=`));
    await hydrated(page);
    await page.locator(`[data-question="${question.id}"]`).getByLabel(option.label, { exact: true }).check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`${checkPage}$`));
    expect(JSON.parse(storedAnswer(assessmentId, question.id)!.value)).toEqual({ kind: "choice", option: option.id });
    await expect(page.locator(".govuk-summary-list__row", { hasText: question.text })).toContainText(option.label);
  }
});
