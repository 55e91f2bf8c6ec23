// Walking the self-assessment in the browser, keyboard only: shared by the e2e specs.
import { expect, type Page } from "@playwright/test";
import { hydrated } from "./fixtures";

/** Answers every question on the current question page with the keyboard only. */
export async function answerPageByKeyboard(page: Page) {
  // Keys pressed before hydration are lost: react-hook-form resets each field to its default when
  // it registers it, so a radio chosen on the server-rendered page comes back unchosen, the page
  // then fails validation and the walk never moves on (the keyboard journey's intermittent hang).
  await hydrated(page);
  const blocks = page.locator("[data-question]");
  const n = await blocks.count();
  for (let i = 0; i < n; i++) {
    const block = blocks.nth(i);
    const radio = block.locator("input[type=radio]").first();
    const checkbox = block.locator(".govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]").first();
    const textInput = block.locator("input[type=text]").first();
    const textarea = block.locator("textarea").first();
    if (await radio.count()) {
      await radio.focus();
      await page.keyboard.press("Space");
    } else if (await checkbox.count()) {
      await checkbox.focus();
      await page.keyboard.press("Space");
    } else if (await textInput.count()) {
      await textInput.focus();
      const min = Number((await textInput.getAttribute("data-min")) ?? 0);
      await page.keyboard.type(String(Math.max(min, 3)));
    } else if (await textarea.count()) {
      await textarea.focus();
      await page.keyboard.type("Answered in the keyboard test");
    }
  }
}

export async function pressButton(page: Page, name: string) {
  await page.getByRole("button", { name, exact: true }).focus();
  await page.keyboard.press("Enter");
}

/** Walks one section from the task list to "completed", keyboard only. */
export async function completeSectionByKeyboard(page: Page, sectionTitle: string) {
  await hydrated(page);
  await page.getByRole("link", { name: sectionTitle, exact: true }).focus();
  await page.keyboard.press("Enter");
  while (!/\/check$/.test(new URL(page.url()).pathname)) {
    await expect(page.locator("[data-question]").first()).toBeVisible();
    await answerPageByKeyboard(page);
    const before = page.url();
    await pressButton(page, "Save and continue");
    await page.waitForURL((u) => u.toString() !== before);
  }
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Check your answers");
  await expect(page.locator(".govuk-summary-list")).not.toContainText("Not answered");
  await hydrated(page);
  await page.getByLabel("Yes, I’ve completed this section").focus();
  await page.keyboard.press("Space");
  await pressButton(page, "Continue");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("self-review");
}

export async function sectionTitles(page: Page): Promise<string[]> {
  await expect(page.locator(".govuk-task-list__link").first()).toBeVisible();
  await hydrated(page);
  return page.locator(".govuk-task-list__link").allTextContents();
}

/** From a partnership's page: start this year's self-review, complete every section and submit. */
export async function startCompleteAndSubmit(page: Page) {
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  for (const title of await sectionTitles(page)) await completeSectionByKeyboard(page, title);
  await page.getByRole("button", { name: "Check answers and submit" }).click();
  await pressButton(page, "Submit assessment");
  await pressButton(page, "Yes, submit the self-review");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Self-review submitted");
}
