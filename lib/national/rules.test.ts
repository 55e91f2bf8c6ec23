import { test } from "node:test";
import assert from "node:assert/strict";
import { MIN_PEER_GROUP, daysUntil, median, ordinal, percentileRank } from "./rules";

test("median of odd and even counts, and of nothing", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), null);
});

test("percentile rank counts peers below and half the ties, from a group of 5 peers", () => {
  assert.equal(MIN_PEER_GROUP, 5);
  assert.equal(percentileRank(50, [10, 20, 30, 40, 45]), 100);
  assert.equal(percentileRank(5, [10, 20, 30, 40, 45]), 0);
  assert.equal(percentileRank(20, [10, 20, 30, 40, 45]), 30); // (1 + 0.5) / 5
  // Too few peers to compare: no rank at all, however the partnership scored.
  assert.equal(percentileRank(20, [10, 20, 30, 40]), null);
  assert.equal(percentileRank(20, [30]), null);
  assert.equal(percentileRank(20, []), null);
});

test("ordinals", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 38, 100, 101].map(ordinal), [
    "0th",
    "1st",
    "2nd",
    "3rd",
    "4th",
    "11th",
    "12th",
    "13th",
    "21st",
    "22nd",
    "23rd",
    "38th",
    "100th",
    "101st",
  ]);
});

test("days to the deadline", () => {
  assert.equal(daysUntil("2027-03-31", "2027-03-30"), 1);
  assert.equal(daysUntil("2027-03-31", "2027-03-31"), 0);
  assert.equal(daysUntil("2027-03-31", "2027-04-02"), -2);
  assert.equal(daysUntil("2027-03-31", "2026-11-22"), 129);
});
