import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, dimensionSpread, questionSpread } from "./index";
import { median } from "./respondents";
import { INFORMAL_NEW_NETWORK, MID_WAY_PARTNERSHIP, MATURE_PARTNERSHIP } from "./golden-profiles";

const fw = getFramework("2026.1")!;
const r = (respondentId: string, answers: typeof MID_WAY_PARTNERSHIP) => ({ respondentId, answers });

describe("dimensionSpread", () => {
  test("spread is shown only with at least 3 respondents", () => {
    const two = dimensionSpread(fw, [r("a", MID_WAY_PARTNERSHIP), r("b", MATURE_PARTNERSHIP)]);
    const gov2 = two.find((d) => d.dimensionId === "gov")!;
    assert.equal(gov2.n, 2);
    assert.equal(gov2.showSpread, false);
    assert.equal(gov2.min, null);
    assert.equal(gov2.median, null);
    assert.equal(gov2.disagreement, false);
  });
  test("min, max, median and stage range across respondents; official score beside it", () => {
    const three = dimensionSpread(
      fw,
      [r("a", INFORMAL_NEW_NETWORK), r("b", MID_WAY_PARTNERSHIP), r("c", MATURE_PARTNERSHIP)],
      MID_WAY_PARTNERSHIP,
    );
    const gov = three.find((d) => d.dimensionId === "gov")!;
    assert.equal(gov.n, 3);
    assert.equal(gov.showSpread, true);
    assert.deepEqual([gov.min, gov.median, gov.max], [6, 56, 100]);
    assert.deepEqual([gov.stageMin, gov.stageMax], [1, 5]);
    assert.equal(gov.officialScore, 56);
    assert.equal(gov.officialStage, 2);
    assert.equal(gov.disagreement, true);
    assert.match(gov.disagreementReasons[0]!, /4 stages apart/);
  });
  test("agreeing respondents raise no disagreement; an official score outside their range does", () => {
    const same = [r("a", MATURE_PARTNERSHIP), r("b", MATURE_PARTNERSHIP), r("c", MATURE_PARTNERSHIP)];
    assert.ok(dimensionSpread(fw, same, MATURE_PARTNERSHIP).every((d) => !d.disagreement));
    const gov = dimensionSpread(fw, same, INFORMAL_NEW_NETWORK).find((d) => d.dimensionId === "gov")!;
    assert.equal(gov.disagreement, true);
    assert.deepEqual(gov.disagreementReasons, ["The consolidated score is outside the range of respondents' scores"]);
  });
  test("respondents with nothing answered in a dimension do not count towards n", () => {
    const s = dimensionSpread(fw, [r("a", {}), r("b", MATURE_PARTNERSHIP), r("c", MATURE_PARTNERSHIP)]);
    assert.equal(s[0]!.n, 2);
    assert.equal(s[0]!.showSpread, false);
  });
  test("median", () => {
    assert.equal(median([]), null);
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });
});

describe("questionSpread", () => {
  const members = [
    r("a", INFORMAL_NEW_NETWORK),
    r("b", MID_WAY_PARTNERSHIP),
    r("c", MATURE_PARTNERSHIP),
    r("d", MATURE_PARTNERSHIP),
  ];
  const spread = questionSpread(fw, members, MID_WAY_PARTNERSHIP);
  const get = (id: string) => spread.find((s) => s.questionId === id)!;
  test("counts per option, with N/A and Don't know counted separately", () => {
    const ap = get("gov.action_plan");
    assert.deepEqual(ap.counts, { yes: 2, no: 2 });
    assert.equal(ap.n, 4);
    assert.equal(ap.official, "no");
    const eg = get("pursue.enforcement_group");
    assert.equal(eg.notApplicable, 1);
    assert.deepEqual(eg.counts, { yes: 2, no: 1 });
    const sg = get("protect.safeguarding_procedures");
    assert.equal(sg.dontKnow, 1);
  });
  test("multi choice counts each selected option", () => {
    const st = get("member.statutory");
    assert.equal(st.counts.police, 4);
    assert.equal(st.counts.immigration, 3);
    assert.equal(st.counts.none, 0);
  });
  test("number questions summarise values", () => {
    assert.deepEqual(get("lead.coordination_hours").numbers, { min: 1, max: 37.5, median: 22.25 });
  });
  test("disagreement: answers split or points far apart; unanimous answers agree", () => {
    assert.equal(get("gov.action_plan").disagreement, true); // 50/50 split, 0 vs 4 points
    const unanimous = questionSpread(fw, [
      r("a", MATURE_PARTNERSHIP),
      r("b", MATURE_PARTNERSHIP),
      r("c", MATURE_PARTNERSHIP),
    ]);
    assert.ok(unanimous.every((s) => !s.disagreement));
    assert.equal(unanimous.find((s) => s.questionId === "gov.action_plan")!.modalShare, 1);
  });
  test("fewer than 3 answers: no spread shown and no disagreement flagged", () => {
    const two = questionSpread(fw, [r("a", INFORMAL_NEW_NETWORK), r("b", MATURE_PARTNERSHIP)]);
    const ap = two.find((s) => s.questionId === "gov.action_plan")!;
    assert.equal(ap.showSpread, false);
    assert.equal(ap.disagreement, false);
  });
});
