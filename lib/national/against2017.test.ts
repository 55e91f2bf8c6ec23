import { test } from "node:test";
import assert from "node:assert/strict";
import { BASELINE_2017 } from "../framework/baseline2017";
import { getFramework } from "../framework";
import { compareFigure, isAbbreviation, sentenceCase } from "./against2017";

test("the report's capitals read in sentence case; abbreviations and mixed case are kept", () => {
  assert.equal(sentenceCase("LA (TOP TIER)"), "LA (top tier)");
  assert.equal(sentenceCase("PROGRESS MONITORING AND ACCOUNTABILITY"), "Progress monitoring and accountability");
  assert.equal(sentenceCase("POLICE / NGO"), "Police / NGO");
  assert.equal(sentenceCase("INFO−SHARING"), "Info−sharing");
  assert.equal(sentenceCase("REGIONAL LGA"), "Regional LGA");
  assert.equal(sentenceCase("NHS"), "NHS");
  assert.equal(sentenceCase("Home Office"), "Home Office");
  // No category is left in capitals but the abbreviations.
  for (const q of getFramework()!.profile)
    for (const o of "options" in q ? q.options : []) {
      const label = sentenceCase(o.reportLabel ?? o.label);
      if (label === (o.reportLabel ?? o.label) && /[a-z]/.test(label)) continue; // mixed case, as it was
      for (const word of label.split(/[^A-Za-z]+/))
        if (word.length > 1 && word === word.toUpperCase()) assert.ok(isAbbreviation(word), `${label}: ${word}`);
    }
});

const chairs = [
  { label: "POLICE", optionIds: ["police"], n: 10, share: 50 },
  { label: "LA (TOP TIER)", optionIds: ["la_top_tier"], n: 4, share: 20 },
  { label: "NGO", optionIds: ["ngo"], n: 4, share: 20 },
  { label: "OPCC", optionIds: ["opcc"], n: 2, share: 10 },
];

test("Figure 5: shares, ranks and the relative count as numbers beside 2017's; the rest in the report's words", () => {
  const c = compareFigure({
    questionId: "profile.chair_org",
    rows: chairs,
    respondents: 20,
    withAnyButNone: 20,
    entries: BASELINE_2017.filter((b) => b.figure === "Figure 5"),
    optionLabel: (o) => o,
  });
  assert.deepEqual(
    c.rows.map((r) => [r.category, r.rank]),
    [
      ["Police", 1],
      ["LA (top tier)", 2],
      ["NGO", 2],
      ["OPCC", 4],
    ],
  );
  assert.deepEqual(
    c.numbers.map(({ what, y2017, today, marker }) => ({ what, y2017, today, marker })),
    [
      { what: "Police", y2017: "over 50%", today: "50% (10 of 20)", marker: 50 },
      { what: "LA (top tier)", y2017: "2nd most common", today: "2nd most common", marker: undefined },
      { what: "LA (top tier) as a share of Police", y2017: "under 25%", today: "40% (4 to 10)", marker: undefined },
    ],
  );
  assert.deepEqual(c.wording, [
    "There was one case each of a partnership being chaired by a Regional Local Government Association, a District local authority, and the NHS.",
  ]);
});

test("Figures 7–9: a count of types, shares of several activities and of 'any but none', an option nobody chose", () => {
  const members = compareFigure({
    questionId: "profile.member_types",
    rows: [
      { label: "NHS", optionIds: ["nhs"], n: 3, share: 100 },
      { label: "Police", optionIds: ["police"], n: 2, share: 67 },
    ],
    respondents: 3,
    withAnyButNone: 3,
    entries: BASELINE_2017.filter((b) => b.figure === "Figure 7"),
    optionLabel: (o) => o,
  });
  assert.deepEqual(
    members.numbers.map((n) => [n.what, n.y2017, n.today]),
    [["Types of organisation named", "more than 50", "2"]],
  );
  assert.equal(members.wording.length, 1);
  const activities = compareFigure({
    questionId: "profile.activities",
    rows: [{ label: "INTELLIGENCE", optionIds: ["intelligence"], n: 3, share: 75 }],
    respondents: 4,
    withAnyButNone: 4,
    entries: BASELINE_2017.filter((b) => b.id === "activities.top_three" || b.id === "activities.commissioning"),
    optionLabel: (o) => ({ training: "TRAINING", awareness: "AWARENESS", commissioning: "COMMISSIONING" })[o] ?? o,
  });
  assert.deepEqual(
    activities.numbers.map((n) => [n.what, n.y2017, n.today]),
    [
      ["Intelligence", "over 50%", "75% (3 of 4)"],
      ["Training", "over 50%", "0% (0 of 4)"],
      ["Awareness", "over 50%", "0% (0 of 4)"],
      ["Commissioning", "under 50%", "0% (0 of 4)"],
    ],
  );
  const governance = compareFigure({
    questionId: "profile.governance_documents",
    rows: [],
    respondents: 6,
    withAnyButNone: 4,
    entries: BASELINE_2017.filter((b) => b.figure === "Figure 9"),
    optionLabel: (o) => o,
  });
  assert.deepEqual(
    governance.numbers.map((n) => [n.y2017, n.today, n.marker]),
    [["under 67%", "67% (4 of 6)", 67]],
  );
  // Action plans are another question's answer: quoted here, not compared with this figure's options.
  assert.deepEqual(governance.wording, ["more than half did not have action plans"]);
});
