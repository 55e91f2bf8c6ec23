import { randomUUID } from "node:crypto";
import {
  test,
  expect,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  partnershipIdByName,
  DEMO_PARTNERSHIP,
} from "./fixtures";

test("a coordinator invites a member, who joins with the single-use link", async ({ page, browser }) => {
  const email = `new.member.${randomUUID().slice(0, 8)}@example.org`;
  const partnershipId = partnershipIdByName(DEMO_PARTNERSHIP);
  await signInAs(page, "coordinator");
  await page.getByRole("link", { name: "Invite members to respond for their organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Invite members");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter the member’s email address");

  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Organisation they will answer for").fill("Nottinghamshire Fire and Rescue Service");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link (send it to them yourself)").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Waiting");
  await expectNoAxeViolations(page);
  // Only a hash of the token is stored.
  const token = link.split("/").pop()!;
  expect(queryOne<{ n: number }>("SELECT count(*) n FROM invitations WHERE token_hash = ?", token)!.n).toBe(0);

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Join your partnership’s self-review");
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel("Full name").fill("Fran Firefighter");
  await invitee.getByLabel("Create a password").fill("a-long-enough-passphrase");
  await invitee.getByLabel("Confirm your password").fill("a-different-passphrase");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.locator(".govuk-error-summary")).toContainText("The passwords do not match");
  await invitee.getByLabel("Confirm your password").fill("a-long-enough-passphrase");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText(DEMO_PARTNERSHIP);
  expect(
    queryOne<{ role: string; organisation: string }>(
      "SELECT m.role, m.organisation FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ? AND m.partnership_id = ?",
      email,
      partnershipId,
    ),
  ).toEqual({ role: "member", organisation: "Nottinghamshire Fire and Rescue Service" });

  // Single use: the link cannot be used again.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(link);
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("This invitation link cannot be used");
  await again.close();
  await context.close();

  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("Accepted");

  // Without SMTP_URL (this server) nothing is sent: the message is kept in the outbox, where an
  // administrator reads it, with its link, as the coordinator saw it (issue 21).
  const admin = await browser.newContext();
  const outbox = await admin.newPage();
  await signInAs(outbox, "admin");
  await outbox.goto("/admin/outbox");
  await expect(outbox.getByTestId("outbox-delivery")).toContainText("Email is not set up");
  const row = outbox.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await expect(row).toContainText("In the outbox");
  await row.getByText(/^You are invited to join/).click();
  await expect(row.getByTestId("outbox-text")).toContainText(link);
  await expectNoAxeViolations(outbox);
  await admin.close();
});

test("an unknown or malformed invitation link explains that it cannot be used", async ({ page }) => {
  await page.goto(`/invite/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invitation link cannot be used");
  await page.goto("/invite/short");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This invitation link cannot be used");
});
