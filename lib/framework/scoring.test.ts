import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, scoreAssessment, scoreDimension, evaluate, maxPoints, answerPoints } from "./index";
import { FRAMEWORK_TEST_1 } from "./test-versions";
import type { AnswerMap } from "./types";

const fw = getFramework("2026.1")!;
const yes = { kind: "yesno", answer: "yes" } as const;
const no = { kind: "yesno", answer: "no" } as const;
const c = (option: string) => ({ kind: "choice", option }) as const;
const NA = { kind: "not_applicable" } as const;
const DK = { kind: "dont_know" } as const;

/** All governance answers at their best. */
const govBest: AnswerMap = {
  "gov.terms_of_reference": yes,
  "gov.membership_list": yes,
  "gov.action_plan": yes,
  "gov.monitoring_reports": yes,
  "gov.accountability": c("formal_regular"),
  "gov.meeting_frequency": c("quarterly_or_more"),
  "gov.structure": c("layered"),
  "gov.info_sharing_agreement": yes,
  "gov.seniority": c("all"),
};

describe("question points", () => {
  test("single choice earns the option's points", () => {
    const q = fw.dimensions[0]!.questions.find((x) => x.id === "lead.chair_type")!;
    assert.equal(answerPoints(q, c("police")), 2);
    assert.equal(answerPoints(q, c("shared")), 4);
    assert.equal(answerPoints(q, c("nope")), null);
    assert.equal(maxPoints(q), 4);
  });
  test("multi choice adds points up to the cap", () => {
    const q = fw.dimensions[0]!.questions.find((x) => x.id === "lead.leaders_engaged")!;
    assert.equal(answerPoints(q, { kind: "choices", options: ["councillors"] }), 1);
    assert.equal(
      answerPoints(q, {
        kind: "choices",
        options: [
          "councillors",
          "pcc",
          "la_executives",
          "health_leaders",
          "business_leaders",
          "community_faith_leaders",
        ],
      }),
      4,
    );
    assert.equal(answerPoints(q, { kind: "choices", options: ["none"] }), 0);
  });
  test("number questions score by the highest band reached", () => {
    const q = fw.dimensions[0]!.questions.find((x) => x.id === "lead.coordination_hours")!;
    assert.equal(answerPoints(q, { kind: "number", value: 0 }), 0);
    assert.equal(answerPoints(q, { kind: "number", value: 1.5 }), 0);
    assert.equal(answerPoints(q, { kind: "number", value: 2 }), 1);
    assert.equal(answerPoints(q, { kind: "number", value: 7.5 }), 2);
    assert.equal(answerPoints(q, { kind: "number", value: 37 }), 4);
  });
  test("yes/no: yes earns 4, no earns 0", () => {
    const q = fw.dimensions[1]!.questions.find((x) => x.id === "gov.action_plan")!;
    assert.equal(answerPoints(q, yes), 4);
    assert.equal(answerPoints(q, no), 0);
    assert.equal(answerPoints(q, c("yes")), null);
  });
});

describe("dimension score", () => {
  test("all best answers score 100 and reach Leading", () => {
    const s = scoreDimension(fw, "gov", govBest);
    assert.equal(s.score, 100);
    assert.deepEqual(s.stage, { index: 5, name: "Leading" });
    assert.equal(s.complete, true);
    assert.deepEqual(s.unmetForNextStage, []);
    assert.equal(s.nextStage, null);
  });
  test("nothing answered: score null, stage Forming, everything unanswered", () => {
    const s = scoreDimension(fw, "gov", {});
    assert.equal(s.score, null);
    assert.equal(s.stage.index, 1);
    assert.equal(s.unanswered, 9);
    assert.equal(s.complete, false);
    assert.ok(s.unmetForNextStage.some((u) => u.conditionId === "gov.score.2"));
  });
  test("score is the rounded share of points earned", () => {
    // 9 questions × 4 = 36 points possible; best except seniority "most" (3): 35/36 = 97.2 → 97
    const s = scoreDimension(fw, "gov", { ...govBest, "gov.seniority": c("most") });
    assert.equal(s.pointsEarned, 35);
    assert.equal(s.pointsPossible, 36);
    assert.equal(s.score, 97);
  });
  test("unknown dimension throws", () => {
    assert.throws(() => scoreDimension(fw, "nope", {}), /Unknown dimension/);
  });
  test("answers of the wrong kind are ignored, not scored", () => {
    const s = scoreDimension(fw, "gov", { ...govBest, "gov.action_plan": c("yes") });
    assert.equal(s.unanswered, 1);
    assert.equal(s.pointsPossible, 32);
  });
});

