// Reflow (WCAG 1.4.10): no page scrolls sideways at 320 CSS pixels, the results page also at 390
// and 1280; on the results page every dimension's name on the radar is whole and inside the chart;
// and the main pages' titles say where the user is, each its own. One test, looping the pages.
import type { Page } from "@playwright/test";
import {
  test,
  expect,
  signIn,
  signInAs,
  createPartnershipWithPeople,
  partnershipIdByName,
  queryOne,
  DEMO_PARTNERSHIP,
} from "./fixtures";
import { startedAssessment } from "./question-pages";
import { getFramework } from "../lib/framework";
import { sectionsOf } from "../lib/assessment/rules";

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The radar's labels that are not wholly inside the chart (and the chart inside its box). */
const labelsOutside = (page: Page) =>
  page.getByTestId("stage-radar").evaluate((box) => {
    const svg = box.querySelector(".recharts-wrapper > svg");
    if (!svg) return ["no chart"];
    const s = svg.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const out: string[] = [];
    if (s.left < b.left - 0.5 || s.right > b.right + 0.5) out.push("the chart is wider than its box");
    for (const t of box.querySelectorAll(".app-radar-label")) {
      const r = t.getBoundingClientRect();
      if (r.left < s.left - 0.5 || r.right > s.right + 0.5 || r.top < s.top - 0.5 || r.bottom > s.bottom + 0.5)
        out.push(
          `${t.textContent} (${Math.round(r.left)}–${Math.round(r.right)} of ${Math.round(s.left)}–${Math.round(s.right)})`,
        );
    }
    return out;
  });

test("no page scrolls sideways at 320 px, the radar's labels fit at 320, 390 and 1280 px, and titles say where", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const titles = new Map<string, string>();
  let width = 320;
  await page.setViewportSize({ width, height: 800 });
  const visit = async (name: string, path: string) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await sideways(page), `${name} (${path}) scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    titles.set(name, await page.title());
  };

  // A self-review in progress (a partnership of this test's own): the task list and a question page.
  const p = await createPartnershipWithPeople("reflow");
  const assessmentId = startedAssessment(p.partnershipId);
  const [first] = sectionsOf(getFramework()!);
  await signIn(page, p.coordinator.email);
  await visit("task list", `/assessments/${assessmentId}`);
  await visit("question page", `/assessments/${assessmentId}/${first!.id}/${first!.topics[0]!.id}`);

  // The demo partnership's last results (with last year's and the targets beside them), its plan and trends.
  await signInAs(page, "coordinator");
  const partnershipId = partnershipIdByName(DEMO_PARTNERSHIP);
  const results = queryOne<{ id: number; label: string }>(
    "SELECT a.id, c.label FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE a.partnership_id = ? AND a.status = 'submitted' ORDER BY c.opens_on DESC LIMIT 1",
    partnershipId,
  )!;
  await visit("results", `/assessments/${results.id}/results`);
  const names = await page.getByTestId("stages-table").locator("tbody th").allTextContents();
  expect(names).toHaveLength(10);
  for (const w of [320, 390, 1280]) {
    width = w;
    await page.setViewportSize({ width, height: 800 });
    const labels = page.getByTestId("stage-radar").locator(".app-radar-label");
    // Every name whole (wrapped onto lines, never cut short), and every label inside the chart. Polled:
    // the chart draws its labels again once it has measured its new width.
    const whole = (texts: string[]) => texts.map((t) => t.replace(/-/g, "").replace(/\s+/g, ""));
    await expect.poll(async () => whole(await labels.allTextContents())).toEqual(whole(names));
    await expect.poll(() => labelsOutside(page), `radar labels at ${width} px`).toEqual([]);
    expect(await sideways(page), `results at ${width} px`).toBeLessThanOrEqual(0);
  }
  width = 320;
  await page.setViewportSize({ width, height: 800 });
  await visit("action plan", `/partnerships/${partnershipId}/action-plan`);
  await visit("trends", `/partnerships/${partnershipId}/trends`);

  // The Commissioner's office: the national overview and national trends.
  await signInAs(page, "commissioner");
  await visit("national overview", "/national");
  await visit("national trends", "/national/trends");
  await visit("accessibility statement", "/accessibility");

  // Titles: each page its own, saying whose and which.
  expect(new Set(titles.values()).size, JSON.stringify([...titles])).toBe(titles.size);
  expect(titles.get("results")).toContain(`Results: ${results.label} self-review, ${DEMO_PARTNERSHIP}`);
  expect(titles.get("task list")).toMatch(/^\d{4}\/\d{2} self-review: Test partnership reflow-/);
  expect(titles.get("question page")).toMatch(/: \d{4}\/\d{2} self-review – /);
  expect(titles.get("action plan")).toBe(
    `Action plan: ${DEMO_PARTNERSHIP} – Anti-Slavery Partnership Maturity Toolkit`,
  );
});
