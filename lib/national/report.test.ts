import { test } from "node:test";
import assert from "node:assert/strict";
import { mostCommonRecommendations } from "./report";

const r = (id: string) => ({ id, text: `Do ${id}`, dimensionName: "Leadership" });

test("recommendations are counted once per partnership, most often first, ties in first-seen order", () => {
  const top = mostCommonRecommendations([[r("a"), r("b"), r("a")], [r("b"), r("c")], [r("c"), r("b")], []], 2);
  assert.deepEqual(
    top.map((x) => [x.id, x.partnerships]),
    [
      ["b", 3],
      ["c", 2],
    ],
  );
  // Ties keep the order they were first met in: "a" (first partnership) before "d" (second).
  assert.deepEqual(
    mostCommonRecommendations([[r("a")], [r("d")]], 5).map((x) => x.id),
    ["a", "d"],
  );
  assert.deepEqual(mostCommonRecommendations([], 5), []);
});