describe("Not applicable and Don't know", () => {
  const base: AnswerMap = {
    "pursue.intelligence_sharing": c("structured_feedback"),
    "pursue.ngo_intel_route": yes,
    "pursue.joint_operations": c("action_weeks"),
    "pursue.disruption_powers": { kind: "choices", options: ["housing", "licensing", "fire_safety", "tax_wages"] },
    "pursue.colocation": c("co_located"),
  };
  test("N/A is excluded from the denominator: score unchanged by an N/A answer", () => {
    const s = scoreDimension(fw, "pursue", { ...base, "pursue.enforcement_group": NA });
    assert.equal(s.notApplicable, 1);
    assert.equal(s.applicable, 5);
    assert.equal(s.pointsPossible, 20);
    assert.equal(s.score, 100);
    assert.equal(s.complete, true);
  });
  test("Don't know counts 0 points but stays in the denominator, reported separately", () => {
    const s = scoreDimension(fw, "pursue", { ...base, "pursue.enforcement_group": DK });
    assert.equal(s.dontKnow, 1);
    assert.equal(s.answered, 5);
    assert.equal(s.pointsPossible, 24);
    assert.equal(s.score, Math.round((100 * 20) / 24));
  });
  test("Don't know scores exactly as the 0-point answer would", () => {
    const dk = scoreDimension(fw, "pursue", { ...base, "pursue.enforcement_group": DK });
    const zero = scoreDimension(fw, "pursue", { ...base, "pursue.enforcement_group": no });
    assert.equal(dk.score, zero.score);
  });
  test("a condition on a question answered N/A counts as met", () => {
    const s = scoreDimension(fw, "pursue", { ...base, "pursue.enforcement_group": NA });
    assert.equal(s.stage.index, 5);
    assert.ok(evaluate(fw, { question: "pursue.enforcement_group", is: "yes" }, { "pursue.enforcement_group": NA }));
  });
  test("a condition on a Don't know answer is unmet", () => {
    const s = scoreDimension(fw, "pursue", { ...base, "pursue.enforcement_group": DK });
    assert.ok(s.stage.index < 4);
    assert.ok(s.unmetForNextStage.some((u) => u.conditionId === "pursue.c.pursue_group") || s.stage.index < 3);
  });
  test("N/A where the question does not allow it is treated as Don't know", () => {
    const s = scoreDimension(fw, "gov", { ...govBest, "gov.action_plan": NA });
    assert.equal(s.notApplicable, 0);
    assert.equal(s.dontKnow, 1);
    assert.equal(s.pointsPossible, 36);
    assert.equal(evaluate(fw, { question: "gov.action_plan", is: "yes" }, { "gov.action_plan": NA }), false);
  });
  test("only N/A answers give a null score (nothing countable)", () => {
    const s = scoreDimension(fw, "pursue", { "pursue.enforcement_group": NA, "pursue.colocation": NA });
    assert.equal(s.score, null);
    assert.equal(s.notApplicable, 2);
    assert.equal(scoreDimension(FRAMEWORK_TEST_1, "t", {}).score, null);
  });
});

