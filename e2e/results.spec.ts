import { readFileSync } from "node:fs";
import {
  test,
  expect,
  signIn,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  partnershipIdByName,
  personFor,
  signedInRequest,
  DEMO_PARTNERSHIP,
} from "./fixtures";
import { readPdf, squeeze } from "./pdf";

const WEST_YORKSHIRE =
  "West Yorkshire Anti Trafficking and Modern Slavery network (encompasses anti-slavery networks in Leeds, Kirklees, Calderdale, Bradford, and Wakefield)";
const WOLVERHAMPTON = "Wolverhampton Anti-Slavery Partnership";

function lastSubmitted(partnershipId: number) {
  return queryOne<{ id: number; label: string }>(
    "SELECT a.id, c.label FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE a.partnership_id = ? AND a.status = 'submitted' ORDER BY c.opens_on DESC LIMIT 1",
    partnershipId,
  )!;
}

test("results: stages with last year's beside them, what would move each dimension up, members' spread, and a CSV", async ({
  page,
}) => {
  await signInAs(page, "coordinator");
  const { id, label } = lastSubmitted(partnershipIdByName(DEMO_PARTNERSHIP));
  await page.getByRole("link", { name: `Results of the ${label} self-review` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Results ${label}`);
  await expect(page.getByText(/Final results, as submitted on/)).toBeVisible();
  const table = page.getByTestId("stages-table");
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await expect(table.locator("thead")).toContainText("2024/25"); // last year's beside this year's
  await expect(table.locator("thead")).toContainText("Target");
  await expect(page.locator(".recharts-surface").first()).toBeVisible(); // the radar drew
  await expect(table).toContainText("Coverage 100%"); // coverage beside each stage
  await expect(page.getByRole("heading", { name: "Recommendations" })).toBeVisible();
  await expect(page.getByText(/report recommendation (L|E|A|F)\d/i).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the results (CSV)" }).click();
  const file = await (await download).path();
  const lines = readFileSync(file!, "utf8").trim().split(/\r\n/);
  expect(lines[0]).toBe(
    "partnership,cycle,status,dimension_id,dimension,score,stage,stage_name,previous_score,previous_stage,target_stage," +
      "coverage_percent,dont_know,unanswered,score_band_stage,held_by_condition_id,held_by,framework_version",
  );
  // The demo's years were submitted under 2026.1 and keep those recorded results.
  expect(lines[1]).toMatch(/,2026\.1$/);
  expect(lines).toHaveLength(11);
  expect(lines[1]).toContain(label);
  expect(lines[1]).toContain("final");

  // Only the first five recommendations, each saying why it stands there; the rest one link away.
  const list = page.locator("ol.govuk-list--number > li");
  await expect(list).toHaveCount(5);
  await expect(page.getByTestId("why-first").first()).toContainText(/^Why here: Number 1: .* is at stage \d/);
  await page.getByTestId("all-recommendations").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All recommendations");
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/results/recommendations$`));
  expect(await list.count()).toBeGreaterThan(5);
  await expect(page.getByText(/Practice examples/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Each dimension's name in the summary opens its card on the page of them all.
  await page.goBack();
  const name = (await table.locator("tbody th a").nth(3).textContent())!;
  await table.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dimension by dimension");
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/results/dimensions#result-`));
  const card = page.locator("section.app-result-card", {
    has: page.getByRole("heading", { level: 2, name, exact: true }),
  });
  await expect(card).toBeInViewport();
  await expect(page.locator("section.app-result-card")).toHaveCount(10);
  await expect(page.getByText(/What would move the partnership to/).first()).toBeVisible();
  await expect(page.getByText(/Members’ own scores \(3 members\)/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a recommendation is added to the action plan, then given an owner and a due date", async ({ page }) => {
  const coordinator = await personFor(WEST_YORKSHIRE, "coordinator");
  await signIn(page, coordinator.email);
  const { id } = lastSubmitted(coordinator.partnershipId);
  await page.goto(`/assessments/${id}/results`);
  const first = page.locator("ol.govuk-list--number > li").first();
  const title = (await first.locator("p").first().textContent())!;
  await first.getByRole("button", { name: /Add to action plan/ }).click();
  await expect(first.getByText("Added to the action plan.")).toBeVisible();
  await first.getByRole("link", { name: "Add an owner and due date" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change an action");
  await expect(page.getByLabel("What will the partnership do?")).toHaveValue(title);
  await page.getByLabel("Owner: organisation (optional)").fill("West Yorkshire Police");
  await page.getByLabel("Owner: person (optional)").fill("DI Ana Shah");
  await page.getByLabel("Due date (optional)").fill("2027-03-31");
  await page.getByLabel("In progress").check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action plan");
  const row = page.getByRole("row", { name: new RegExp(title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });
  await expect(row).toContainText("DI Ana Shah, West Yorkshire Police");
  await expect(row).toContainText("31 March 2027");
  await expect(row).toContainText("In progress");
  await expectNoAxeViolations(page);
  // The same recommendation cannot be added twice while its action is open.
  await page.goto(`/assessments/${id}/results`);
  await expect(page.locator("ol.govuk-list--number > li").first()).toContainText("In the action plan.");
  // The summary says what the plan holds in a sentence; the plan's own page lists every action.
  await expect(page.getByTestId("plan-summary")).toContainText(/\d+ actions? from every year: [1-9]\d* open actions?/);
  await page.getByTestId("plan-summary").getByRole("link", { name: "See the action plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action plan");
});

test("the next cycle asks about every open action, and the results show last year's targets against what was achieved", async ({
  page,
}) => {
  const coordinator = await personFor(WOLVERHAMPTON, "coordinator");
  const open = queryOne<{ n: number }>(
    "SELECT count(*) n FROM actions WHERE partnership_id = ? AND status IN ('not_started', 'in_progress')",
    coordinator.partnershipId,
  )!.n;
  expect(open).toBeGreaterThan(0);
  await signIn(page, coordinator.email);
  await page.getByRole("button", { name: /Start the .* self-review/ }).click();
  const followUp = page.locator(".govuk-task-list__item", { hasText: "Last year’s action plan" });
  await expect(followUp).toContainText(`${open} of ${open} open actions to follow up`);
  await expect(followUp).toContainText("Not yet started");
  // Carried over from last year, to be confirmed.
  await expect(page.getByText("carried over from last year to confirm").first()).toBeVisible();

  await followUp.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Last year’s action plan");
  await expectNoAxeViolations(page);
  // One page, one save of everything on it (issue 16, item 13): answer every action but the
  // last, and "Save and continue" saves them all and asks only about the one left.
  const cards = page.locator("[data-action]");
  await expect(cards).toHaveCount(open);
  for (let i = 0; i < open - 1; i++) {
    await cards.nth(i).getByLabel("Done").check();
    await cards
      .nth(i)
      .getByLabel(/What changed\?/)
      .fill(`Finished: step ${i + 1} agreed by all three councils.`);
  }
  await page.getByRole("button", { name: "Save and continue" }).click();
  const lastTitle = (await cards
    .nth(open - 1)
    .getByRole("heading")
    .textContent())!;
  await expect(page.locator(".govuk-error-summary")).toContainText(`Say what became of ‘${lastTitle}’`);
  await expect(page.getByTestId("review-save-status")).toContainText(`1 of ${open} open actions still to answer`);
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM action_reviews WHERE assessment_id = (SELECT max(id) FROM assessments WHERE partnership_id = ?)",
      coordinator.partnershipId,
    )!.n,
  ).toBe(open - 1);
  await expectNoAxeViolations(page);
  // A note without a status is refused, and said beside the action it is about.
  const lastCard = cards.nth(open - 1);
  await lastCard.getByLabel(/What changed\?/).fill("Half done");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText(`Select what became of ‘${lastTitle}’`);
  await expect(lastCard.locator(".govuk-error-message")).toContainText(`Select what became of ‘${lastTitle}’`);
  await lastCard.getByLabel(/What changed\?/).fill("");
  await page.getByRole("link", { name: "Back to the sections" }).first().click();
  await expect(followUp).toContainText(`1 of ${open} open actions to follow up`);
  await expect(followUp).toContainText("In progress");
  await followUp.getByRole("link").click();
  await cards
    .nth(open - 1)
    .getByLabel("Dropped")
    .check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(followUp).toContainText(`0 of ${open} open actions to follow up`);
  await expect(followUp).toContainText("Completed");

  await page.getByRole("link", { name: "See the provisional results" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Provisional");
  const targetCells = page.getByTestId("stages-table").locator("tbody td:last-child");
  await expect(targetCells.first()).toHaveText(/\d: (reached|not yet)/);
  await expectNoAxeViolations(page);
});

test("trends across three cycles, and what changed since last year", async ({ page }) => {
  await signInAs(page, "coordinator");
  const partnershipId = partnershipIdByName(DEMO_PARTNERSHIP);
  await page.goto(`/partnerships/${partnershipId}/trends`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trends across every year");
  const first = page.locator("[data-testid^=trend-table-]").first();
  await expect(first.locator("tbody tr")).toHaveCount(3);
  await expect(first).toContainText("2023/24");
  await expect(first).toContainText("2025/26");
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectNoAxeViolations(page);

  const { id, label } = lastSubmitted(partnershipId);
  await page.goto(`/assessments/${id}/changes`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What changed since 2024/25");
  const changed = page.getByTestId("changed-answers");
  await expect(changed.locator("tbody tr").first()).toBeVisible();
  await expect(changed.locator("tbody td:last-child").first()).toHaveText(/^([+-]?\d+|Not scored)$/);
  await expect(page.getByRole("table").first()).toContainText(label);
  await expectNoAxeViolations(page);
});

test("the results print as a clean A4 report: portrait pages with the partnership, cycle, date and page numbers", async ({
  page,
}) => {
  const coordinator = await personFor(WEST_YORKSHIRE, "coordinator");
  await signIn(page, coordinator.email);
  const { id, label } = lastSubmitted(coordinator.partnershipId);
  // The width of A4 less its margins, as the browser lays it out for print.
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.goto(`/assessments/${id}/results`);
  // The results page shows the summary; its print button opens the whole report, printed from there.
  await page.getByRole("button", { name: "Print or save as PDF" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${id}/results/report$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Results ${label}`);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-nav")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  for (const h of ["Summary", "Dimension by dimension", "Recommendations", "Action plan"]) {
    await expect(page.getByRole("heading", { level: 2, name: h, exact: true })).toBeVisible();
  }
  // Everything is in it: every dimension's card and every recommendation, practice examples open.
  await expect(page.locator("section.app-result-card")).toHaveCount(10);
  expect(await page.locator("ol.govuk-list--number > li").count()).toBeGreaterThan(5);
  await expect(page.locator("details.govuk-details[open]").first()).toBeVisible();
  // The stages table, Target column and all, fits its column: nothing clipped or scrolled away.
  const table = page.getByTestId("stages-table");
  await expect(table.locator("thead")).toContainText("Target");
  expect(await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  const printed = (await page.getByTestId("print-header").textContent())!;
  expect(printed).toContain(`${label} self-review`);

  const pdf = await page.pdf({
    format: "A4",
    printBackground: true,
    outline: true,
    tagged: true,
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate:
      '<div style="font-size:9px;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    margin: { top: "15mm", bottom: "18mm", left: "15mm", right: "15mm" },
  });
  const pages = await readPdf(pdf);
  expect(pages.length).toBeGreaterThanOrEqual(3); // summary, dimensions, recommendations, plan on their own pages
  for (const [i, p] of pages.entries()) {
    // A4 portrait: 595.3 × 841.9 points (Chromium rounds the page to whole CSS pixels: within 1.5 pt).
    expect(Math.abs(p.width - 595.28), `page ${i + 1}'s width, ${p.width} pt`).toBeLessThanOrEqual(1.5);
    expect(Math.abs(p.height - 841.89), `page ${i + 1}'s height, ${p.height} pt`).toBeLessThanOrEqual(1.5);
    expect(p.rotate).toBe(0);
    expect(squeeze(p.text), `page ${i + 1}`).toContain(`Page${i + 1}of${pages.length}`);
  }
  const first = squeeze(pages[0]!.text);
  expect(first).toContain(squeeze(WEST_YORKSHIRE));
  expect(first).toContain(squeeze(`${label} self-review`));
  expect(first).toContain(squeeze(printed.slice(printed.indexOf("printed on"))));
  // Read in black and white: each stage is said in words, and the target column is there in full.
  const all = squeeze(pages.map((p) => p.text).join(" "));
  expect(all).toContain("Stage(1–5)andscore(0–100)ofeachdimension");
  expect(all).toMatch(/\d:(reached|notyet)/);
  expect(all).toMatch(/Stage\dof5:/);
  expect(all).toContain("Whatwouldmovethepartnershipto");
});

// Who else gets 404 (members, administrators, other partnerships' coordinators, unassigned
// reviewers) is the access matrix's to check (e2e/access-matrix.ts); here, what those allowed get.
test("exports: the partnership's coordinator, the commissioner and its assigned reviewer get the whole record", async () => {
  const partnershipId = partnershipIdByName(DEMO_PARTNERSHIP);
  const reviewer = await personFor(DEMO_PARTNERSHIP, "reviewer");
  const expectations: [string, number][] = [
    ["coordinator@demo.test", 200],
    ["commissioner@demo.test", 200],
    [reviewer.email, 200],
  ];
  for (const [email, status] of expectations) {
    const caller = await signedInRequest(email);
    for (const ext of ["json", "csv"]) {
      const res = await caller.get(`/api/partnerships/${partnershipId}/export.${ext}`);
      expect(res.status(), `${email} ${ext}`).toBe(status);
      if (status === 200 && ext === "json") {
        const data = await res.json();
        expect(data.partnership.id).toBe(partnershipId);
        expect(data.cycles.length).toBeGreaterThanOrEqual(3);
        const c = data.cycles[0];
        expect(c.answers.length).toBeGreaterThan(50);
        expect(c.dimensions).toHaveLength(10);
        expect(c.actions.length).toBeGreaterThan(0);
      }
      if (status === 200 && ext === "csv") {
        const lines = (await res.text()).trim().split(/\r\n/);
        expect(lines[0]).toBe(
          "partnership,cycle,assessment_status,framework_version,record,dimension_id,question_id,value,score,stage,action_title,action_owner,action_due,action_status",
        );
        expect(lines.filter((l) => l.includes(",dimension,")).length).toBeGreaterThanOrEqual(30);
      }
    }
    await caller.dispose();
  }
  expect(
    queryOne<{ n: number }>("SELECT count(*) n FROM audit_log WHERE action = 'export.partnership'")!.n,
  ).toBeGreaterThanOrEqual(6);
});
