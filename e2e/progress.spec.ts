// Progress a coordinator can see: the share of questions answered on the task list, and which
// section of how many on each question page.
import { expect } from "@playwright/test";
import { test, signIn, createPartnershipWithPeople, hydrated, expectNoAxeViolations } from "./fixtures";
import { getFramework } from "../lib/framework";
import { sectionsOf } from "../lib/assessment/rules";
import { onePageOneChoice, startedAssessment } from "./question-pages";

test("the task list gives the share of questions answered; a question page says which section of how many", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("progress");
  const assessmentId = startedAssessment(p.partnershipId);
  const { question, path } = onePageOneChoice();
  const sections = sectionsOf(getFramework()!);
  const [sectionId, topicId] = path.split("/");
  const at = sections.findIndex((s) => s.id === sectionId);
  const section = sections[at]!;
  const pageNo = section.topics.findIndex((t) => t.id === topicId) + 1;
  await signIn(page, p.coordinator.email);

  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByTestId("percent-answered")).toHaveText("0% of the questions are answered.");

  await page.goto(`/assessments/${assessmentId}/${path}`);
  await hydrated(page);
  await expect(page.locator(".govuk-caption-l")).toHaveText(
    `Section ${at + 1} of ${sections.length}: ${section.title} · page ${pageNo} of ${section.topics.length}`,
  );
  await expectNoAxeViolations(page);
  await page.locator(`[data-question="${question.id}"] input[type=radio]`).first().check();
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");

  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByTestId("percent-answered")).toHaveText(/^[1-9]\d?% of the questions are answered\.$/);
});
