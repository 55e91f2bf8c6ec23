import { test } from "node:test";
import assert from "node:assert/strict";
import { Table } from "./Table";
import { assertAccessible, render, tags, text } from "./markup.test-helper";

const rows = [
  { id: "strat", name: "Strategy", score: 72, stage: "4 Embedded" },
  { id: "gov", name: "Governance", score: null, stage: "1 Forming" },
];

test("column headers have scope col, row headers scope row, numeric columns are right-aligned", () => {
  const html = render(
    <Table
      caption="Stages"
      captionSize="s"
      testId="stages"
      rows={rows}
      columns={[
        { header: "Dimension", rowHeader: "regular", cell: (r) => r.name },
        { header: "Score", numeric: true, cell: (r) => r.score ?? "–" },
        false,
        { header: "Stage", width: "one-third", cell: (r) => r.stage },
      ]}
    />,
  );
  assertAccessible(html);
  const all = tags(html);
  // The table scrolls inside its own focusable region, named by its caption.
  const caption = all.find((t) => t.name === "caption")!;
  assert.deepEqual(
    { role: all[0]!.attrs.role, tabindex: all[0]!.attrs.tabindex, labelledby: all[0]!.attrs["aria-labelledby"] },
    { role: "region", tabindex: "0", labelledby: caption.attrs.id },
  );
  assert.ok(caption.attrs.id);
  assert.equal(all[1]!.attrs["data-testid"], "stages");
  assert.equal(all.find((t) => t.name === "caption")!.attrs.class, "govuk-table__caption govuk-table__caption--s");
  const heads = all.filter((t) => t.name === "th" && t.attrs.scope === "col");
  assert.deepEqual(
    heads.map((t) => t.attrs.class),
    [
      "govuk-table__header",
      "govuk-table__header govuk-table__header--numeric",
      "govuk-table__header govuk-!-width-one-third",
    ],
  );
  const rowHeads = all.filter((t) => t.name === "th" && t.attrs.scope === "row");
  assert.equal(rowHeads.length, 2);
  assert.equal(rowHeads[0]!.attrs.class, "govuk-table__header govuk-!-font-weight-regular");
  assert.equal(
    all.filter((t) => t.name === "td" && t.attrs.class?.includes("--numeric")).length,
    2,
    "both score cells are numeric",
  );
  assert.equal(text(html), "Stages Dimension Score Stage Strategy 72 4 Embedded Governance – 1 Forming");
});

test("a hidden caption is for screen readers; without a head row, rows still have headers", () => {
  const html = render(
    <Table
      caption="By level"
      captionSize="hidden"
      head={false}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { header: "Level", rowHeader: true, cell: (r) => r.name },
        { header: "Count", numeric: true, cell: (r) => r.score },
      ]}
    />,
  );
  assertAccessible(html);
  assert.match(html, /<caption id="[^"]+" class="govuk-table__caption govuk-visually-hidden">By level<\/caption>/);
  assert.ok(!html.includes("<thead"));
  assert.equal(tags(html).filter((t) => t.name === "th" && t.attrs.scope === "row").length, 2);
});
