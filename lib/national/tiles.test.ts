import { test } from "node:test";
import assert from "node:assert/strict";
import { FORCE_TILES } from "./tiles";
import { FORCE_AREAS } from "../domain/force-areas";

test("every police force area has exactly one tile, and no two tiles overlap", () => {
  assert.deepEqual(Object.keys(FORCE_TILES).sort(), FORCE_AREAS.map((f) => f.id).sort());
  const cells = Object.values(FORCE_TILES).map(([c, r]) => `${c},${r}`);
  assert.equal(new Set(cells).size, cells.length);
});
