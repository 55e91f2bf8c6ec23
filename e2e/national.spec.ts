import { readFileSync } from "node:fs";
import {
  test,
  expect,
  signIn,
  signInAs,
  expectNoAxeViolations,
  queryOne,
  createPartnershipWithPeople,
  partnershipIdByName,
  db,
  hydrated,
  DEMO_PARTNERSHIP,
} from "./fixtures";
import { startCompleteAndSubmit } from "./journey";

test("the commissioner creates and opens a cycle", async ({ page }) => {
  const year = 2030 + Math.floor(Math.random() * 60);
  const label = `${year}/${String((year + 1) % 100).padStart(2, "0")}`;
  await signInAs(page, "commissioner");
  await page.getByRole("link", { name: "National picture" }).click();
  await page.getByRole("link", { name: "Annual cycles" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annual cycles");
  await expectNoAxeViolations(page);
  await page.getByLabel("Label").fill(label);
  await page.getByLabel("Opens on").fill(`${year}-04-01`);
  await page.getByLabel("Closes on").fill(`${year}-03-31`);
  await page.getByRole("button", { name: "Create cycle" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("The closing date must be after the opening date");
  await expectNoAxeViolations(page);
  await page.getByLabel("Closes on").fill(`${year + 1}-03-31`);
  await page.getByRole("button", { name: "Create cycle" }).click();
  const row = page.getByTestId("cycles").getByRole("row", { name: new RegExp(label) });
  const status = row.getByRole("cell").nth(2);
  await expect(status).toHaveText("Planned");
  await row.getByRole("button", { name: `Open the ${label} cycle` }).click();
  await row.getByRole("button", { name: `Yes, open the ${label} cycle` }).click();
  await expect(status).toHaveText("Open");
  expect(queryOne<{ n: number }>("SELECT count(*) n FROM audit_log WHERE action = 'cycle.open'")!.n).toBeGreaterThan(0);
});

test("the tracker changes as a partnership starts and submits", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const p = await createPartnershipWithPeople("tracker");
  await signInAs(page, "commissioner");
  await page.goto("/national/tracker");
  const row = () => page.getByTestId("tracker").getByRole("row", { name: new RegExp(p.name) });
  await expect(row()).toContainText("Not started");
  await expect(row()).toContainText(p.coordinator.email);
  await expect(page.getByTestId("tracker-summary")).toContainText("days to the deadline");
  await expectNoAxeViolations(page);

  const ctx = await browser.newContext();
  const coordinator = await ctx.newPage();
  await signIn(coordinator, p.coordinator.email);
  await startCompleteAndSubmit(coordinator);
  await ctx.close();

  await page.reload();
  await expect(row()).toContainText("Submitted");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download those not yet submitted (CSV)" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.split(/\r\n/)[0]).toBe(
    "cycle,partnership,level,nation,status,coordinators,coordinator_emails,last_activity,sections_complete,days_to_deadline",
  );
  // In words, as the page reads: no stored codes.
  const brighton = csvCells(csv.split(/\r\n/).find((l) => l.includes("Brighton and Hove Modern Slavery Group"))!);
  expect(brighton[2]).toBe("Local");
  expect(brighton[4]).toBe("Not started");
  // Every level and status cell (not the names: other specs' test partnerships carry codes in theirs).
  for (const line of csv.split(/\r\n/).slice(1).filter(Boolean)) {
    const cells = csvCells(line);
    expect(`${cells[2]} ${cells[4]}`).not.toMatch(/sub_regional|not_started|in_progress|_/);
  }
  expect(csv).not.toContain(p.name);
  expect(csv).toContain("Brighton and Hove Modern Slavery Group");
});

test("the overview filters, and recreates the report's figures beside the 2017 baseline", async ({ page }) => {
  await signInAs(page, "commissioner");
  await page.goto("/national");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("National picture");
  await page.getByLabel("Cycle", { exact: true }).selectOption({ label: "2025/26" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  // The demo data: the three partnerships with written history and the generated demo self-reviews.
  const submitted2025 = queryOne<{ n: number }>(
    "SELECT count(*) n FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE c.label = '2025/26' AND a.status = 'submitted'",
  )!.n;
  expect(submitted2025).toBeGreaterThanOrEqual(30);
  await expect(page.getByTestId("overview-summary")).toContainText(
    `${submitted2025} submitted their 2025/26 self-review`,
  );
  await expect(page.getByTestId("stage-distribution").locator("tbody tr")).toHaveCount(10);
  // The stage chart: its legend in stage order, and the stage written on the bars.
  await expect(page.getByTestId("stage-legend").locator("li")).toHaveText([
    "Stage 1: Forming",
    "Stage 2: Developing",
    "Stage 3: Established",
    "Stage 4: Embedded",
    "Stage 5: Leading",
  ]);
  await expect(
    page
      .locator(".app-stage-bar-label")
      .filter({ hasText: /^S[1-5]$/ })
      .first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: /Figures 5–14 of the 2017 report/ }).click();
  await expect(page.getByTestId("figure-Figure-5")).toBeVisible();
  await expect(page.getByTestId("figure-Figure-5").locator("tbody tr").first()).toBeVisible();
  // Against 2017 as numbers (the report's share, rank, relative count), categories in sentence case.
  const fig5 = page.getByTestId("figure-Figure-5");
  await expect(fig5.locator("tbody th").filter({ hasText: /^Police$/ })).toHaveCount(1);
  await expect(fig5).not.toContainText("POLICE");
  const vs2017 = page.getByTestId("against-2017-Figure-5").locator("tbody tr");
  await expect(vs2017.filter({ has: page.locator("th", { hasText: /^Police$/ }) }).locator("td")).toHaveText([
    "over 50%",
    /^\d+% \(\d+ of \d+\)$/,
  ]);
  await expect(vs2017.filter({ has: page.locator("th", { hasText: /^LA \(top tier\)$/ }) }).locator("td")).toHaveText([
    "2nd most common",
    /^(\d+(st|nd|rd|th) most common|not chosen)$/,
  ]);
  await expect(page.getByTestId("action-plans")).toContainText(
    /\(\d+%\) report a current action plan\. 2017 report: under 50% had one/,
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to the overview" }).click();

  await page.getByLabel("Nation", { exact: true }).selectOption({ label: "Wales" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const wales = queryOne<{ n: number; submitted: number }>(
    "SELECT count(*) n, sum(EXISTS (SELECT 1 FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE a.partnership_id = p.id AND c.label = '2025/26' AND a.status = 'submitted')) submitted FROM partnerships p WHERE nation = 'wales'",
  )!;
  await expect(page.getByTestId("overview-summary")).toContainText(
    `${wales.n} partnerships match the filters; ${wales.submitted} submitted`,
  );
  // The scores download carries the filters and names the cycle.
  const walesCsv = await page.getByTestId("scores-download").getByRole("link", { name: /^CSV/ }).getAttribute("href");
  expect(walesCsv).toBe("/api/national/2025-26/scores.csv?nation=wales");
  const walesRows = (await (await page.request.get(walesCsv!)).text()).trim().split(/\r\n/).slice(1);
  expect(walesRows).toHaveLength(wales.submitted * 10);
  expect(walesRows.every((l) => csvCells(l)[5] === "wales")).toBe(true);
  await page.getByLabel("Nation", { exact: true }).selectOption({ label: "All nations" });
  await page.getByLabel("Police force area").selectOption({ label: "West Yorkshire" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const westYorkshire = queryOne<{ n: number }>(
    "SELECT count(*) n FROM assessments a JOIN cycles c ON c.id = a.cycle_id JOIN partnership_force_areas x ON x.partnership_id = a.partnership_id WHERE c.label = '2025/26' AND a.status = 'submitted' AND x.force_area_id = 'west-yorkshire'",
  )!.n;
  await expect(page.getByTestId("overview-summary")).toContainText(`${westYorkshire} submitted`);

  // The national report for the cycle: one printable page.
  await page.goto("/national/report?cycle=2025-26");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/National report 2025\/26/);
  // Other specs add partnerships meanwhile: the summary and the list must agree with each other.
  const summaryText = (await page.getByTestId("report-summary").textContent()) ?? "";
  const [, done, of, missing] = summaryText.match(/(\d+) of (\d+) partnerships submitted .*; (\d+) ha(?:s|ve) not/)!;
  expect(Number(done)).toBe(submitted2025);
  expect(Number(done) + Number(missing)).toBe(Number(of));
  await expect(page.getByTestId("report-not-submitted").locator("tbody tr")).toHaveCount(Number(missing));
  await expect(page.getByTestId("report-stages").locator("tbody tr")).toHaveCount(10);
  // With mean coverage, as on the overview: how sure each dimension's stages are.
  await expect(page.getByTestId("report-stages").locator("thead")).toContainText("Mean coverage");
  await expect(page.getByTestId("report-stages").locator("tbody tr").first().locator("td").last()).toHaveText(/^\d+%/);
  await expect(page.getByTestId("figure-Figure-14")).toBeVisible();
  await expect(page.getByTestId("report-recommendations").locator("tbody tr").first().locator("td").last()).toHaveText(
    /^\d+$/,
  );
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await expectNoAxeViolations(page);
  const pdf = await page.pdf({ format: "A4" });
  expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(3);
  // Printed on A4 portrait (180 mm between 15 mm margins: 680 CSS pixels) every table fits, the
  // stage table's coverage column and all: nothing clipped (paper does not scroll).
  await page.setViewportSize({ width: 680, height: 1000 });
  await page.emulateMedia({ media: "print" });
  for (const table of await page.locator("table").all())
    expect(
      await table.evaluate((t) => [t.getAttribute("data-testid"), t.scrollWidth <= t.parentElement!.clientWidth]),
    ).toEqual([await table.getAttribute("data-testid"), true]);
});

/** The cells of one CSV line (RFC 4180 quoting). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
  );
}

test("the commissioner compares three partnerships and downloads the national scores", async ({ page }) => {
  await signInAs(page, "commissioner");
  const cycle = queryOne<{ id: number }>("SELECT id FROM cycles WHERE label = '2025/26'")!.id;
  const ids = [
    DEMO_PARTNERSHIP,
    "Wolverhampton Anti-Slavery Partnership",
    "West Yorkshire Anti Trafficking and Modern Slavery network (encompasses anti-slavery networks in Leeds, Kirklees, Calderdale, Bradford, and Wakefield)",
  ].map(partnershipIdByName);
  // Seven chosen (by address, as a no-JS form sends them) is one too many: a clear error, no comparison.
  const conn = db();
  const seven = (conn.prepare("SELECT id FROM partnerships ORDER BY name LIMIT 7").all() as { id: number }[]).map(
    (r) => `p=${r.id}`,
  );
  conn.close();
  await page.goto(`/national/compare?cycle=${cycle}&${seven.join("&")}`);
  await expect(page.locator(".govuk-error-summary")).toContainText(
    "Choose no more than 6 partnerships to compare: you chose 7. Untick 1.",
  );
  await expect(page.getByTestId("compare-table")).toHaveCount(0);
  await expect(page.getByTestId("compare-picker").getByRole("checkbox", { checked: true })).toHaveCount(7);

  // Chosen with checkboxes, found with the filter: a chosen one stays in view as the filter changes.
  await page.goto("/national/compare");
  await hydrated(page);
  await page.getByLabel("Cycle", { exact: true }).selectOption(String(cycle));
  const picker = page.getByTestId("compare-picker");
  const filter = page.getByLabel("Filter the list by name");
  for (const name of [DEMO_PARTNERSHIP, "Wolverhampton Anti-Slavery Partnership", "West Yorkshire Anti Trafficking"]) {
    await filter.fill(name.split(" ").slice(0, 2).join(" "));
    await picker.getByRole("checkbox", { name: new RegExp(`^${name.replace(/[()]/g, "\\$&")}`) }).check();
  }
  await filter.fill("Wolverhampton");
  await expect(picker.getByRole("checkbox")).toHaveCount(3); // the match, and the two chosen before
  await expect(picker.getByRole("status")).toHaveText(/^\d+ of \d+ shown; 3 chosen\.$/);
  await page.getByRole("button", { name: "Compare" }).click();
  expect(new URL(page.url()).searchParams.getAll("p").map(Number).sort()).toEqual([...ids].sort());
  const table = page.getByTestId("compare-table");
  await expect(table.locator("thead th")).toHaveCount(4);
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/national/benchmark?cycle=${cycle}&p=${ids[0]}`);
  const bench = page.getByTestId("benchmark-table");
  await expect(bench.locator("tbody tr")).toHaveCount(10);
  // Many county / sub-regional peers: a percentile, and how many peers it rests on.
  await expect(bench.locator("tbody tr").first().locator("td").last()).toHaveText(/^\d+(st|nd|rd|th)$/);
  // A level with fewer than 5 other submitted partnerships: no percentile at all.
  const lonely = queryOne<{ id: number; peers: number }>(
    `SELECT p.id, (SELECT count(*) FROM assessments b JOIN partnerships q ON q.id = b.partnership_id
                   WHERE b.cycle_id = a.cycle_id AND b.status = 'submitted' AND q.level = p.level AND q.id != p.id) peers
     FROM assessments a JOIN partnerships p ON p.id = a.partnership_id
     WHERE a.cycle_id = ? AND a.status = 'submitted' ORDER BY peers, p.name LIMIT 1`,
    cycle,
  )!;
  expect(lonely.peers).toBeLessThan(5);
  await page.goto(`/national/benchmark?cycle=${cycle}&p=${lonely.id}`);
  await expect(bench.locator("tbody tr").first()).toContainText("Too few peers to compare");
  await expect(bench).not.toContainText(/\d(st|nd|rd|th)\b/);

  const res = await page.request.get(`/api/national/${cycle}/scores.csv`);
  expect(res.status()).toBe(200);
  const lines = (await res.text()).trim().split(/\r\n/);
  expect(lines[0]).toBe(
    "cycle,partnership,partnership_id,anonymised_code,level,nation,dimension_id,score,stage,coverage_percent,framework_version",
  );
  const submitted = queryOne<{ n: number }>(
    "SELECT count(*) n FROM assessments WHERE cycle_id = ? AND status = 'submitted'",
    cycle,
  )!.n;
  expect(lines).toHaveLength(1 + submitted * 10);
  // The history was submitted under 2026.1, read as re-scored under 2026.2 so that all compare like with like.
  expect(lines.slice(1).every((l) => /,2026\.2$/.test(l))).toBe(true);
  expect(lines.some((l) => l.includes("Wolverhampton"))).toBe(true);
  const anon = await (await page.request.get(`/api/national/${cycle}/scores.csv?anonymised=1`)).text();
  expect(anon).not.toContain("Wolverhampton");
  // Random codes per cycle (issue 16, item 3): never the id, which is in every URL.
  const anonCodes = anon
    .trim()
    .split(/\r\n/)
    .slice(1)
    .map((l) => csvCells(l)[1]!);
  expect(new Set(anonCodes).size).toBe(submitted);
  for (const code of anonCodes) expect(code).toMatch(/^P-[A-HJ-NP-Z2-9]{6}$/);
  expect([...anonCodes].sort()).toEqual(anonCodes);
  // The named export lists each partnership's code: the office can re-identify a row.
  const named = lines.slice(1).map(csvCells);
  expect(new Set(named.map((c) => c[3])).size).toBe(submitted);
  expect(named.every((c) => anonCodes.includes(c[3]!))).toBe(true);
  // By name as well as by id.
  const byName = await page.request.get("/api/national/2025-26/scores.csv");
  expect((await byName.text()).trim().split(/\r\n/)).toEqual(lines);
  expect((await page.request.get("/api/national/2099-00/scores.csv")).status()).toBe(404);
  const json = await (await page.request.get(`/api/national/${cycle}/scores.json`)).json();
  expect(json.rows).toHaveLength(submitted * 10);
});

test("the map is operable by keyboard and has a table alternative", async ({ page }) => {
  await signInAs(page, "commissioner");
  await page.goto("/national/map");
  const tile = page.getByRole("listitem", { name: /^West Yorkshire: \d+ partnerships?$/ });
  await expect(tile).toBeVisible();
  await expect(page.getByTestId("map-table").locator("tbody tr")).toHaveCount(45);
  await expectNoAxeViolations(page);
  // No label is cut off: a long name is shortened by rule, and shown in full on focus.
  const notts = page.getByRole("listitem", { name: /^Nottinghamshire: / });
  await expect(notts).toContainText("Nottingham.");
  const full = notts.locator(".app-tile__full");
  await expect(full).toBeHidden();
  await notts.focus();
  await expect(full).toBeVisible();
  await expect(full).toHaveText("Nottinghamshire");
  const overflowing = await page.locator(".app-tile > span:first-child").evaluateAll((labels) =>
    labels
      .filter((e) => {
        const [r, t] = [e.getBoundingClientRect(), e.parentElement!.getBoundingClientRect()];
        return (
          r.left < t.left || r.right > t.right || r.top < t.top || r.bottom > t.bottom || e.scrollWidth > e.clientWidth
        );
      })
      .map((e) => e.textContent),
  );
  expect(overflowing).toEqual([]);
  await tile.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/force=west-yorkshire/);
});
