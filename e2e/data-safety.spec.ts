// Issue 16, items 10–13: nothing a user saved is lost or silently overwritten. Two people editing
// one action; GET pages that write nothing; failures shown with a reference and the typing kept;
// and the cases where work used to be lost without a word.
import { expect, type Browser, type Page } from "@playwright/test";
import {
  test,
  signIn,
  expectNoAxeViolations,
  queryOne,
  db,
  createPartnershipWithPeople,
  personFor,
  hydrated,
} from "./fixtures";
import { CURRENT_FRAMEWORK_VERSION } from "../lib/framework";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** An action in the partnership's plan, from the open cycle (with this year's assessment started). */
function addAction(partnershipId: number, title: string): number {
  const conn = db();
  try {
    const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on DESC").get() as {
      id: number;
    };
    conn
      .prepare("INSERT OR IGNORE INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, ?)")
      // The current version by name: "the latest assessment's" may be another test's (one with a
      // version this server does not have, made for the error page).
      .run(partnershipId, cycle.id, CURRENT_FRAMEWORK_VERSION);
    const dimension = (conn.prepare("SELECT dimension_id d FROM actions LIMIT 1").get() as { d: string }).d;
    return Number(
      conn
        .prepare("INSERT INTO actions (partnership_id, cycle_id, dimension_id, title) VALUES (?, ?, ?, ?)")
        .run(partnershipId, cycle.id, dimension, title).lastInsertRowid,
    );
  } finally {
    conn.close();
  }
}

test("item 10: two coordinators change one action; the second sees both versions and nothing is overwritten", async ({
  browser,
}) => {
  const p = await createPartnershipWithPeople("lost-update");
  const second = await personFor(p.name, "coordinator");
  const actionId = addAction(p.partnershipId, "Agree a referral pathway");
  const url = `/partnerships/${p.partnershipId}/action-plan/${actionId}`;
  const a = await newPage(browser);
  const b = await newPage(browser);
  await signIn(a, p.coordinator.email);
  await signIn(b, second.email);
  await a.goto(url);
  await b.goto(url);
  await hydrated(a);
  await hydrated(b);

  await a.getByLabel("In progress").check();
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Action plan");
  const stored = () =>
    queryOne<{ status: string; owner_organisation: string | null; row_version: number }>(
      "SELECT status, owner_organisation, row_version FROM actions WHERE id = ?",
      actionId,
    )!;
  expect(stored()).toEqual({ status: "in_progress", owner_organisation: null, row_version: 2 });

  await b.getByLabel("Owner: organisation (optional)").fill("Kent Police");
  await b.getByRole("button", { name: "Save changes" }).click();
  const conflict = b.getByTestId("action-conflict");
  await expect(conflict).toContainText("Your changes to this action has not been saved");
  await expect(conflict).toContainText("Coordinator 1 lost-update saved a newer version");
  await expect(conflict.getByRole("row", { name: /Status/ })).toContainText("In progress");
  await expect(conflict.getByRole("row", { name: /Status/ })).toContainText("Not started");
  await expect(conflict.getByRole("row", { name: /Owner: organisation/ })).toContainText("Kent Police");
  expect(stored()).toEqual({ status: "in_progress", owner_organisation: null, row_version: 2 }); // untouched
  await expectNoAxeViolations(b);

  // Taking theirs, then adding the owner: both people's changes are kept.
  await conflict.getByRole("button", { name: "Use their version" }).click();
  await expect(b.getByLabel("In progress")).toBeChecked();
  await b.getByLabel("Owner: organisation (optional)").fill("Kent Police");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("Action plan");
  expect(stored()).toEqual({ status: "in_progress", owner_organisation: "Kent Police", row_version: 3 });
  expect(
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM audit_log WHERE action = 'action.update' AND json_extract(detail, '$.actionId') = ?",
      actionId,
    )!.n,
  ).toBe(2);
});

