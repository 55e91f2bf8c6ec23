// The audit log: filtering, the CSV download, paging, bad dates, and who may read it.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  test,
  expect,
  signIn,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  db,
  personFor,
  DEMO_PARTNERSHIP,
} from "./fixtures";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

test("an administrator filters the audit log and downloads the entries as CSV", async ({ page }) => {
  const stranger = `nobody.${randomUUID().slice(0, 8)}@example.org`;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(stranger);
  await page.getByLabel("Password").fill("not-the-password-at-all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();

  await signInAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expectNoAxeViolations(page);

  await page.getByLabel("Action").fill("sign-in");
  await page.getByLabel("Outcome").selectOption("failure");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=sign-in&outcome=failure/);
  const table = page.getByTestId("audit-entries");
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const cells of await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  )) {
    expect(cells[1]).toBe("sign-in");
    expect(cells[2]).toBe("Failure");
    expect(cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  }
  await expect(table).toContainText(stranger);
  // The detail reads as fields in words, not JSON.
  const strangerRow = rows.filter({ hasText: stranger });
  await expect(strangerRow.getByTestId("audit-detail")).toHaveText("Reason: unknown account");
  await expectNoAxeViolations(page);

  // The download holds exactly the filtered entries, and is itself audited.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download every matching entry (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...data] = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(header).toEqual([
    "at_utc",
    "action",
    "outcome",
    "actor_email",
    "actor_user_id",
    "target_type",
    "target_id",
    "ip",
    "detail",
    "repeat_count",
    "last_at_utc",
  ]);
  const expected = queryOne<{ n: number }>(
    "SELECT count(*) n FROM audit_log WHERE action = 'sign-in' AND outcome = 'failure'",
  )!.n;
  expect(data.length).toBe(expected);
  for (const r of data) expect([r[1], r[2]]).toEqual(["sign-in", "failure"]);
  const mine = data.filter((r) => r[3] === stranger);
  expect(mine).toHaveLength(1);
  expect(JSON.parse(mine[0]![8]!)).toEqual({ reason: "unknown-account" });
  const exported = queryOne<{ detail: string }>(
    "SELECT detail FROM audit_log WHERE action = 'export.audit' AND actor_email = 'admin@demo.test' ORDER BY id DESC LIMIT 1",
  )!;
  expect(JSON.parse(exported.detail)).toEqual({ filters: { action: "sign-in", outcome: "failure" }, rows: expected });

  // Narrowed to part of the stranger's address: their one entry.
  await page.getByLabel("Actor’s email address").fill(stranger.slice(0, 14).toUpperCase());
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(stranger);
});

test("a date that does not exist is an error in the summary, and nothing is listed", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/audit?action=sign-in");
  const from = page.getByRole("group", { name: "From (UTC)" });
  await from.getByLabel("Day").fill("31");
  await from.getByLabel("Month").fill("2");
  await from.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Apply filters" }).click();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "The from date must be a real date" }).click();
  await expect(from.getByLabel("Day")).toBeFocused();
  await expect(page.getByTestId("audit-entries")).toHaveCount(0);
  await expect(page.getByLabel("Action")).toHaveValue("sign-in"); // the other filters are kept
  await expectNoAxeViolations(page);
  // The download refuses the same filters rather than ignoring them.
  const res = await page.request.get("/api/admin/audit.csv?fromDay=31&fromMonth=2&fromYear=2026");
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("The from date must be a real date");
});

test("the audit log comes 50 entries to a page, newest first, with previous and next", async ({ page }) => {
  const action = `e2e.page-${randomUUID().slice(0, 8)}`;
  const conn = db();
  try {
    const insert = conn.prepare(
      "INSERT INTO audit_log (at, action, outcome, target_type, target_id) VALUES (?, ?, 'success', 'test', ?)",
    );
    for (let i = 0; i < 54; i++) insert.run(new Date(Date.UTC(2026, 0, 1, 9, 0, i)).toISOString(), action, String(i));
    // The newest names a partnership and a person by id: the page shows them by name.
    conn
      .prepare(
        "INSERT INTO audit_log (at, action, outcome, target_type, target_id, detail) SELECT '2026-01-01T09:00:54.000Z', ?, 'success', 'partnership', p.id, json_object('userId', u.id) FROM partnerships p, users u WHERE p.name = ? AND u.email = 'admin@demo.test'",
      )
      .run(action, DEMO_PARTNERSHIP);
  } finally {
    conn.close();
  }
  await signInAs(page, "admin");
  await page.goto(`/admin/audit?action=${action}`);
  const rows = page.getByTestId("audit-entries").locator("tbody tr");
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("2026-01-01 09:00:54");
  await expect(rows.first().locator("td").nth(4)).toHaveText(`Partnership: ${DEMO_PARTNERSHIP}`);
  await expect(rows.first().getByTestId("audit-detail")).toHaveText(/^Person: .+ \(admin@demo\.test\)$/);
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText("2026-01-01 09:00:04");
  await expect(page.getByTestId("audit-entries").locator("caption")).toContainText("Entries 51 to 55");
  await expect(page.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(rows).toHaveCount(50);
});

test("a coordinator gets 404 for the audit log and its CSV; a signed-out request gets 401", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/admin/audit.csv")).status()).toBe(401);
  const person = await personFor(DEMO_PARTNERSHIP, "coordinator");
  await signIn(page, person.email);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" })).toHaveCount(0);
  expect((await page.goto("/admin/audit"))?.status()).toBe(404);
  await expectNoAxeViolations(page);
  const csv = await page.request.get("/api/admin/audit.csv?action=sign-in");
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain("sign-in");
  expect(
    queryOne<{ n: number }>(
      "SELECT sum(repeat_count) n FROM audit_log WHERE actor_user_id = ? AND action = 'access.read:audit' AND outcome = 'denied'",
      person.userId,
    )!.n,
  ).toBe(2);
});
