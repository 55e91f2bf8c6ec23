// Autosave on a question page when the connection drops (issue 18: the retry and back-off path,
// unit-tested in lib/assessment/autosave, here end to end): the page says it is trying again, backs
// off, keeps the answer on the page, and saves it once when the connection is back.
import { expect } from "@playwright/test";
import { test, signIn, expectNoAxeViolations, createPartnershipWithPeople, hydrated } from "./fixtures";
import { pageOf, startedAssessment, storedAnswer } from "./question-pages";

test("a dropped connection: the answer stays, the page backs off and says so, then saves once", async ({ page }) => {
  const p = await createPartnershipWithPeople("autosave-offline");
  const assessmentId = startedAssessment(p.partnershipId);
  const { question, path } = pageOf("single");
  await signIn(page, p.coordinator.email);
  await page.goto(`/assessments/${assessmentId}/${path}`);
  await hydrated(page);

  let sent = 0;
  let offline = true;
  // Only the question page's own posts (its server action) are cut off.
  await page.route(
    (url) => url.pathname === `/assessments/${assessmentId}/${path}`,
    (route) => {
      if (route.request().method() !== "POST") return route.continue();
      if (offline) return route.abort("internetdisconnected");
      sent++;
      return route.continue();
    },
  );
  // An option not already chosen (a profile question may start from the partnership's record).
  const radios = page.locator(`[data-question="${question.id}"] input[type=radio]`);
  const unchosen = (await radios.evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).checked))).indexOf(false);
  const choice = radios.nth(unchosen);
  await choice.check();
  const status = page.getByTestId("save-status");
  await expect(status).toHaveText("Not saved — the connection failed. Trying again in 2 seconds.");
  // The retry fails too, and the wait doubles.
  await expect(status).toHaveText("Not saved — the connection failed. Trying again in 4 seconds.");
  await expect(choice).toBeChecked();
  expect(storedAnswer(assessmentId, question.id)).toBeUndefined();
  await expectNoAxeViolations(page);

  offline = false;
  // The next try comes at most one back-off step (8 s) later, if the one due now failed meanwhile.
  await expect(status).toContainText("All changes saved", { timeout: 15_000 });
  await expect(choice).toBeChecked();
  expect(JSON.parse(storedAnswer(assessmentId, question.id)!.value)).toEqual({
    kind: "choice",
    option: question.options[unchosen]!.id,
  });
  expect(sent).toBe(1);
});
