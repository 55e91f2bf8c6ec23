import { test } from "node:test";
import assert from "node:assert/strict";
import { CHAR_EM, TICK_OFFSET, radarLayout, wrapLabel } from "./radar-layout";

const NAMES = [
  "Leadership & coordination",
  "Structure & governance",
  "Strategy & action plan",
  "Prevent",
  "Pursue",
  "Protect",
  "Prepare",
  "Membership & engagement",
  "Funding & resources",
  "Outcome measures & learning",
];

test("names wrap on spaces within the limit, and nothing is lost", () => {
  assert.deepEqual(wrapLabel("Outcome measures & learning", 12), ["Outcome", "measures &", "learning"]);
  assert.deepEqual(wrapLabel("Prevent", 12), ["Prevent"]);
  assert.deepEqual(wrapLabel("Leadership & coordination", 16), ["Leadership &", "coordination"]);
  assert.deepEqual(wrapLabel("Interdisciplinarity", 8), ["Interdi-", "sciplin-", "arity"]);
  for (const n of NAMES) assert.equal(wrapLabel(n, 12).join(" ").replace(/- /g, ""), n);
});

test("at 290, 360 and 470 px every label fits beside the plot, inside the chart's width", () => {
  for (const width of [290, 360, 470, 640]) {
    const l = radarLayout(width, NAMES);
    for (const lines of l.lines) for (const line of lines) assert.ok(line.length <= (width < 420 ? 12 : 16), line);
    // The widest label, drawn from the plot's edge outwards, stays inside the chart.
    assert.ok(width / 2 + l.outerRadius + TICK_OFFSET + l.labelWidth <= width, `${width}: ${JSON.stringify(l)}`);
    assert.ok(l.labelWidth >= Math.max(...l.lines.flat().map((x) => x.length)) * l.fontSize * CHAR_EM);
    assert.ok(l.outerRadius >= 40);
    assert.ok(l.height > 2 * l.outerRadius);
  }
});
