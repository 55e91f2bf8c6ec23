// Golden tests: three complete synthetic partnerships with their expected scores, stages, unmet
// conditions and recommendations pinned. A change here means the scoring rules changed.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, scoreAssessment, recommend } from "./index";
import { INFORMAL_NEW_NETWORK, MID_WAY_PARTNERSHIP, MATURE_PARTNERSHIP } from "./golden-profiles";
import type { AnswerMap } from "./types";

const fw = getFramework("2026.1")!;
const summary = (a: AnswerMap) =>
  Object.fromEntries(scoreAssessment(fw, a).dimensions.map((d) => [d.dimensionId, [d.score, d.stage.name]]));
const unmet = (a: AnswerMap) =>
  Object.fromEntries(
    scoreAssessment(fw, a).dimensions.map((d) => [d.dimensionId, d.unmetForNextStage.map((u) => u.conditionId)]),
  );

describe("golden: informal new network", () => {
  test("scores and stages", () => {
    assert.deepEqual(summary(INFORMAL_NEW_NETWORK), {
      lead: [18, "Forming"],
      gov: [6, "Forming"],
      strat: [4, "Forming"],
      prevent: [5, "Forming"],
      pursue: [13, "Forming"],
      protect: [5, "Forming"],
      prepare: [13, "Forming"],
      member: [14, "Forming"],
      fund: [4, "Forming"],
      learn: [5, "Forming"],
    });
    assert.ok(scoreAssessment(fw, INFORMAL_NEW_NETWORK).dimensions.every((d) => d.complete));
  });
  test("what would move it on", () => {
    const u = unmet(INFORMAL_NEW_NETWORK);
    assert.deepEqual(u.gov, ["gov.score.2", "gov.c.terms_of_reference", "gov.c.regular_meetings"]);
    assert.deepEqual(u.lead, ["lead.score.2", "lead.c.coordinator_named"]);
  });
  test("recommendations: foundations first, outcome measures only after an action plan, and distributed leadership for a police-led network", () => {
    const recs = recommend(fw, INFORMAL_NEW_NETWORK);
    const ids = recs.map((r) => r.id);
    assert.deepEqual(ids.slice(0, 6), [
      "lead-coordinator",
      "gov-terms-of-reference",
      "strat-objectives",
      "prepare-referral-pathway",
      "fund-in-kind",
      "learn-track-actions",
    ]);
    assert.ok(ids.indexOf("gov-action-plan") < ids.indexOf("learn-outcome-measures"));
    const om = recs.find((r) => r.id === "learn-outcome-measures")!;
    assert.deepEqual(om.after, ["gov-action-plan", "learn-track-actions"]);
    assert.match(om.reason, /Do this after: Agree a current action plan/);
    const dl = recs.find((r) => r.id === "lead-distribute-leadership")!;
    assert.ok(dl, "police-chaired partnerships are told about distributing leadership");
    assert.deepEqual(dl.reportRecommendation, ["L3"]);
    assert.match(dl.reason, /chaired or coordinated by the police/);
    // Nothing aimed at Leading is recommended to a Forming partnership.
    assert.ok(recs.every((r) => r.targetStage <= 3 || r.id === "lead-distribute-leadership"));
    assert.ok(!ids.includes("learn-peer-review"));
    assert.deepEqual(
      recs.map((r) => r.priority),
      recs.map((_, i) => i + 1),
    );
  });
});

describe("golden: mid-way partnership", () => {
  test("scores and stages", () => {
    assert.deepEqual(summary(MID_WAY_PARTNERSHIP), {
      lead: [46, "Developing"],
      gov: [56, "Developing"],
      strat: [25, "Developing"],
      prevent: [35, "Developing"],
      pursue: [60, "Embedded"],
      protect: [45, "Developing"],
      prepare: [63, "Established"],
      member: [46, "Established"],
      fund: [29, "Developing"],
      learn: [20, "Developing"],
    });
  });
  test("governance scores Established-level points but has no action plan, so stays Developing", () => {
    const gov = scoreAssessment(fw, MID_WAY_PARTNERSHIP).dimensions.find((d) => d.dimensionId === "gov")!;
    assert.ok(gov.score! >= 40);
    assert.deepEqual(gov.unmetForNextStage, [
      { conditionId: "gov.c.action_plan", text: "Agree a current action plan" },
    ]);
  });
  test("recommendations", () => {
    const recs = recommend(fw, MID_WAY_PARTNERSHIP);
    const ids = recs.map((r) => r.id);
    assert.deepEqual(ids.slice(0, 6), [
      "lead-coordinator",
      "gov-action-plan",
      "protect-training",
      "fund-coordination",
      "learn-annual-review",
      "learn-outcome-measures",
    ]);
    assert.ok(!ids.includes("lead-distribute-leadership"), "not police-led and leadership already shared");
    assert.ok(ids.includes("pursue-colocation"), "already runs joint operations: co-location fits");
    assert.ok(ids.indexOf("gov-action-plan") < ids.indexOf("strat-four-ps-profile"));
  });
});

describe("golden: mature partnership", () => {
  test("scores and stages", () => {
    assert.deepEqual(summary(MATURE_PARTNERSHIP), {
      lead: [100, "Leading"],
      gov: [100, "Leading"],
      strat: [100, "Leading"],
      prevent: [95, "Leading"],
      pursue: [100, "Leading"],
      protect: [100, "Leading"],
      prepare: [94, "Leading"],
      member: [89, "Embedded"],
      fund: [100, "Leading"],
      learn: [100, "Leading"],
    });
  });
  test("only survivor input stands between it and Leading everywhere", () => {
    const recs = recommend(fw, MATURE_PARTNERSHIP);
    assert.deepEqual(
      recs.map((r) => r.id),
      ["member-survivors"],
    );
    assert.deepEqual(recs[0]!.reportRecommendation, ["E5"]);
    assert.match(recs[0]!.reason, /Membership & engagement is at Embedded \(score 89\)/);
  });
});

describe("recommendation fitting", () => {
  test("a police chair given only in the profile still triggers distributed leadership", () => {
    const a = { ...MATURE_PARTNERSHIP };
    const recs = recommend(fw, a, undefined, { "profile.chair_org": { kind: "choice", option: "police" } });
    assert.ok(recs.some((r) => r.id === "lead-distribute-leadership"));
  });
  test("maxStagesAhead widens or narrows the horizon", () => {
    const narrow = recommend(fw, INFORMAL_NEW_NETWORK, undefined, undefined, { maxStagesAhead: 1 });
    const wide = recommend(fw, INFORMAL_NEW_NETWORK, undefined, undefined, { maxStagesAhead: 4 });
    assert.ok(narrow.length < wide.length);
    assert.ok(wide.some((r) => r.id === "learn-peer-review"));
    assert.ok(narrow.every((r) => r.targetStage <= 2 || r.id === "lead-distribute-leadership"));
  });
  test("a test framework version without a catalogue recommends nothing", () => {
    assert.deepEqual(recommend(getFramework("test-1")!, {}), []);
  });
});
