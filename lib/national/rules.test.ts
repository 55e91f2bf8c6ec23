import { test } from "node:test";
import assert from "node:assert/strict";
import { daysUntil, median, percentileRank } from "./rules";

test("median of odd and even counts, and of nothing", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), null);
});

test("percentile rank counts peers below and half the ties", () => {
  assert.equal(percentileRank(50, [10, 20, 30, 40]), 100);
  assert.equal(percentileRank(5, [10, 20, 30, 40]), 0);
  assert.equal(percentileRank(20, [10, 20, 30, 40]), 38); // (1 + 0.5) / 4
  assert.equal(percentileRank(20, []), null);
});

test("days to the deadline", () => {
  assert.equal(daysUntil("2027-03-31", "2027-03-30"), 1);
  assert.equal(daysUntil("2027-03-31", "2027-03-31"), 0);
  assert.equal(daysUntil("2027-03-31", "2027-04-02"), -2);
  assert.equal(daysUntil("2027-03-31", "2026-11-22"), 129);
});
