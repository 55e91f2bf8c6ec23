// Email over SMTP (issue 21), against the one test server that has SMTP_URL set (the "mail"
// project in playwright.config.ts), which sends to a real SMTP server started by the test run
// (e2e/mail/capture.ts). Each message is asserted as received: its recipient, subject, both
// parts and its link. The outbox default (no SMTP_URL) is checked in invitations.spec.ts.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  test,
  expect,
  signInAs,
  signedInRequest,
  emailFor,
  queryOne,
  db,
  hydrated,
  personFor,
  partnershipIdByName,
  server,
  DEMO_PARTNERSHIP,
} from "./fixtures";
import { callAction } from "./access-matrix/calls";
import { linkIn, receivedMail } from "./mail/read";
import { getFramework } from "../lib/framework";

const NEW_PASSWORD = "quiet-harbour-lantern-ferry";

function actionId(file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename.endsWith(file))?.[0];
  if (!id) throw new Error(`${file}#${name} is not in the build`);
  return id;
}

test.describe.configure({ mode: "serial" });

test("invitation and reset links go by email only: received, working once, and only for that person", async ({
  page,
  browser,
}) => {
  const base = server().baseURL;
  const email = `emailed.${randomUUID().slice(0, 8)}@example.org`;
  const partnershipId = partnershipIdByName(DEMO_PARTNERSHIP);
  await signInAs(page, "coordinator");
  await page.goto(`/partnerships/${partnershipId}/invitations`);
  await hydrated(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Organisation they will answer for").fill("Nottingham Women's Centre");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  // The coordinator never sees the link.
  await expect(page.locator("#invitation-link")).toHaveCount(0);
  expect(await page.content()).not.toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);

  const [invitation] = await receivedMail(email, /^You are invited to join Nottingham/);
  expect(invitation!.to).toEqual([email]);
  expect(invitation!.from).toBe("toolkit@example.org");
  expect(invitation!.subject).toContain("Anti-Slavery Partnership Maturity Toolkit");
  expect(invitation!.text).toContain("Nottingham Women's Centre");
  const link = linkIn(invitation!, `${base}/invite/`);
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  expect(invitation!.html).toContain(`href="${link}"`);
  // Kept out of the outbox once sent: an administrator does not see it either. Polled: the sender
  // forgets the link just after the SMTP server has accepted the message (and so after we read it).
  await expect
    .poll(
      () =>
        queryOne<{ n: number }>(
          "SELECT count(*) n FROM mail_outbox WHERE secret_link IS NOT NULL AND to_address = ?",
          email,
        )!.n,
    )
    .toBe(0);

  // Only for that person: the coordinator, signed in as someone else, cannot accept it.
  await page.goto(link);
  await expect(page.getByText(`This invitation is for ${email}, but you are signed in as`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Accept and join" })).toHaveCount(0);

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link);
  await hydrated(invitee);
  await invitee.getByLabel("Full name").fill("Emma Emailed");
  await invitee.getByLabel("Create a password").fill(NEW_PASSWORD);
  await invitee.getByLabel("Confirm your password").fill(NEW_PASSWORD);
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(DEMO_PARTNERSHIP);
  // Once only.
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("This invitation link cannot be used");
  await context.close();

  // A reset link, issued by an administrator, goes to the person only.
  const userId = queryOne<{ id: number }>("SELECT id FROM users WHERE email = ?", email)!.id;
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAs(adminPage, "admin");
  await adminPage.goto(`/admin/users/${userId}`);
  await hydrated(adminPage);
  await adminPage.getByRole("button", { name: "Create a password reset link" }).click();
  await expect(adminPage.getByText(`Reset link sent to ${email}`)).toBeVisible();
  await expect(adminPage.locator("#reset-link")).toHaveCount(0);
  const [reset] = await receivedMail(email, /^Set a new password/);
  expect(reset!.to).toEqual([email]);
  expect(reset!.text).toContain("Hello Emma Emailed,");
  const resetLink = linkIn(reset!, `${base}/reset-password/`);
  expect(reset!.html).toContain(`href="${resetLink}"`);
  // The outbox lists both, sent, without their links.
  await adminPage.goto("/admin/outbox");
  const rows = adminPage.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Sent");
  expect(await adminPage.content()).not.toContain(resetLink.split("/").pop()!);
  await admin.close();

  const resetContext = await browser.newContext();
  const user = await resetContext.newPage();
  await user.goto(resetLink);
  await hydrated(user);
  await user.getByLabel("New password", { exact: true }).fill(`${NEW_PASSWORD}-again`);
  await user.getByLabel("Confirm the new password").fill(`${NEW_PASSWORD}-again`);
  await user.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(user.getByTestId("signed-in-as")).toBeVisible();
  await user.goto(resetLink);
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("This link cannot be used");
  await resetContext.close();
});

test("reviewer assigned, review published, deadline reminder, chaser and submission receipt arrive by email", async ({
  page,
}) => {
  const base = server().baseURL;
  const partnershipId = partnershipIdByName(DEMO_PARTNERSHIP);
  const coordinator = emailFor("coordinator");
  const current = queryOne<{ id: number; label: string }>("SELECT id, label FROM cycles WHERE status = 'open'")!;

  // "You have been assigned", when an administrator assigns a reviewer.
  const reviewer = await personFor(DEMO_PARTNERSHIP, "unassigned-reviewer");
  const admin = await signedInRequest(emailFor("admin"));
  const assigned = await callAction(admin, actionId("lib/admin/actions.ts", "addAssignmentAction"), [
    { reviewerUserId: String(reviewer.userId), partnershipId: String(partnershipId), cycleId: String(current.id) },
  ]);
  expect(assigned.result?.ok, assigned.text).toBe(true);
  await admin.dispose();
  const [assignment] = await receivedMail(reviewer.email, /^You have been assigned to review Nottingham/);
  expect(assignment!.text).toContain(`${base}/peer-reviews`);
  expect(assignment!.html).toContain(`href="${base}/peer-reviews"`);

  // "Your peer review is published", to the partnership's coordinators, when the reviewer publishes.
  const assignmentId = queryOne<{ id: number }>(
    "SELECT id FROM review_assignments WHERE reviewer_user_id = ?",
    reviewer.userId,
  )!.id;
  const reviewerRequest = await signedInRequest(reviewer.email);
  const dimensions = Object.fromEntries(
    getFramework()!.dimensions.map((d) => [d.id, { agree: "yes", validatedStage: "1", findings: "Seen.", reason: "" }]),
  );
  const published = await callAction(reviewerRequest, actionId("lib/peer-review/actions.ts", "savePeerReviewAction"), [
    {
      assignmentId: String(assignmentId),
      publish: true,
      confirmPublish: true,
      overallFeedback: "A committed partnership.",
      dimensions,
    },
  ]);
  expect(published.result?.ok, published.text).toBe(true);
  await reviewerRequest.dispose();
  const [review] = await receivedMail(
    coordinator,
    new RegExp(`^Your ${current.label.replace("/", "\\/")} peer review is published`),
  );
  expect(review!.to).toEqual([coordinator]);
  expect(review!.text).toContain(`${base}/partnerships/${partnershipId}`);

  // The reminder 14 days before the deadline, queued by the server's own job (every 2 s here).
  const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const conn = db();
  try {
    conn.prepare("UPDATE cycles SET closes_on = ? WHERE id = ?").run(closesOn, current.id);
  } finally {
    conn.close();
  }
  const [reminder] = await receivedMail(coordinator, /^14 days left to submit your/);
  expect(reminder!.text).toContain(DEMO_PARTNERSHIP);
  expect(reminder!.text).toContain(`${base}/partnerships/${partnershipId}`);

  // The chaser, from the submission tracker: the Commissioner's office picks the partnership.
  await signInAs(page, "commissioner");
  await page.goto(`/national/tracker?cycle=${current.id}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Send a reminder to their coordinators" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Select at least one partnership");
  await page.getByRole("group", { name: "Partnerships to remind" }).getByLabel(DEMO_PARTNERSHIP).check();
  await page.getByRole("button", { name: "Send a reminder to their coordinators" }).click();
  await expect(page.getByText("Reminder sent to the coordinators of 1 partnership")).toBeVisible();
  const [chaser] = await receivedMail(coordinator, /^Please submit your/);
  expect(chaser!.text).toContain("Commissioner's office asks you to submit");
  expect(chaser!.text).toContain("in 14 days");

  // The receipt, when the partnership submits: last year's self-review, its cycle opened again here.
  const last = queryOne<{ cycleId: number; assessmentId: number }>(
    `SELECT c.id cycleId, a.id assessmentId FROM cycles c JOIN assessments a ON a.cycle_id = c.id
      WHERE c.status = 'closed' AND a.partnership_id = ? AND a.status = 'submitted' ORDER BY c.closes_on DESC LIMIT 1`,
    partnershipId,
  )!;
  const reopen = db();
  try {
    reopen.prepare("UPDATE cycles SET status = 'open' WHERE id = ?").run(last.cycleId);
    // The demo leaves one of the year before's actions without its follow-up, which submitting asks for.
    reopen
      .prepare(
        `INSERT OR IGNORE INTO action_reviews (action_id, assessment_id, status, reviewed_at)
         SELECT a.id, ?, a.status, '2026-01-01T00:00:00.000Z' FROM actions a JOIN cycles c ON c.id = a.cycle_id
          WHERE a.partnership_id = ? AND c.opens_on < (SELECT opens_on FROM cycles WHERE id = ?)`,
      )
      .run(last.assessmentId, partnershipId, last.cycleId);
  } finally {
    reopen.close();
  }
  const coordinatorRequest = await signedInRequest(coordinator);
  const args = [{ assessmentId: String(last.assessmentId) }];
  const reopened = await callAction(
    coordinatorRequest,
    actionId("lib/assessment/actions.ts", "reopenAssessmentAction"),
    args,
  );
  expect(reopened.result?.ok, reopened.text).toBe(true);
  const submitted = await callAction(
    coordinatorRequest,
    actionId("lib/assessment/actions.ts", "submitAssessmentAction"),
    args,
  );
  expect(submitted.result?.ok, submitted.text).toBe(true);
  await coordinatorRequest.dispose();
  const [receipt] = await receivedMail(
    coordinator,
    /^Nottingham and Nottinghamshire Modern Slavery Partnership has submitted/,
  );
  expect(receipt!.text).toContain(`${base}/assessments/${last.assessmentId}/results`);
  expect(receipt!.html).toContain(`href="${base}/assessments/${last.assessmentId}/results"`);
});
