import {
  test,
  expect,
  signIn,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  personFor,
  DEMO_PARTNERSHIP,
} from "./fixtures";

function assignmentOf(reviewerUserId: number) {
  return queryOne<{ id: number }>("SELECT id FROM review_assignments WHERE reviewer_user_id = ?", reviewerUserId)!.id;
}

test("the assigned reviewer's visit pack raises members' disagreement and out-of-date evidence, and prints", async ({
  page,
}) => {
  await signInAs(page, "reviewer");
  await page
    .getByRole("link", { name: /^Visit pack/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Visit pack: ${DEMO_PARTNERSHIP}`);
  const lines = page.getByTestId("lines-of-enquiry");
  await expect(lines.locator("[data-kind=members-disagree]").first()).toBeVisible();
  await expect(lines.locator("[data-kind=evidence-out-of-date]").first()).toContainText(
    "more than 12 months before the cycle opened",
  );
  await expect(lines.locator("li").first()).toContainText("Ask of:");
  await expect(page.getByRole("heading", { name: "Draft position statement" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Documents to request" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".app-nav")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  for (const h of ["The partnership", "Draft position statement", "Documents to request", "Last review’s findings"]) {
    await expect(page.getByRole("heading", { level: 2, name: h, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: /^Lines of enquiry \(\d+\)$/ })).toBeVisible();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
});

test("a reviewer records and publishes a review; the coordinator then sees the validated stages", async ({
  page,
  browser,
}) => {
  const reviewer = await personFor(DEMO_PARTNERSHIP, "reviewer");
  const assignment = assignmentOf(reviewer.userId);
  await signIn(page, reviewer.email);
  await page.goto(`/peer-reviews/${assignment}/record`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Record the review");

  // Publishing an empty review is refused, with what is missing.
  await page.getByRole("button", { name: "Publish the review" }).click();
  await page.getByRole("button", { name: "Yes, publish the review" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Write the overall feedback before publishing");
  await expect(summary).toContainText("before publishing");
  await expectNoAxeViolations(page);

  const agrees = page.getByLabel(/^Agree with stage \d for /);
  const n = await agrees.count();
  expect(n).toBe(10);
  for (let i = 1; i < n; i++) await agrees.nth(i).check();
  await page
    .getByLabel(/^Adjust the stage for /)
    .first()
    .check();
  const stageSelect = page.getByLabel(/^Validated stage for /).first();
  const current = await stageSelect.inputValue();
  await stageSelect.selectOption(current === "1" ? "2" : "1");
  // A draft saves whatever is there, the adjustment without its reason too (issue 16, item 13);
  // publishing it so would be refused.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Adjust the stage for /).first()).toBeChecked();
  await expect(page.getByLabel(/^Validated stage for /).first()).toHaveValue(current === "1" ? "2" : "1");
  await page.getByRole("button", { name: "Publish the review" }).click();
  await page.getByRole("button", { name: "Yes, publish the review" }).click();
  await expect(summary).toContainText("Give the reason for adjusting");
  await page
    .getByLabel(/^Reason for adjusting /)
    .first()
    .fill("No current action plan was seen at the visit.");
  await page
    .getByLabel(/^Findings for /)
    .first()
    .fill("Chair rotates between partners.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await page
    .getByLabel("Overall feedback")
    .fill("A committed partnership; strengthen governance before the next cycle.");
  // Publishing asks first; "not yet" leaves the review a draft, "yes" publishes it and the
  // assignment list says so.
  await page.getByRole("button", { name: "Publish the review" }).click();
  await expect(page.getByText(/Once published, .* can no longer be changed/)).toBeVisible();
  await page.getByRole("button", { name: "Not yet: keep editing" }).click();
  await expect(page.getByRole("button", { name: "Yes, publish the review" })).toBeHidden();
  await page.getByRole("button", { name: "Publish the review" }).click();
  await page.getByRole("button", { name: "Yes, publish the review" }).click();
  await expect(page).toHaveURL(new RegExp(`/\\?published=${assignment}$`));
  const banner = page.getByTestId("published-banner");
  await expect(banner).toContainText(/Your review of .* is published/);
  await expectNoAxeViolations(page);
  await page.goto(`/peer-reviews/${assignment}/record`);
  await expect(page.getByRole("heading", { name: "Review published" })).toBeVisible();
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'review.publish' AND actor_user_id = ?",
      reviewer.userId,
    )!.n,
  ).toBe(1);

  const ctx = await browser.newContext();
  const coordinator = await ctx.newPage();
  await signInAs(coordinator, "coordinator");
  await coordinator.getByRole("link", { name: /^Results of the .* self-review$/ }).click();
  await expect(coordinator.getByTestId("review-feedback")).toContainText("strengthen governance");
  await expect(coordinator.getByTestId("stages-table").locator("thead")).toContainText("Peer review");
  await expectNoAxeViolations(coordinator);
  const fits = async () => {
    // With the peer review's column the page still fits, wide and narrow (WCAG 1.4.10 reflow).
    for (const width of [1280, 320]) {
      await coordinator.setViewportSize({ width, height: 800 });
      await expect
        .poll(() =>
          coordinator.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        )
        .toBeLessThanOrEqual(0);
    }
  };
  await fits();
  // Each dimension's card (on the dimensions page, linked from the summary) says what the reviewer found.
  await coordinator.goto(new URL(coordinator.url()).pathname + "/dimensions");
  await expect(coordinator.getByText(/validated at stage \d — No current action plan was seen/)).toBeVisible();
  await fits();
  await ctx.close();

  // The national view can filter to validated results, and the tracker shows the review.
  const commissionerCtx = await browser.newContext();
  const commissioner = await commissionerCtx.newPage();
  await signInAs(commissioner, "commissioner");
  const reviewedCycle = queryOne<{ cycle_id: number }>(
    "SELECT a.cycle_id FROM peer_reviews r JOIN assessments a ON a.id = r.assessment_id JOIN review_assignments ra ON ra.id = r.assignment_id WHERE ra.reviewer_user_id = ?",
    reviewer.userId,
  )!.cycle_id;
  // This review and the demo data's published reviews of the same cycle.
  const validated = queryOne<{ n: number }>(
    "SELECT count(DISTINCT a.partnership_id) n FROM peer_reviews r JOIN assessments a ON a.id = r.assessment_id WHERE a.cycle_id = ? AND r.status = 'published' AND a.status = 'submitted'",
    reviewedCycle,
  )!.n;
  expect(validated).toBeGreaterThan(1);
  await commissioner.goto(`/national?cycle=${reviewedCycle}&validated=yes`);
  await expect(commissioner.getByTestId("overview-summary")).toContainText(`${validated} submitted`);
  // Under the filter the stages are the validated ones (this review adjusted one), not the self-assessed.
  const validatedStages = [1, 2, 3, 4, 5].map(
    (stage) =>
      queryOne<{ n: number }>(
        "SELECT count(*) n FROM peer_review_dimensions d JOIN peer_reviews r ON r.id = d.review_id JOIN assessments a ON a.id = r.assessment_id WHERE a.cycle_id = ? AND r.status = 'published' AND d.dimension_id = 'lead' AND d.validated_stage = ?",
        reviewedCycle,
        stage,
      )!.n,
  );
  const leadRow = commissioner.getByTestId("stage-distribution").locator("tbody tr").first();
  await expect(leadRow.locator("td")).toHaveText([...validatedStages.map(String), /.*/, /.*/]);
  await commissioner.goto(`/national/tracker?cycle=${reviewedCycle}`);
  await expect(
    commissioner.getByTestId("tracker").getByRole("row", { name: new RegExp(DEMO_PARTNERSHIP) }),
  ).toContainText("Reviewed");
  await commissioner.goto("/national/assignments");
  await expect(commissioner.getByRole("heading", { level: 1 })).toHaveText("Peer-review assignments");
  await expectNoAxeViolations(commissioner);
  await commissionerCtx.close();
});
