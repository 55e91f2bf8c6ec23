import { test } from "node:test";
import assert from "node:assert/strict";
import {
  MIN_PEER_GROUP,
  compareSelection,
  TRACKER_CSV_HEADER,
  trackerCsvRow,
  cycleSlug,
  daysUntil,
  findCycle,
  median,
  ordinal,
  percentileRank,
  describeCoverage,
  stageTableRows,
  trackerStatusOf,
  isNotSubmitted,
} from "./rules";

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

test("a cycle is found by id or by its name in an address", () => {
  const cycles = [
    { id: 4, label: "2026/27" },
    { id: 3, label: "2025/26" },
    { id: 12, label: "4" }, // a name that looks like another cycle's id
  ];
  assert.equal(cycleSlug("2026/27"), "2026-27");
  assert.equal(findCycle(cycles, "4")?.label, "2026/27", "ids first");
  assert.equal(findCycle(cycles, "12")?.label, "4");
  assert.equal(findCycle(cycles, "2026-27")?.id, 4);
  assert.equal(findCycle(cycles, "2025/26")?.id, 3);
  for (const ref of [undefined, "", "99", "2027-28", "2026_27", "0", "-4", "4.0", "2026-27x"])
    assert.equal(findCycle(cycles, ref), undefined, String(ref));
});

test("the tracker's CSV uses words, not stored codes", () => {
  const row = trackerCsvRow(
    "2026/27",
    {
      name: "Somewhere Partnership",
      level: "sub_regional",
      nation: "northern_ireland",
      trackerStatus: "not_started",
      coordinators: [
        { name: "Ann Lee", email: "ann@example.org" },
        { name: "Bo Day", email: "bo@example.org" },
      ],
      lastActivity: "2026-11-02T09:15:00.000Z",
      sectionsDone: 4,
    },
    11,
    118,
  );
  assert.equal(row.length, TRACKER_CSV_HEADER.length);
  assert.deepEqual(row, [
    "2026/27",
    "Somewhere Partnership",
    "County / sub-regional",
    "Northern Ireland",
    "Not started",
    "Ann Lee; Bo Day",
    "ann@example.org; bo@example.org",
    "2026-11-02",
    "4 of 11",
    118,
  ]);
  const inProgress = trackerCsvRow(
    "2026/27",
    {
      name: "X",
      level: "local",
      nation: "wales",
      trackerStatus: "in_progress",
      coordinators: [],
      lastActivity: null,
      sectionsDone: 0,
    },
    11,
    -3,
  );
  assert.deepEqual(inProgress.slice(2, 8), ["Local", "Wales", "In progress", "", "", ""]);
});

test("compare takes 2 to 6 distinct partnerships, and says clearly when there are too few or too many", () => {
  assert.deepEqual(compareSelection(undefined), { ids: [] });
  assert.deepEqual(compareSelection(["3", "5", "3", "x", "-1", "0"]), { ids: [3, 5] });
  assert.deepEqual(compareSelection("4"), {
    ids: [4],
    error: "Choose at least 2 partnerships to compare: you chose 1.",
  });
  assert.deepEqual(compareSelection(["1", "2", "3", "4", "5", "6"]).error, undefined);
  assert.equal(
    compareSelection(["1", "2", "3", "4", "5", "6", "7", "8"]).error,
    "Choose no more than 6 partnerships to compare: you chose 8. Untick 2.",
  );
});

test("a dimension's coverage in words: the mean, how many fell below 75%, or nothing where nobody answered", () => {
  assert.equal(describeCoverage({ mean: 62, low: 3 }), "62% (3 below 75%)");
  assert.equal(describeCoverage({ mean: 91, low: 0 }), "91%");
  assert.equal(describeCoverage(null), null);
  assert.equal(describeCoverage({ mean: null, low: 0 }), null);
});

test("the stage table's rows carry each dimension's counts and median, and its coverage in words", () => {
  assert.deepEqual(
    stageTableRows([
      { name: "Leadership", counts: [0, 1, 2, 0, 0], median: 3, coverage: { mean: 70, low: 1 } },
      { name: "Governance", counts: [0, 0, 0, 0, 0], median: null, coverage: null },
    ]),
    [
      { name: "Leadership", counts: [0, 1, 2, 0, 0], median: 3, coverage: "70% (1 below 75%)" },
      { name: "Governance", counts: [0, 0, 0, 0, 0], median: null, coverage: null },
    ],
  );
});

test("tracker status: a reopened self-review is in progress and chased, even with a published review on it", () => {
  assert.equal(trackerStatusOf({ status: null, reviewed: false }), "not_started");
  assert.equal(trackerStatusOf({ status: "in_progress", reviewed: false }), "in_progress");
  assert.equal(trackerStatusOf({ status: "submitted", reviewed: false }), "submitted");
  assert.equal(trackerStatusOf({ status: "submitted", reviewed: true }), "reviewed");
  // Reopened after a peer review was published on it.
  const reopened = trackerStatusOf({ status: "in_progress", reviewed: true });
  assert.equal(reopened, "in_progress");
  assert.equal(isNotSubmitted({ trackerStatus: reopened }), true);
});