describe("stage conditions", () => {
  test("a high score without a current action plan stays below Established, and the plan is listed", () => {
    const answers = { ...govBest, "gov.action_plan": no };
    const s = scoreDimension(fw, "gov", answers);
    assert.ok(s.score! >= 80, `score ${s.score}`);
    assert.equal(s.stage.name, "Developing");
    assert.deepEqual(
      s.unmetForNextStage.map((u) => u.conditionId),
      ["gov.c.action_plan"],
    );
    assert.equal(s.unmetForNextStage[0]!.text, "Agree a current action plan");
  });
  test("conditions of lower stages hold back higher stages too (cumulative)", () => {
    const s = scoreDimension(fw, "gov", { ...govBest, "gov.terms_of_reference": no });
    assert.equal(s.stage.index, 1);
    assert.deepEqual(
      s.unmetForNextStage.map((u) => u.conditionId),
      ["gov.c.terms_of_reference"],
    );
  });
  test("below the threshold, the score gap is listed as well as unmet conditions", () => {
    const answers: AnswerMap = {
      "gov.terms_of_reference": yes,
      "gov.meeting_frequency": c("quarterly_or_more"),
      "gov.membership_list": no,
      "gov.action_plan": no,
      "gov.monitoring_reports": no,
      "gov.accountability": c("none"),
      "gov.structure": c("informal"),
      "gov.info_sharing_agreement": no,
      "gov.seniority": c("none"),
    };
    const s = scoreDimension(fw, "gov", answers);
    // 4+4 = 8 of 36 = 22 → Developing (≥20, ToR and meetings met)
    assert.equal(s.score, 22);
    assert.equal(s.stage.name, "Developing");
    const ids = s.unmetForNextStage.map((u) => u.conditionId);
    assert.deepEqual(ids, ["gov.score.3", "gov.c.action_plan", "gov.c.accountability"]);
    assert.match(s.unmetForNextStage[0]!.text, /from 22 to at least 40/);
  });
  test("conditions met but score below threshold: stage follows the score", () => {
    const s = scoreDimension(fw, "strat", {
      "strat.shared_objectives": c("written"),
      "strat.plan_structure": c("no_plan"),
      "strat.plan_owners": c("none"),
      "strat.plan_agreed": no,
      "strat.local_profile": no,
      "strat.beyond_enforcement": c("enforcement_only"),
    });
    assert.equal(s.score, 8);
    assert.equal(s.stage.index, 1);
  });
  test("anyOf condition: leadership beyond the police via champions", () => {
    const base: AnswerMap = {
      "lead.chair_type": c("police"),
      "lead.chair_seniority": c("executive"),
      "lead.coordinator": c("named_protected"),
      "lead.coordination_hours": { kind: "number", value: 40 },
      "lead.public_commitment": yes,
      "lead.regional_links": c("two_way"),
    };
    const one = scoreDimension(fw, "lead", { ...base, "lead.leaders_engaged": { kind: "choices", options: ["pcc"] } });
    assert.equal(one.stage.index, 3);
    assert.ok(one.unmetForNextStage.some((u) => u.conditionId === "lead.c.beyond_police"));
    const two = scoreDimension(fw, "lead", {
      ...base,
      "lead.leaders_engaged": { kind: "choices", options: ["pcc", "councillors"] },
    });
    assert.equal(two.stage.index, 4);
  });
  test("predicate kinds: includes, atLeast, allOf, not", () => {
    const a: AnswerMap = {
      "lead.leaders_engaged": { kind: "choices", options: ["pcc"] },
      "lead.coordination_hours": { kind: "number", value: 10 },
    };
    assert.ok(evaluate(fw, { question: "lead.leaders_engaged", includes: "pcc" }, a));
    assert.ok(!evaluate(fw, { question: "lead.leaders_engaged", includes: "councillors" }, a));
    assert.ok(evaluate(fw, { question: "lead.coordination_hours", atLeast: 10 }, a));
    assert.ok(!evaluate(fw, { question: "lead.coordination_hours", atLeast: 10.5 }, a));
    assert.ok(
      evaluate(
        fw,
        {
          allOf: [
            { question: "lead.coordination_hours", atLeast: 1 },
            { not: { question: "lead.chair_type", is: "police" } },
          ],
        },
        a,
      ),
    );
    assert.ok(!evaluate(fw, { question: "no.such", is: "yes" }, a));
  });
});

describe("scoreAssessment", () => {
  test("scores every dimension in framework order", () => {
    const s = scoreAssessment(fw, govBest);
    assert.equal(s.version, "2026.1");
    assert.deepEqual(
      s.dimensions.map((d) => d.dimensionId),
      fw.dimensions.map((d) => d.id),
    );
    assert.equal(s.dimensions.find((d) => d.dimensionId === "gov")!.score, 100);
    assert.equal(s.dimensions.find((d) => d.dimensionId === "lead")!.score, null);
  });
  test("profile answers never change scores", () => {
    const a = scoreAssessment(fw, govBest);
    const b = scoreAssessment(fw, {
      ...govBest,
      "profile.chair_org": c("police"),
      "profile.activities": { kind: "choices", options: ["training"] },
    });
    assert.deepEqual(a, b);
  });
});
