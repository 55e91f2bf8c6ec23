// Framework 2026.2 recommendations: the catalogue's links, examples and citations, national asks,
// and the rule that a recommendation for an explicitly answered need is never left out.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  getFramework,
  recommend,
  evaluate,
  mapAnswers,
  REPORT_RECOMMENDATIONS,
  RECOMMENDATIONS_2026_2,
  EXAMPLES,
} from "./index";
import { INFORMAL_NEW_NETWORK, MID_WAY_PARTNERSHIP } from "./golden-profiles";
import { mulberry32, randomAnswer } from "./generate";
import type { AnswerMap } from "./types";

const fw = getFramework("2026.2")!;
const byId = new Map(RECOMMENDATIONS_2026_2.map((r) => [r.id, r]));

describe("2026.2 catalogue", () => {
  test("ids are unique; every condition is addressed; every recommendation has a need, a condition or a fit", () => {
    assert.equal(byId.size, RECOMMENDATIONS_2026_2.length);
    const conds = fw.dimensions.flatMap((d) => d.stages.flatMap((s) => s.conditions.map((c) => c.id)));
    const addressed = new Set(RECOMMENDATIONS_2026_2.flatMap((r) => r.addresses));
    for (const c of conds) assert.ok(addressed.has(c), `no recommendation addresses ${c}`);
    for (const r of RECOMMENDATIONS_2026_2) {
      for (const c of r.addresses) assert.ok(conds.includes(c), `${r.id} → ${c}`);
      assert.ok(r.need || r.addresses.length || r.appliesWhen, r.id);
      assert.ok(
        fw.dimensions.some((d) => d.id === r.dimension),
        r.id,
      );
      for (const a of r.after ?? []) assert.ok(byId.has(a), `${r.id} after ${a}`);
      for (const id of r.reportRecommendation) assert.ok(REPORT_RECOMMENDATIONS.some((x) => x.id === id));
      // Examples may be missing only where the report gives none (said in the catalogue).
      if (!r.examples.length) assert.ok(["fund-pooled-budget", "learn-peer-review"].includes(r.id), r.id);
    }
  });
  test("needs rest on real 2026.2 questions", () => {
    const ids = new Set([
      ...fw.dimensions.flatMap((d) => d.questions.map((q) => q.id)),
      ...fw.profile.map((q) => q.id),
    ]);
    const leaves = (p: unknown): string[] => {
      const o = p as Record<string, unknown>;
      if (Array.isArray(o.allOf)) return o.allOf.flatMap(leaves);
      if (Array.isArray(o.anyOf)) return o.anyOf.flatMap(leaves);
      if (o.not) return leaves(o.not);
      return [o.question as string];
    };
    for (const r of RECOMMENDATIONS_2026_2)
      for (const q of [...(r.need ? leaves(r.need) : []), ...(r.appliesWhen ? leaves(r.appliesWhen) : [])])
        assert.ok(ids.has(q), `${r.id} → ${q}`);
  });
  test("no good-practice example from a partnership the report says lacks that practice", () => {
    const lacking: Record<string, (keyof typeof EXAMPLES)[]> = {
      // "no formal agreements in place for data-sharing or funding"
      "gov-information-sharing": ["wolverhampton"],
      // "opportunities for the future included improving engagement with partners from health"
      "member-health": ["wolverhampton"],
      // "operating on minimal budget"; Nottinghamshire's training was funded by the PCC
      "fund-pooled-budget": ["west_yorkshire", "nottinghamshire"],
      // a future review of a police force, not of a partnership
      "learn-peer-review": ["cleveland_peer_review"],
      "learn-annual-review": ["cleveland_peer_review"],
    };
    for (const [id, keys] of Object.entries(lacking))
      for (const k of keys) assert.ok(!byId.get(id)!.examples.includes(EXAMPLES[k]), `${id} uses ${k}`);
  });
  test("the citation fixes from review", () => {
    const aware = byId.get("protect-awareness")!;
    assert.equal(aware.dimension, "protect");
    assert.ok(!aware.reportRecommendation.includes("E4"), "E4 asks to move beyond awareness-raising");
    assert.doesNotMatch(aware.source.section, /Key findings 7/);
    assert.doesNotMatch(byId.get("learn-peer-review")!.source.quote ?? "", /health assessment/);
    assert.ok(!byId.has("prevent-awareness"));
    const fund5 = fw.dimensions.find((d) => d.id === "fund")!.stages[4]!;
    assert.doesNotMatch(fund5.source.quote ?? "", /Police and Crime Commissioner/);
    const strat = fw.dimensions.find((d) => d.id === "strat")!;
    assert.ok(!strat.questions.some((q) => q.id === "strat.plan_agreed"));
    assert.doesNotMatch(strat.stages[3]!.descriptor, /board/);
    const data = fw.dimensions.find((d) => d.id === "learn")!.questions.find((q) => q.id === "learn.data")!;
    assert.doesNotMatch(data.source.quote ?? "", /\(NRM\)$/);
    const peer = fw.dimensions.find((d) => d.id === "learn")!.questions.find((q) => q.id === "learn.peer_review")!;
    assert.doesNotMatch(peer.source.quote ?? "", /force/);
  });
  test("national asks are labelled, each with a local action; three ask partnerships themselves", () => {
    const local = REPORT_RECOMMENDATIONS.filter((r) => r.audience === "local").map((r) => r.id);
    assert.deepEqual(local, ["L3", "E4", "E5"]);
    for (const r of REPORT_RECOMMENDATIONS.filter((x) => x.audience === "national"))
      assert.ok(r.localAction && r.localAction.length > 20, r.id);
    const recs = recommend(fw, mapAnswers("2026.1", "2026.2", INFORMAL_NEW_NETWORK));
    const coord = recs.find((r) => r.id === "lead-coordinator")!;
    assert.deepEqual(
      coord.reportRecommendations.map((r) => [r.id, r.audience]),
      [["F1", "national"]],
    );
    assert.ok(coord.reportRecommendations[0]!.localAction);
  });
});

