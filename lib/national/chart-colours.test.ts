import { test } from "node:test";
import assert from "node:assert/strict";
import { contrastRatio, labelColourOn, PAGE_BACKGROUND, relativeLuminance, STAGE_COLOURS } from "./chart-colours";

test("the luminance and contrast functions give WCAG's reference values", () => {
  assert.equal(relativeLuminance("#000000"), 0);
  assert.equal(relativeLuminance("#ffffff"), 1);
  assert.equal(contrastRatio("#000000", "#ffffff"), 21);
  assert.equal(contrastRatio("#777777", "#777777"), 1);
  // #767676 on white is the well-known 4.54:1 grey.
  assert.equal(Math.round(contrastRatio("#767676", "#ffffff") * 100) / 100, 4.54);
  assert.throws(() => relativeLuminance("blue"), /Not a #rrggbb colour/);
});

test("every stage's colour is at least 3:1 against the page and against the next stage's", () => {
  assert.equal(STAGE_COLOURS.length, 5);
  for (const c of STAGE_COLOURS) assert.ok(contrastRatio(c, PAGE_BACKGROUND) >= 3, `${c} on white`);
  for (let i = 1; i < STAGE_COLOURS.length; i++) {
    const [a, b] = [STAGE_COLOURS[i - 1]!, STAGE_COLOURS[i]!];
    assert.ok(contrastRatio(a, b) >= 3, `${a} beside ${b}: ${contrastRatio(a, b).toFixed(2)}`);
  }
  assert.equal(new Set(STAGE_COLOURS).size, 5);
});

test("the stage written on each bar is at least 4.5:1 against its colour", () => {
  for (const c of STAGE_COLOURS) assert.ok(contrastRatio(labelColourOn(c), c) >= 4.5, c);
  assert.equal(labelColourOn("#12436d"), "#ffffff");
  assert.equal(labelColourOn("#f46a25"), "#0b0c0c");
});