test("item 11: opening the self-review and a question page as a member writes nothing; the first answer creates their response", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("get-writes", 1);
  const conn = db();
  let assessmentId: number;
  try {
    const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on DESC").get() as {
      id: number;
    };
    assessmentId = Number(
      conn
        .prepare("INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, ?)")
        .run(p.partnershipId, cycle.id, CURRENT_FRAMEWORK_VERSION).lastInsertRowid,
    );
    conn.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(assessmentId);
  } finally {
    conn.close();
  }
  const responses = () =>
    queryOne<{ n: number }>(
      "SELECT count(*) n FROM responses WHERE assessment_id = ? AND respondent_user_id = ?",
      assessmentId,
      p.members[0]!.userId,
    )!.n;

  await signIn(page, p.members[0]!.email);
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your organisation’s response");
  const section = page.locator(".govuk-task-list__link").nth(1);
  await section.click();
  await expect(page.locator("[data-question]").first()).toBeVisible();
  await page.goto(page.url().replace(/\/[^/]+$/, "/check"));
  await page.goBack();
  await hydrated(page);
  expect(responses()).toBe(0);

  await page
    .locator("[data-question]")
    .first()
    .locator("input[type=radio], .govuk-checkboxes:not(.govuk-checkboxes--small) input[type=checkbox]")
    .first()
    .check();
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  expect(responses()).toBe(1);
});

test("item 12: a form whose request fails keeps what was typed, says so in the error summary, and saves on retry", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("form-failure");
  const actionId = addAction(p.partnershipId, "Map local support services");
  await signIn(page, p.coordinator.email);
  await page.goto(`/partnerships/${p.partnershipId}/action-plan/${actionId}`);
  await hydrated(page);
  const owner = page.getByLabel("Owner: organisation (optional)");

  // The connection drops as the form is sent.
  await page.route(/\/action-plan\/\d+$/, (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await owner.fill("Nottinghamshire County Council");
  await page.getByRole("button", { name: "Save changes" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Your changes could not be sent, so they have not been saved");
  await expect(summary).toBeFocused();
  await expect(owner).toHaveValue("Nottinghamshire County Council");
  await expectNoAxeViolations(page);

  // The server fails: the summary gives the reference the server logged it under.
  await page.unroute(/\/action-plan\/\d+$/);
  const title = `Fails on the server ${Date.now()}`;
  const conn = db();
  conn.exec(
    `CREATE TRIGGER e2e_fail_${actionId} BEFORE UPDATE ON actions WHEN NEW.title = '${title}' BEGIN SELECT RAISE(ABORT, 'e2e: staged failure'); END`,
  );
  try {
    await page.getByLabel("What will the partnership do?").fill(title);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(summary).toContainText(/Something went wrong on our side .* quote reference [0-9a-f]{12}\./);
    await expect(page.getByLabel("What will the partnership do?")).toHaveValue(title);
    await expect(owner).toHaveValue("Nottinghamshire County Council");
  } finally {
    conn.exec(`DROP TRIGGER e2e_fail_${actionId}`);
    conn.close();
  }

  // Retrying saves everything that was typed.
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action plan");
  expect(
    queryOne<{ title: string; owner_organisation: string }>(
      "SELECT title, owner_organisation FROM actions WHERE id = ?",
      actionId,
    ),
  ).toEqual({ title, owner_organisation: "Nottinghamshire County Council" });
});

test("item 12: a page that fails shows the service's error page with the reference, not a blank screen", async ({
  page,
}) => {
  const p = await createPartnershipWithPeople("error-page");
  const conn = db();
  let assessmentId: number;
  try {
    // A self-review whose framework version this server does not have: its pages cannot be drawn.
    const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on DESC").get() as {
      id: number;
    };
    assessmentId = Number(
      conn
        .prepare(
          "INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, 'no-such-version')",
        )
        .run(p.partnershipId, cycle.id).lastInsertRowid,
    );
  } finally {
    conn.close();
  }
  await signIn(page, p.coordinator.email);
  await page.goto(`/assessments/${assessmentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem with the service");
  await expect(page.getByTestId("error-reference")).toHaveText(/^\w{6,}$/);
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toBeVisible(); // the layout, navigation and sign-out are still there
  await expectNoAxeViolations(page);
});

/** This year's self-review for a new partnership, started as the Start button would. */
