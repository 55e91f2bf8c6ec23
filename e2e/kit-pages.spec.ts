// Pages built from the component kit (components/ui) in the states no other spec scans: a
// server-rendered error summary, tables, summary lists and forms with their errors. Each must
// have no axe violations; the kit's markup itself is unit-tested (components/ui/*.test.tsx).
import {
  test,
  expect,
  signInAs,
  expectNoAxeViolations,
  hydrated,
  queryOne,
  partnershipIdByName,
  DEMO_PARTNERSHIP,
} from "./fixtures";

test("national pages: compare's error summary takes focus and leads to its field; tables", async ({ page }) => {
  const id = partnershipIdByName(DEMO_PARTNERSHIP);
  await signInAs(page, "commissioner");
  await page.goto(`/national/compare?p=${id}`);
  await hydrated(page);
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Choose at least 2 partnerships to compare: you chose 1." }).click();
  // The first checkbox of the list (the error summary's target).
  await expect(page.locator("#field-p")).toBeFocused();
  await expectNoAxeViolations(page);
  // A cycle in which the demo partnership submitted its self-review (from its seeded history: other
  // specs create and close cycles of their own in the same database, so "the last closed" is not it).
  const cycle = queryOne<{ id: number }>(
    "SELECT c.id FROM cycles c JOIN assessments a ON a.cycle_id = c.id WHERE a.partnership_id = ? AND a.status = 'submitted' ORDER BY c.opens_on DESC",
    id,
  )!.id;
  for (const path of [`/national/benchmark?cycle=${cycle}&p=${id}`, "/national/trends", "/national/data-dictionary"]) {
    await page.goto(path);
    await expect(page.locator("table").first()).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test("admin partnership pages: the table, and the edit form's radios and checkboxes", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/partnerships");
  await expect(page.getByRole("button", { name: "Create a partnership" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/admin/partnerships/${partnershipIdByName(DEMO_PARTNERSHIP)}`);
  await expect(page.getByRole("group", { name: "Police force areas covered" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("action plan: the targets table, and an empty new action refused field by field", async ({ page }) => {
  const id = partnershipIdByName(DEMO_PARTNERSHIP);
  await signInAs(page, "coordinator");
  await page.goto(`/partnerships/${id}/action-plan`);
  await expect(page.getByLabel(/^Target stage for /).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/partnerships/${id}/action-plan/new`);
  await hydrated(page);
  await page.getByRole("button", { name: "Add action" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("What will the partnership do?")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
