import path from "node:path";
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import {
  CURRENT_FRAMEWORK_VERSION,
  getFramework,
  getQuestion,
  listFrameworkVersions,
  publishedFramework,
  RECOMMENDATIONS_2026_1,
  REPORT_RECOMMENDATIONS,
  EXAMPLES,
  BASELINE_2017,
} from "./index";
import { RELEASED_CHECKSUMS, allFrameworks, frameworkChecksum } from "./versions";
import { findSeedDocuments, seedCandidates } from "./seed-documents";

const fw = getFramework("2026.1")!;

describe("versions", () => {
  test("the current version is 2026.2, 2026.1 is still listed; test versions are not unless asked", () => {
    assert.equal(CURRENT_FRAMEWORK_VERSION, "2026.2");
    assert.equal(getFramework()!.version, "2026.2");
    assert.deepEqual(
      listFrameworkVersions().map((v) => v.version),
      ["2026.1", "2026.2"],
    );
    assert.ok(listFrameworkVersions().every((v) => v.current === (v.version === "2026.2")));
    assert.deepEqual(
      listFrameworkVersions({ includeTest: true })
        .map((v) => v.version)
        .sort(),
      ["2026.1", "2026.2", "test-1", "test-2"],
    );
    assert.equal(getFramework("1999.9"), undefined);
    assert.equal(getFramework("test-2")?.version, "test-2");
  });
  test("released versions never change: checksums are pinned", () => {
    for (const f of allFrameworks(true))
      assert.equal(
        frameworkChecksum(f),
        RELEASED_CHECKSUMS[f.version],
        `framework ${f.version} changed: release a new version instead`,
      );
  });
  test("released data is frozen at run time", () => {
    assert.ok(Object.isFrozen(fw));
    assert.ok(Object.isFrozen(fw.dimensions[0]!.questions[0]));
    assert.throws(() => {
      (fw.dimensions[0]!.stages[0] as { threshold: number }).threshold = 5;
    });
  });
});

describe("recommendation catalogue", () => {
  test("the twelve report recommendations, in the report's order", () => {
    assert.deepEqual(
      REPORT_RECOMMENDATIONS.map((r) => r.id),
      ["L1", "L2", "L3", "E1", "E2", "E3", "E4", "E5", "A1", "A2", "F1", "F2"],
    );
    assert.match(REPORT_RECOMMENDATIONS[2]!.text, /^Distribute leadership/);
  });
  test("every gap (stage condition) maps to at least one recommendation", () => {
    const addressed = new Set(RECOMMENDATIONS_2026_1.flatMap((r) => r.addresses));
    for (const d of fw.dimensions)
      for (const s of d.stages)
        for (const c of s.conditions) assert.ok(addressed.has(c.id), `no recommendation addresses ${c.id}`);
  });
  test("recommendations reference real conditions, report recommendations, examples and prerequisites", () => {
    const conds = new Set(fw.dimensions.flatMap((d) => d.stages.flatMap((s) => s.conditions.map((c) => c.id))));
    const recIds = new Set(RECOMMENDATIONS_2026_1.map((r) => r.id));
    assert.equal(recIds.size, RECOMMENDATIONS_2026_1.length);
    for (const r of RECOMMENDATIONS_2026_1) {
      assert.ok(r.reportRecommendation.length >= 1, r.id);
      for (const id of r.reportRecommendation)
        assert.ok(
          REPORT_RECOMMENDATIONS.some((x) => x.id === id),
          r.id,
        );
      for (const c of r.addresses) assert.ok(conds.has(c), `${r.id} → ${c}`);
      assert.ok(r.addresses.length > 0 || r.appliesWhen, r.id);
      assert.ok(r.examples.length >= 1, r.id);
      for (const a of r.after ?? []) assert.ok(recIds.has(a), `${r.id} after ${a}`);
      assert.ok(
        fw.dimensions.some((d) => d.id === r.dimension),
        r.id,
      );
    }
    // Every report recommendation is used somewhere.
    for (const rr of REPORT_RECOMMENDATIONS)
      assert.ok(
        RECOMMENDATIONS_2026_1.some((r) => r.reportRecommendation.includes(rr.id)),
        rr.id,
      );
  });
  test("the practice examples named in the brief are all present", () => {
    const names = Object.values(EXAMPLES)
      .map((e) => e.name)
      .join(" | ");
    for (const n of [
      "Wales",
      "West Yorkshire",
      "Wolverhampton",
      "Nottingham and Nottinghamshire",
      "pledge",
      "Greater Manchester co-location",
      "Safer Peterborough",
      "Kent and Essex",
      "Hampshire and Isle of Wight pursue group",
      "Cleveland peer review",
      "Lincolnshire business accreditation",
      "Humber train-the-trainers",
    ])
      assert.ok(names.includes(n), n);
  });
});

