// Framework 2026.2 scoring ("bands-and-conditions"): unit tests (properties: scoring-2026-2-properties.test.ts).
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, scoreDimension, evaluate3 } from "./index";
import { answerPoints } from "./points";
import type { AnswerMap, AnswerValue } from "./types";

const fw = getFramework("2026.2")!;
const c = (option: string): AnswerValue => ({ kind: "choice", option });
const yes: AnswerValue = { kind: "yesno", answer: "yes" };
const no: AnswerValue = { kind: "yesno", answer: "no" };
const dk: AnswerValue = { kind: "dont_know" };
const choices = (...options: string[]): AnswerValue => ({ kind: "choices", options });

/** Every strategy question at its best answer. */
const stratBest: AnswerMap = {
  "strat.shared_objectives": c("place_ambition"),
  "strat.action_plan": yes,
  "strat.plan_structure": c("four_ps_local"),
  "strat.plan_owners": c("all"),
  "strat.plan_deadlines": c("all"),
  "strat.local_profile": yes,
  "strat.beyond_enforcement": c("community_resilience"),
  "strat.plan_shared": yes,
};

describe("2026.2 scoring: bands, conditions, coverage", () => {
  test("the model is bands-and-conditions; 2026.1 keeps its own rules", () => {
    assert.equal(fw.scoringModel, "bands-and-conditions");
    assert.equal(getFramework("2026.1")!.scoringModel, undefined);
  });
  test("all best answers: score 100, Leading, full coverage, nothing holding it", () => {
    const d = scoreDimension(fw, "strat", stratBest);
    assert.equal(d.score, 100);
    assert.equal(d.stage.name, "Leading");
    assert.equal(d.coverage, 100);
    assert.equal(d.heldBy, null);
    assert.deepEqual(d.unmetForNextStage, []);
  });
  test("a condition known to be unmet holds the stage below its band and says which", () => {
    const d = scoreDimension(fw, "strat", { ...stratBest, "strat.action_plan": no });
    // 26 of 36 weighted points (the plan weighs 2): band Embedded, held at Developing.
    assert.equal(d.score, 78);
    assert.equal(d.bandStage!.name, "Embedded");
    assert.equal(d.stage.name, "Developing");
    assert.equal(d.heldBy!.conditionId, "strat.c.action_plan");
    assert.equal(d.heldBy!.needed, "a current action plan");
    assert.equal(d.heldBy!.stage.index, 3);
    assert.ok(d.heldBy!.source.quote);
  });
  test("Don't know never holds a stage: it is left out of the score and lowers coverage", () => {
    const d = scoreDimension(fw, "strat", { ...stratBest, "strat.action_plan": dk });
    assert.equal(d.score, 100);
    assert.equal(d.stage.name, "Leading");
    assert.equal(d.heldBy, null);
    assert.equal(d.dontKnow, 1);
    assert.equal(d.coverage, Math.round((100 * 7) / 8));
  });
  test("unanswered is not Don't know: it leaves coverage alone and makes the result provisional", () => {
    const { ["strat.action_plan"]: _gone, ...rest } = stratBest;
    void _gone;
    const d = scoreDimension(fw, "strat", rest);
    assert.equal(d.unanswered, 1);
    assert.equal(d.dontKnow, 0);
    assert.equal(d.coverage, 100);
    assert.equal(d.complete, false);
  });
  test("nothing answered: no score, no coverage, Forming", () => {
    const d = scoreDimension(fw, "strat", {});
    assert.equal(d.score, null);
    assert.equal(d.coverage, null);
    assert.equal(d.stage.index, 1);
    const allDk = scoreDimension(fw, "strat", Object.fromEntries(Object.keys(stratBest).map((k) => [k, dk])));
    assert.equal(allDk.score, null);
    assert.equal(allDk.coverage, 0);
  });
  test("weights: a question of weight 3 counts three times", () => {
    const d = scoreDimension(fw, "gov", { "gov.structure": c("layered"), "gov.terms_of_reference": no });
    // (3×4 + 1×0) ÷ (3×4 + 1×4) = 12 / 16
    assert.equal(d.score, 75);
    assert.equal(d.pointsEarned, 12);
    assert.equal(d.pointsPossible, 16);
  });
  test("'Done at regional / national level for us' is left out of the score and meets conditions", () => {
    const d = scoreDimension(fw, "prepare", {
      "prepare.reception": c("elsewhere"),
      "prepare.training_model": choices("elsewhere"),
      "prepare.referral_pathway": c("pre_and_post"),
    });
    assert.equal(d.doneElsewhere, 2);
    assert.equal(d.score, 100);
    assert.equal(d.applicable, d.total - 2);
    assert.equal(
      evaluate3(fw, { question: "prepare.reception", minPoints: 2 }, { "prepare.reception": c("elsewhere") }),
      true,
    );
    assert.equal(
      evaluate3(fw, { question: "prepare.reception", maxPoints: 1 }, { "prepare.reception": c("elsewhere") }),
      false,
      "an explicit need is not read into a function done elsewhere",
    );
  });
  test("three-valued conditions: unknown when they rest on Don't know or no answer", () => {
    const p = { question: "strat.action_plan", is: "yes" };
    assert.equal(evaluate3(fw, p, {}), null);
    assert.equal(evaluate3(fw, p, { "strat.action_plan": dk }), null);
    assert.equal(evaluate3(fw, p, { "strat.action_plan": no }), false);
    assert.equal(
      evaluate3(fw, { anyOf: [p, { question: "strat.local_profile", is: "yes" }] }, { "strat.local_profile": yes }),
      true,
    );
    assert.equal(
      evaluate3(fw, { allOf: [p, { question: "strat.local_profile", is: "yes" }] }, { "strat.local_profile": no }),
      false,
    );
  });
  test("co-chairs across sectors count as leadership beyond the police; a rotating chair scores below an accountable one", () => {
    const q = fw.dimensions[0]!.questions.find((x) => x.id === "lead.chair_type")!;
    assert.ok(answerPoints(q, c("rotates"))! < answerPoints(q, c("police"))!);
    assert.ok(answerPoints(q, c("rotates"))! < answerPoints(q, c("other_single"))!);
    const beyond = { question: "lead.chair_type", is: "co_chairs" };
    assert.equal(evaluate3(fw, beyond, { "lead.chair_type": c("co_chairs") }), true);
  });
});
