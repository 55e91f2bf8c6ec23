import { test, expect, expectNoAxeViolations } from "./fixtures";

const REPORT_RECOMMENDATIONS = ["L1", "L2", "L3", "E1", "E2", "E3", "E4", "E5", "A1", "A2", "F1", "F2"];

test("the framework is published as JSON without signing in", async ({ request }) => {
  const response = await request.get("/api/framework");
  expect(response.status()).toBe(200);
  const fw = await response.json();
  expect(fw.version).toBe("2026.2");
  expect(fw.scoringModel).toBe("bands-and-conditions");
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
      // 2026.2: the few conditions that can hold a stage each say what is needed.
      for (const c of s.conditions) expect(c.needed).toMatch(/\S/);
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
    // 2026.2 links a recommendation to the report's twelve only where it serves their intent.
    for (const id of r.reportRecommendation) expect(REPORT_RECOMMENDATIONS).toContain(id);
    expect(r.need ?? r.appliesWhen ?? r.addresses[0]).toBeTruthy();
    expect(r.source.doc).toMatch(/IASC2017|VanDyke2017/);
  }
  // The four Ps cite the Home Office strategy that defines them.
  expect(fw.dimensions.find((d: { id: string }) => d.id === "prevent").source.doc).toBe("HomeOffice2014");
  expect(fw.documents.HomeOffice2014.year).toBe(2014);
  // "Done at regional / national level for us" says, as data, which partnership levels it is offered to.
  const reception = fw.dimensions
    .find((d: { id: string }) => d.id === "prepare")
    .questions.find((q: { id: string }) => q.id === "prepare.reception");
  const elsewhere = reception.options.find((o: { id: string }) => o.id === "elsewhere");
  expect(elsewhere.levels.offeredAt).toEqual(["local", "sub_regional", "regional", "other"]);
  expect(elsewhere.levels.at.regional.label).toBe("Done at national level for us");
  expect(elsewhere.levels.source.quote).toContain("could be provided at a regional or national level");

  const byVersion = await request.get("/api/framework/2026.2");
  expect(byVersion.status()).toBe(200);
  expect(await byVersion.json()).toEqual(fw);
  // 2026.1 stays released and readable.
  const v1 = await request.get("/api/framework/2026.1");
  expect(v1.status()).toBe(200);
  const old = await v1.json();
  expect(old.version).toBe("2026.1");
  expect(
    old.dimensions.find((d: { id: string }) => d.id === "pursue").questions.map((q: { id: string }) => q.id),
  ).toContain("pursue.colocation");
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
  // Bands, conditions, coverage and weights, with a worked example.
  await expect(page.getByRole("heading", { name: "Bands, conditions, coverage and weights" })).toBeVisible();
  await expect(page.getByText("Stage 2: a current action plan is needed for stage 3", { exact: true })).toBeVisible();
  await expect(page.getByTestId("conditions-table")).toContainText("strat.c.action_plan");
  await expect(page.getByTestId("weights-table")).toBeVisible();
  await expect(page.getByTestId("option-pursue.pursue_group-elsewhere")).toHaveText(
    "Done at regional / national level for us: left out of the score. Offered at: local; county or sub-regional; " +
      "other arrangements. Not offered: regional; national.",
  );
  await expectNoAxeViolations(page);
});
