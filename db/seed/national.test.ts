import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework } from "../../lib/framework";
import { scoreAssessment } from "../../lib/framework/scoring";
import { APPENDIX_1 } from "./appendix1";
import { HISTORY_PARTNERSHIPS } from "./demo";
import { DEMO_DOCUMENT, DEMO_TEXT, SUBMITTING_BY_CYCLE, planDemoNational } from "./national";

const fw = getFramework()!;
// One with the year it was set up on its record, the rest without (as the demo's records are).
const partnerships = APPENDIX_1.filter((p) => !(p.name in HISTORY_PARTNERSHIPS)).map((p, i) => ({
  ...p,
  id: i + 10,
  yearEstablished: i === 0 ? 2015 : null,
}));
const past = [2023, 2024, 2025].map((y, i) => ({
  id: i + 1,
  label: `${y}/${(y + 1) % 100}`,
  opensOn: `${y}-04-01`,
  closesOn: `${y + 1}-03-31`,
}));

describe("the national demo data", () => {
  const plan = planDemoNational(fw, partnerships, past);

  test("is the same every time it is planned", () => {
    assert.deepEqual(planDemoNational(fw, partnerships, past), plan);
  });

  test("has most partnerships submitting, more each year, at least 30 in the last closed cycle with the history", () => {
    const submitted = past.map((c) => plan.filter((r) => r.cycleId === c.id && r.status === "submitted").length);
    assert.deepEqual(submitted, SUBMITTING_BY_CYCLE);
    assert.ok(submitted[2]! + Object.keys(HISTORY_PARTNERSHIPS).length >= 30);
    // Some missing and some started but not submitted in every cycle.
    for (const c of past) {
      const rows = plan.filter((r) => r.cycleId === c.id);
      assert.ok(rows.length < partnerships.length);
      assert.ok(rows.some((r) => r.status === "in_progress" && r.submittedAt === null));
    }
    // Never one partnership twice in a cycle, never a history partnership.
    const keys = plan.map((r) => `${r.partnershipId}:${r.cycleId}`);
    assert.equal(new Set(keys).size, keys.length);
  });

  test("has some late submissions (after the closing date) and a few peer-reviewed ones", () => {
    const late = plan.filter((r) => r.late);
    assert.ok(late.length > 0);
    for (const r of late) {
      const cycle = past.find((c) => c.id === r.cycleId)!;
      assert.ok(r.submittedAt! > `${cycle.closesOn}T23:59:59Z`, `${r.submittedAt} after ${cycle.closesOn}`);
    }
    for (const r of plan.filter((x) => x.status === "submitted" && !x.late)) {
      const cycle = past.find((c) => c.id === r.cycleId)!;
      assert.ok(r.submittedAt! <= `${cycle.closesOn}T23:59:59Z` && r.submittedAt! >= cycle.opensOn);
    }
    const reviewed = plan.filter((r) => r.peerReviewed);
    assert.ok(reviewed.length >= 3 && reviewed.length <= 8, `${reviewed.length} peer-reviewed`);
    assert.ok(reviewed.every((r) => r.status === "submitted"));
  });

  test("spreads the stages, larger footprints maturing further than local partnerships", () => {
    const last = plan.filter((r) => r.cycleId === 3 && r.status === "submitted");
    const stages = last.flatMap((r) => scoreAssessment(fw, r.answers).dimensions.map((d) => d.stage.index));
    for (const s of [1, 2, 3, 4, 5]) assert.ok(stages.includes(s), `some dimension at stage ${s}`);
    const mean = (level: string) => {
      const ms = last.filter((r) => partnerships.find((p) => p.id === r.partnershipId)!.level === level);
      return ms.reduce((a, r) => a + r.maturity, 0) / ms.length;
    };
    assert.ok(mean("sub_regional") > mean("local"));
    // Each partnership matures between its first and last submitted year on average.
    const first = plan.filter((r) => r.cycleId === 1 && r.status === "submitted");
    const avg = (rs: typeof plan) => rs.reduce((a, r) => a + r.maturity, 0) / rs.length;
    assert.ok(avg(last) > avg(first));
  });

  test("is labelled as demo data and answers the profile as the partnership is", () => {
    for (const r of plan) {
      const p = partnerships.find((x) => x.id === r.partnershipId)!;
      assert.deepEqual(r.answers["profile.level"], { kind: "choice", option: p.level });
      assert.deepEqual(r.answers["profile.nation"], { kind: "choice", option: p.nation });
      // The record's force areas and year set up, every year; "Don't know" where the record is blank.
      assert.deepEqual(
        new Set((r.answers["profile.force_areas"] as { options: string[] }).options),
        new Set(p.forceAreas),
      );
      assert.deepEqual(
        r.answers["profile.established_year"],
        p.yearEstablished === null ? { kind: "dont_know" } : { kind: "number", value: p.yearEstablished },
      );
      for (const v of Object.values(r.answers)) {
        if (v.kind === "text") assert.equal(v.value, DEMO_TEXT);
        if (v.kind === "yesno" && v.evidence) assert.equal(v.evidence.title, DEMO_DOCUMENT);
      }
    }
    // Figures vary: not every partnership gives the same chair.
    const chairs = new Set(plan.map((r) => JSON.stringify(r.answers["profile.chair_org"])));
    assert.ok(chairs.size >= 4);
  });
});
