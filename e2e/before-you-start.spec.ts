// Issue 19, part A: the "before you start" page, and confirming a section's carried-over answers at
// once from its check page. One test, to keep the browser budget: the rules are unit-tested
// (lib/assessment/before-you-start.test.ts, lib/assessment/carried-over.test.ts).
import { expect } from "@playwright/test";
import { test, signIn, createPartnershipWithPeople, hydrated, expectNoAxeViolations, db, queryOne } from "./fixtures";
import { getFramework } from "../lib/framework";
import { sectionsOf } from "../lib/assessment/rules";
import { startedAssessment } from "./question-pages";

/** Last year's answers to every question of a section, carried over and not yet confirmed. */
function carryOver(assessmentId: number, sectionId: string, value: (questionId: string) => unknown) {
  const conn = db();
  try {
    const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'closed' ORDER BY opens_on DESC").get() as {
      id: number;
    };
    const response = conn
      .prepare("SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated'")
      .get(assessmentId) as { id: number };
    const section = sectionsOf(getFramework()!).find((s) => s.id === sectionId)!;
    for (const q of section.questionIds)
      conn
        .prepare(
          "INSERT INTO answers (response_id, question_id, value, carried_over_from_cycle_id) VALUES (?, ?, ?, ?)",
        )
        .run(response.id, q, JSON.stringify(value(q)), cycle.id);
    return section.questionIds.length;
  } finally {
    conn.close();
  }
}

const unconfirmed = (assessmentId: number, sectionId: string) =>
  queryOne<{ n: number }>(
    "SELECT count(*) n FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? AND a.question_id LIKE ? AND a.carried_over_from_cycle_id IS NOT NULL AND a.confirmed_at IS NULL",
    assessmentId,
    `${sectionId}.%`,
  )!.n;

test("before you start, confirming a section's unchanged carried-over answers at once, and the section's comment", async ({
  page,
}) => {
  // A national partnership: last year's "Done at regional / national level for us" is no longer offered to it.
  const p = await createPartnershipWithPeople("before-you-start", 0, "national");
  const assessmentId = startedAssessment(p.partnershipId);
  const carried = carryOver(assessmentId, "prepare", (q) =>
    q === "prepare.reception" ? { kind: "choice", option: "elsewhere" } : { kind: "dont_know" },
  );
  await signIn(page, p.coordinator.email);

  // Not started yet (carried-over answers wait to be confirmed): the task list points to "before you start".
  await page.goto(`/assessments/${assessmentId}`);
  await page.getByTestId("before-you-start-banner").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Before you start");
  const sections = sectionsOf(getFramework()!);
  await expect(page.getByTestId("sections").locator("tbody tr")).toHaveCount(sections.length);
  await expect(page.getByTestId("time-rule")).toContainText("round each section up to the next 5 minutes");
  await expect(page.getByTestId("documents")).toContainText("Title and date of the current terms of reference");
  await expect(page.getByTestId("who-sees")).toContainText("peer reviewer");
  await expectNoAxeViolations(page);

  // The profile starts from what the partnership record knows (not yet saved: the page says so),
  // also over last year's carried-over level ("local"), which the record, corrected since, no longer
  // says: confirming the page must not undo the correction.
  const lastYears = db();
  try {
    lastYears
      .prepare(
        "INSERT INTO answers (response_id, question_id, value, carried_over_from_cycle_id) SELECT r.id, 'profile.level', ?, (SELECT id FROM cycles WHERE status = 'closed' ORDER BY opens_on DESC) FROM responses r WHERE r.assessment_id = ? AND r.kind = 'consolidated'",
      )
      .run(JSON.stringify({ kind: "choice", option: "local" }), assessmentId);
  } finally {
    lastYears.close();
  }
  const about = sections[0]!.topics[0]!;
  await page.goto(`/assessments/${assessmentId}/profile/${about.id}`);
  await expect(page.getByTestId("question-page-note")).toContainText("filled in from the partnership’s record");
  await expect(page.locator('[data-question="profile.level"] input[value="national"]')).toBeChecked();
  await expect(page.locator('[data-question="profile.force_areas"] input[value="kent"]')).toBeChecked();

  // The section's check page: confirm all at once; the answer the level rule refuses stays.
  await page.goto(`/assessments/${assessmentId}/prepare/check`);
  await hydrated(page);
  await expect(page.getByTestId("confirm-all")).toContainText(`${carried} answers were carried over`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm all unchanged answers in this section" }).click();
  await expect(page.getByTestId("confirmed-banner")).toContainText(
    `${carried - 1} answers carried over from last year were confirmed. 1 carried-over answer was left to check on its own page: give a new answer with Change.`,
  );
  await expect(page.getByTestId("confirm-all")).toContainText("1 answer was carried over");
  expect(unconfirmed(assessmentId, "prepare")).toBe(1);

  // The section's comment box: too long is refused clearly; saved, it is on the results' card of its dimension.
  const box = page.getByLabel("Anything else we should know about Prepare?");
  await box.fill("x".repeat(2001));
  await page.getByRole("button", { name: "Save comment" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Your comment must be 2,000 characters or fewer");
  await box.fill("Victims are received at the regional centre.");
  await page.getByRole("button", { name: "Save comment" }).click();
  await expect(page.getByTestId("comment-status")).toContainText("Your comment has been saved.");

  // Someone else saves a comment after this page showed ours: saving again overwrites nothing
  // unseen; theirs and ours are shown side by side, as for answers, and ours is saved only on request.
  const storedComment = () =>
    queryOne<{ body: string; row_version: number }>(
      "SELECT c.body, c.row_version FROM section_comments c JOIN responses r ON r.id = c.response_id WHERE r.assessment_id = ? AND c.section_id = 'prepare'",
      assessmentId,
    )!;
  const conn = db();
  try {
    conn
      .prepare(
        "UPDATE section_comments SET body = 'The regional centre has closed.', row_version = row_version + 1, updated_by_user_id = NULL WHERE section_id = 'prepare' AND response_id = (SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated')",
      )
      .run(assessmentId);
  } finally {
    conn.close();
  }
  const theirVersion = storedComment().row_version;
  await box.fill("Victims are received at the regional centre in Hull.");
  await page.getByRole("button", { name: "Save comment" }).click();
  const conflict = page.getByTestId("comment-conflict");
  await expect(conflict).toContainText("Your comment has not been saved: someone saved a newer comment");
  await expect(conflict.getByRole("row", { name: /Comment/ })).toContainText("The regional centre has closed.");
  await expect(conflict.getByRole("row", { name: /Comment/ })).toContainText("in Hull.");
  expect(storedComment()).toEqual({ body: "The regional centre has closed.", row_version: theirVersion });
  await expectNoAxeViolations(page);
  await conflict.getByRole("button", { name: "Save my comment" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByTestId("comment-status")).toContainText("Your comment has been saved.");
  expect(storedComment()).toEqual({
    body: "Victims are received at the regional centre in Hull.",
    row_version: theirVersion + 1,
  });

  await box.fill("Victims are received at the regional centre.");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page).toHaveURL(new RegExp(`/assessments/${assessmentId}$`));
  await page.goto(`/assessments/${assessmentId}/results/dimensions`);
  await expect(page.getByTestId("comment-prepare")).toContainText("Victims are received at the regional centre.");
});
