import { test } from "node:test";
import assert from "node:assert/strict";
import { getFramework } from "../framework";
import { recommend } from "../framework/recommendations";
import { randomAssessments } from "../framework/generate";
import { TOP_RECOMMENDATIONS, topRecommendations, whyFirst } from "./top-recommendations";

const rec = (
  priority: number,
  stage: number,
  targetStage: number,
  after: string[] = [],
  dimensionName = "Leadership",
) => ({
  id: `r${priority}`,
  text: `Recommendation ${priority}.`,
  dimensionName,
  stage: { index: stage, name: `Stage name ${stage}` },
  targetStage,
  after,
  priority,
});

test("the first five in priority order, and how many more", () => {
  const list = [rec(3, 2, 3), rec(1, 1, 2), rec(2, 1, 2), rec(6, 3, 4), rec(4, 2, 3), rec(5, 2, 4), rec(7, 3, 4)];
  const { top, more } = topRecommendations(list);
  assert.equal(TOP_RECOMMENDATIONS, 5);
  assert.deepEqual(
    top.map((r) => r.priority),
    [1, 2, 3, 4, 5],
  );
  assert.equal(more, 2);
});

test("fewer than five: all of them, none more; n below 1 still shows one", () => {
  assert.equal(topRecommendations([rec(1, 1, 2), rec(2, 1, 2)]).top.length, 2);
  assert.equal(topRecommendations([rec(1, 1, 2), rec(2, 1, 2)]).more, 0);
  assert.equal(topRecommendations([]).top.length, 0);
  assert.equal(topRecommendations([rec(1, 1, 2), rec(2, 1, 2)], 0).top.length, 1);
});

test("why: the lowest stage, the next stage as a foundation, and a dependency by number", () => {
  const list = [rec(1, 1, 2), rec(2, 1, 3), rec(3, 2, 3, ["r1"], "Prevention"), rec(4, 2, 2)];
  assert.match(whyFirst(list[0]!, list), /^Number 1: Leadership is at stage 1 \(Stage name 1\), the lowest/);
  assert.match(whyFirst(list[0]!, list), /next stage, 2, so it is a foundation/);
  assert.match(whyFirst(list[1]!, list), /towards stage 3, further ahead/);
  const third = whyFirst(list[2]!, list);
  assert.match(third, /Prevention is at stage 2 .*only dimensions at lower stages come before it/);
  assert.match(third, /depends on number 1, so it comes after it/);
  assert.match(whyFirst(list[3]!, list), /something stage 2 needs that your answers do not yet show/);
});

test("on real recommendations: the top is the head of recommend's order, each with its reason", () => {
  const fw = getFramework("2026.1")!;
  for (const answers of randomAssessments(fw, 20, 11)) {
    const all = recommend(fw, answers);
    const { top, more } = topRecommendations(all);
    assert.equal(top.length + more, all.length);
    assert.deepEqual(
      top.map((r) => r.id),
      all.slice(0, TOP_RECOMMENDATIONS).map((r) => r.id),
    );
    const lowest = Math.min(...all.map((r) => r.stage.index));
    for (const r of top) {
      assert.ok(r.why.startsWith(`Number ${r.priority}: ${r.dimensionName} is at stage ${r.stage.index}`));
      // recommend puts the lowest stage first, so the first always says it is the lowest.
      if (r.priority === 1) assert.equal(r.stage.index, lowest);
    }
    if (top[0]) assert.match(top[0].why, /the lowest of your dimensions/);
  }
});
