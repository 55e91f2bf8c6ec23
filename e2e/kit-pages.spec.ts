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

  // A due date in the past asks for "Yes, save it anyway": refused, nothing saved, until it is ticked.
  const title = `Overdue check ${Date.now()}`;
  await page.getByLabel("What will the partnership do?").fill(title);
  await page.getByLabel("Due date (optional)").fill("2019-01-31");
  await page.getByLabel("Not started").check();
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(summary).toContainText("The due date is in the past");
  const count = () => queryOne<{ n: number }>("SELECT count(*) n FROM actions WHERE title = ?", title)!.n;
  expect(count()).toBe(0);
  await expectNoAxeViolations(page);
  await page.getByLabel("Yes, save it anyway").check();
  await page.getByRole("button", { name: "Add action" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action plan");
  expect(count()).toBe(1);
  // Overdue stands out: tagged, and first among the open actions.
  const first = page.getByRole("table", { name: "Open actions" }).locator("tbody tr").first();
  await expect(first).toContainText(title);
  await expect(first).toContainText("Overdue");

  // A target below the stage a dimension is at now asks the same; the server refuses it until confirmed.
  const rows = page.getByRole("table", { name: "Stage now, and the target for next year" }).locator("tbody tr");
  // A dimension above stage 1 whose target now is none or not below it (so that putting it back asks nothing).
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => [Number(tr.children[1]!.textContent!.trim()[0]), tr.querySelector("select")!.value] as const),
  );
  const i = shown.findIndex(([now, t]) => now >= 2 && (t === "" || Number(t) >= now));
  expect(i, "a dimension above stage 1").toBeGreaterThanOrEqual(0);
  const select = rows.nth(i).getByRole("combobox");
  const [now, was] = shown[i]!;
  await select.selectOption(String(now - 1));
  const targets = () =>
    queryOne<{ t: string | null }>(
      "SELECT group_concat(dimension_id || target_stage) t FROM dimension_targets WHERE partnership_id = ?",
      id,
    )!.t;
  const before = targets();
  await page.getByRole("button", { name: "Save targets" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("below the stage the dimension is at now");
  expect(targets()).toBe(before);
  await page.getByLabel("Yes, save it anyway").check();
  await page.getByRole("button", { name: "Save targets" }).click();
  await expect(page.getByText("Targets saved.")).toBeVisible();
  expect(targets()).not.toBe(before);
  // Put the target back as it was, for the specs that read this partnership's targets.
  await select.selectOption(was);
  await page.getByRole("button", { name: "Save targets" }).click();
  await expect(page.getByText("Targets saved.")).toBeVisible();
  await expect.poll(targets).toBe(before);
});
