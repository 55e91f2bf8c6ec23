// Targets are judged against the peer-validated stage where a published review has one (issue 20).
import { test } from "node:test";
import assert from "node:assert/strict";
import { judgeTargets } from "./rules";

const targets = new Map([
  ["lead", 3],
  ["gov", 2],
  ["data", 4],
]);
const self = new Map([
  ["lead", 3],
  ["gov", 2],
  ["data", 4],
  ["fund", 5],
]);

test("without a published review, targets are judged against the self-assessed stages", () => {
  assert.deepEqual(
    [...judgeTargets(targets, self, null)],
    [
      ["lead", { target: 3, stage: 3, against: "self-assessed", reached: true }],
      ["gov", { target: 2, stage: 2, against: "self-assessed", reached: true }],
      ["data", { target: 4, stage: 4, against: "self-assessed", reached: true }],
    ],
  );
});

test("a validated stage is the one judged: lower than self-assessed is not reached, higher is", () => {
  const validated = new Map([
    ["lead", { stage: 2 }],
    ["gov", { stage: 3 }],
  ]);
  const j = judgeTargets(targets, self, validated);
  assert.deepEqual(j.get("lead"), { target: 3, stage: 2, against: "validated", reached: false });
  assert.deepEqual(j.get("gov"), { target: 2, stage: 3, against: "validated", reached: true });
  // A dimension the review did not validate falls back to the self-assessed stage.
  assert.deepEqual(j.get("data"), { target: 4, stage: 4, against: "self-assessed", reached: true });
  // No target, no judgement.
  assert.equal(j.has("fund"), false);
});
