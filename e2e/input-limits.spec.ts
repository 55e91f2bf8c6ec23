// Issue 16, item 13: the cases where work used to be lost without a word: a long text answer,
// evidence with a bad link, and re-opening or closing a cycle with unsubmitted self-reviews.
import { expect } from "@playwright/test";
import { test, signIn, expectNoAxeViolations, queryOne, db, createPartnershipWithPeople, hydrated } from "./fixtures";
import { getFramework } from "../lib/framework";
import { sectionsOf } from "../lib/assessment/rules";
import { fieldKey } from "../lib/assessment/answer-form";
import type { Question } from "../lib/framework/types";

function startedAssessment(partnershipId: number): number {
  const conn = db();
  try {
    const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on DESC").get() as {
      id: number;
    };
    const id = Number(
      conn
        .prepare("INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, ?)")
        .run(partnershipId, cycle.id, getFramework()!.version).lastInsertRowid,
    );
    conn.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(id);
    return id;
  } finally {
    conn.close();
  }
}

/** The question page holding the first question of a type, and the question. */
function pageOf<T extends Question["type"]>(type: T) {
  const fw = getFramework()!;
  const all: Question[] = [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)];
  const question = all.find((q) => q.type === type) as Extract<Question, { type: T }>;
  for (const section of sectionsOf(fw))
    for (const topic of section.topics)
      if (topic.questionIds.includes(question.id)) return { question, path: `${section.id}/${topic.id}` };
  throw new Error(`no page holds a ${type} question`);
}

const storedAnswer = (assessmentId: number, questionId: string) =>
  queryOne<{ value: string }>(
    "SELECT a.value FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? AND r.kind = 'consolidated' AND a.question_id = ?",
    assessmentId,
    questionId,
  );

test("item 13: a 2,500-character text answer is refused with a count, not cut short; shortened, it is saved whole", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("long-text");
  const assessmentId = startedAssessment(p.partnershipId);
  const { question, path } = pageOf("text");
  await signIn(page, p.coordinator.email);
  await page.goto(`/assessments/${assessmentId}/${path}`);
  await hydrated(page);
  const block = page.locator(`[data-question="${question.id}"]`);
  const box = block.locator("textarea").first();
  const long = "The partnership agreed a referral pathway. ".repeat(60).slice(0, question.maxLength + 500);
  await box.fill(long);
  await expect(box).toHaveValue(long); // nothing cut off in the page
  await expect(block.getByTestId("character-count")).toHaveText("You have 500 characters too many");
  await expect(block.locator(".govuk-error-message").first()).toContainText(
    `It has ${(question.maxLength + 500).toLocaleString("en-GB")}, so it has not been saved`,
  );
  await expect(page.getByTestId("save-status")).toHaveText(
    "Not everything is saved: correct what is marked as a problem.",
  );
  expect(storedAnswer(assessmentId, question.id)).toBeUndefined();
  await expectNoAxeViolations(page);

  const fits = long.slice(0, question.maxLength).trim();
  await box.fill(fits);
  await expect(block.getByTestId("character-count")).toContainText("characters remaining");
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  expect(JSON.parse(storedAnswer(assessmentId, question.id)!.value)).toEqual({ kind: "text", value: fits });
});

test("item 13: evidence with a bad link saves the answer and the valid evidence, and keeps the link to correct", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("evidence");
  const assessmentId = startedAssessment(p.partnershipId);
  const { question, path } = pageOf("yesno_evidence");
  await signIn(page, p.coordinator.email);
  await page.goto(`/assessments/${assessmentId}/${path}`);
  await hydrated(page);
  const block = page.locator(`[data-question="${question.id}"]`);
  await block.getByLabel("Yes", { exact: true }).check();
  const base = `#field-${fieldKey(question.id)}-evidence-`;
  await page.locator(`${base}title`).fill("Terms of reference 2026");
  await page.locator(`${base}date`).fill("2026-02-28");
  await page.locator(`${base}link`).fill("not a web address");
  await page.locator(`${base}note`).fill("Agreed by the board in March");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Link must be a web address starting with http:// or https://");
  await expect(page.locator(`${base}link`)).toHaveValue("not a web address"); // still there to correct
  expect(JSON.parse(storedAnswer(assessmentId, question.id)!.value)).toEqual({
    kind: "yesno",
    answer: "yes",
    evidence: { title: "Terms of reference 2026", date: "2026-02-28", note: "Agreed by the board in March" },
  });
  await expectNoAxeViolations(page);
});

test("item 13: re-opening and closing a cycle asks first, saying how many self-reviews are unsubmitted", async ({
  page,
}) => {
  // A past cycle of the test's own (far in the future, so that it is never the current one),
  // closed with one self-review unsubmitted and one submitted.
  const year = 2200 + Math.floor(Math.random() * 700);
  const label = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
  const a = await createPartnershipWithPeople("cycle-a");
  const b = await createPartnershipWithPeople("cycle-b");
  const conn = db();
  let cycleId: number;
  try {
    cycleId = Number(
      conn
        .prepare("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES (?, ?, ?, 'closed')")
        .run(label, `${year}-04-01`, `${year + 1}-03-31`).lastInsertRowid,
    );
    const add = conn.prepare(
      "INSERT INTO assessments (partnership_id, cycle_id, framework_version, status) VALUES (?, ?, ?, ?)",
    );
    add.run(a.partnershipId, cycleId, getFramework()!.version, "in_progress");
    add.run(b.partnershipId, cycleId, getFramework()!.version, "submitted");
  } finally {
    conn.close();
  }
  const status = () => queryOne<{ status: string }>("SELECT status FROM cycles WHERE id = ?", cycleId)!.status;
  await signIn(page, "commissioner@demo.test");
  await page.goto("/national/cycles");
  await hydrated(page);
  const row = page.getByTestId("cycles").getByRole("row", { name: new RegExp(label.replace("/", "\\/")) });

  await row.getByRole("button", { name: `Re-open the ${label} cycle` }).click();
  const confirm = page.getByTestId(`confirm-cycle-${label}`);
  await expect(confirm).toContainText("1 self-review not submitted can be changed and submitted again");
  await expect(confirm).toContainText("its 1 self-review submitted can reopen them");
  await expectNoAxeViolations(page);
  await confirm.getByRole("button", { name: /^Cancel/ }).click();
  expect(status()).toBe("closed");

  await row.getByRole("button", { name: `Re-open the ${label} cycle` }).click();
  await confirm.getByRole("button", { name: `Yes, re-open the ${label} cycle` }).click();
  await expect(row.getByRole("cell").nth(2)).toHaveText("Open");
  expect(status()).toBe("open");

  await row.getByRole("button", { name: `Close the ${label} cycle` }).click();
  await expect(confirm).toContainText(
    "1 self-review is not submitted: it will be locked as it is, can no longer be changed or submitted, and will not count in the national figures.",
  );
  await expect(confirm).toContainText("1 self-review submitted stays as it is.");
  expect(status()).toBe("open"); // nothing happens before the confirmation
  await confirm.getByRole("button", { name: `Yes, close the ${label} cycle` }).click();
  await expect(row.getByRole("cell").nth(2)).toHaveText("Closed");
  expect(
    JSON.parse(
      queryOne<{ detail: string }>(
        "SELECT detail FROM audit_log WHERE action = 'cycle.close' AND target_id = ? ORDER BY id DESC",
        String(cycleId),
      )!.detail,
    ),
  ).toEqual({ unsubmitted: 1, submitted: 1 });
});
