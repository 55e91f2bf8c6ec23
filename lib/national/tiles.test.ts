import { test } from "node:test";
import assert from "node:assert/strict";
import { FORCE_TILES, TILE_LINE_CHARS, tileLabel, tileLines } from "./tiles";
import { FORCE_AREAS } from "../domain/force-areas";

test("every police force area has exactly one tile, and no two tiles overlap", () => {
  assert.deepEqual(Object.keys(FORCE_TILES).sort(), FORCE_AREAS.map((f) => f.id).sort());
  const cells = Object.values(FORCE_TILES).map(([c, r]) => `${c},${r}`);
  assert.equal(new Set(cells).size, cells.length);
});

test("every tile's label fits its tile (two lines at most, none too long) and names one area", () => {
  const labels = FORCE_AREAS.map((f) => tileLabel(f.name));
  for (const label of labels) {
    const lines = tileLines(label);
    assert.ok(lines.length <= 2, `${label}: ${lines.length} lines`);
    for (const line of lines) assert.ok(line.length <= TILE_LINE_CHARS, `${label}: "${line}" is too long`);
  }
  assert.equal(new Set(labels).size, labels.length);
});

test("labels are shortened by one rule: the usual short forms, & for and, long -shire words to their stem", () => {
  assert.equal(tileLabel("Nottinghamshire"), "Nottingham.");
  assert.equal(tileLabel("Northamptonshire"), "Northampton.");
  assert.equal(tileLabel("Warwickshire"), "Warwickshire");
  assert.equal(tileLabel("Hampshire and Isle of Wight"), "Hampshire & Isle of Wight");
  assert.equal(tileLabel("Metropolitan Police"), "Met");
  assert.equal(tileLabel("Police Service of Northern Ireland"), "PSNI");
  assert.equal(tileLabel("Abcdefghijklmnopqrstu Vale"), "Abcdefghijkl. Vale");
  assert.deepEqual(tileLines("Devon & Cornwall"), ["Devon &", "Cornwall"]);
});
