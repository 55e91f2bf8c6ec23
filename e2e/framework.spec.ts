import { test, expect, expectNoAxeViolations } from "./fixtures";

const REPORT_RECOMMENDATIONS = ["L1", "L2", "L3", "E1", "E2", "E3", "E4", "E5", "A1", "A2", "F1", "F2"];

test("the framework is published as JSON without signing in", async ({ request }) => {
  const response = await request.get("/api/framework");
  expect(response.status()).toBe(200);
  const fw = await response.json();
  expect(fw.version).toBe("2026.1");
  expect(fw.dimensions.length).toBeGreaterThanOrEqual(10);
  for (const name of ["Leadership", "Prevent", "Pursue", "Protect", "Prepare", "Funding"]) {
    expect(
      fw.dimensions.some((d: { name: string }) => d.name.includes(name)),
      name,
    ).toBe(true);
  }
  for (const d of fw.dimensions) {
    expect(d.stages).toHaveLength(5);
    for (const s of d.stages) {
      expect(s.name).toMatch(/\S/);
      expect(s.descriptor).toMatch(/\S/);
      expect(s.source.doc).toMatch(/IASC2017|VanDyke2017/);
    }
    expect(d.questions.length).toBeGreaterThan(0);
    for (const q of d.questions) {
      expect(q.id).toMatch(/\S/);
      expect(["single", "multi", "yesno_evidence", "number", "text"]).toContain(q.type);
      expect(q.source.section).toMatch(/\S/);
      if (q.options) for (const o of q.options) expect(typeof o.points).toBe("number");
    }
  }
  expect(fw.profile.length).toBeGreaterThan(0);
  expect(fw.recommendations.length).toBeGreaterThan(0);
  for (const r of fw.recommendations) {
    expect(r.reportRecommendation.length).toBeGreaterThan(0);
    for (const id of r.reportRecommendation) expect(REPORT_RECOMMENDATIONS).toContain(id);
    expect(r.source.doc).toMatch(/IASC2017|VanDyke2017/);
  }

  const byVersion = await request.get("/api/framework/2026.1");
  expect(byVersion.status()).toBe(200);
  expect(await byVersion.json()).toEqual(fw);
  expect((await request.get("/api/framework/1999.9")).status()).toBe(404);
  // Test versions exist for the mapping tests but are not published.
  expect((await request.get("/api/framework/test-1")).status()).toBe(404);
});

test("“How scoring works” shows every dimension's stages, questions, points and sources", async ({ page, request }) => {
  const fw = await (await request.get("/api/framework")).json();
  await page.goto("/how-scoring-works");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How scoring works");
  for (const d of fw.dimensions) {
    await expect(page.getByRole("heading", { level: 2, name: d.name, exact: true })).toBeVisible();
  }
  const firstQuestion = fw.dimensions[0].questions[0];
  await expect(page.getByText(firstQuestion.id, { exact: true })).toBeVisible();
  await expect(page.getByRole("caption").filter({ hasText: `Stages of ${fw.dimensions[0].name}` })).toBeVisible();
  await expectNoAxeViolations(page);
});