describe("2026.2 recommend", () => {
  test("a need answered explicitly is never dropped, however far ahead of the stage", () => {
    const a: AnswerMap = {
      ...mapAnswers("2026.1", "2026.2", INFORMAL_NEW_NETWORK),
      "gov.info_sharing_agreement": { kind: "yesno", answer: "no" },
      "learn.peer_review": { kind: "yesno", answer: "no" },
    };
    const recs = recommend(fw, a);
    const info = recs.find((r) => r.id === "gov-information-sharing");
    assert.ok(info, "an explicit 'no information-sharing agreement' is always answered");
    assert.match(info!.reason, /Your answer to ‘Do partners have a signed information-sharing agreement/);
    assert.ok(recs.some((r) => r.id === "learn-peer-review"));
    // With the need answered "yes" and no condition unmet, it is not recommended.
    const b = recommend(fw, { ...a, "gov.info_sharing_agreement": { kind: "yesno", answer: "yes" } });
    assert.ok(!b.some((r) => r.id === "gov-information-sharing"));
  });
  test("property: every recommendation whose need holds is in the list", () => {
    const questions = [...fw.dimensions.flatMap((d) => d.questions), ...fw.profile];
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rnd = mulberry32(seed);
        const answers: AnswerMap = {};
        for (const q of questions) {
          const v = randomAnswer(q, rnd);
          if (v) answers[q.id] = v;
        }
        const ids = new Set(recommend(fw, answers).map((r) => r.id));
        for (const r of RECOMMENDATIONS_2026_2)
          if (r.need && evaluate(fw, r.need, answers)) assert.ok(ids.has(r.id), `${r.id} was dropped`);
      }),
      { numRuns: 200 },
    );
  });
  test("orders prerequisites first and numbers priorities", () => {
    const recs = recommend(fw, mapAnswers("2026.1", "2026.2", MID_WAY_PARTNERSHIP));
    assert.deepEqual(
      recs.map((r) => r.priority),
      recs.map((_, i) => i + 1),
    );
    const ids = recs.map((r) => r.id);
    for (const r of recs) for (const a of r.after) assert.ok(ids.indexOf(a) < ids.indexOf(r.id), `${a} before ${r.id}`);
  });
});