describe("2017 baseline", () => {
  test("entries carry the report's own words and only stated values", () => {
    const ids = BASELINE_2017.map((b) => b.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const b of BASELINE_2017) {
      assert.equal(b.source.quote, b.statement);
      if (b.compareWith) assert.ok(getQuestion(fw, b.compareWith.question), `${b.id} → ${b.compareWith.question}`);
    }
    const docs = BASELINE_2017.find((b) => b.id === "governance.documents")!;
    assert.deepEqual(docs.value, { kind: "share", phrase: "just under two thirds", upperBound: 2 / 3 });
    assert.equal(
      BASELINE_2017.find((b) => b.id === "governance.no_action_plan")!.statement,
      "more than half did not have action plans",
    );
    assert.deepEqual(BASELINE_2017.find((b) => b.id === "chair.police_majority")!.compareWith, {
      question: "profile.chair_org",
      option: "police",
    });
  });
});

describe("published framework", () => {
  const pub = publishedFramework(fw);
  test("is plain JSON that round-trips", () => {
    assert.deepEqual(JSON.parse(JSON.stringify(pub)), pub);
  });
  test("has the shape the API serves", () => {
    assert.equal(pub.version, "2026.1");
    assert.equal(pub.dimensions.length, 10);
    for (const d of pub.dimensions) {
      assert.equal(d.stages.length, 5);
      for (const s of d.stages)
        assert.ok(typeof s.name === "string" && typeof s.descriptor === "string" && typeof s.threshold === "number");
      for (const q of d.questions) {
        assert.ok(q.id && q.text && q.type && q.source);
        if ("options" in q) for (const o of q.options) assert.equal(typeof o.points, "number");
      }
    }
    const yn = pub.dimensions[1]!.questions.find((q) => q.id === "gov.action_plan")!;
    assert.ok("options" in yn && yn.options.length === 2);
    assert.ok(pub.profile.length >= 12);
    assert.ok(pub.recommendations.length >= 30);
    for (const r of pub.recommendations) assert.ok(r.reportRecommendation.length && r.examples.length && r.source);
    assert.match(pub.scoring.notApplicable, /left out of the score/);
    assert.match(pub.scoring.dontKnow, /0 points but still counts/);
    assert.ok(pub.dimensions[1]!.stages[2]!.conditions.some((c) => c.id === "gov.c.action_plan"));
  });
});

test("missing seed documents fail the quote check instead of skipping it (issue 16, item 14)", () => {
  const empty = mkdtempSync(path.join(tmpdir(), "no-seeds-"));
  try {
    assert.throws(() => findSeedDocuments([empty]), /seed documents .* were not found in .*no-seeds-/);
    assert.throws(() => findSeedDocuments([]), /were not found/);
    assert.deepEqual(seedCandidates({ SEEDS_DIR: empty }, "/"), [empty]);
    assert.deepEqual(seedCandidates({}, "/repo/app"), ["/repo/shared/seeds", "/work/shared/seeds"]);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
