import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, mapAnswers, compareDimensions, VERSION_MAPPINGS, scoreAssessment } from "./index";
import { mappingPath } from "./versions";
import type { AnswerMap } from "./types";

const v1 = getFramework("test-1")!;
const v2 = getFramework("test-2")!;
const yes = { kind: "yesno", answer: "yes" } as const;
const no = { kind: "yesno", answer: "no" } as const;
const c = (option: string) => ({ kind: "choice", option }) as const;

describe("version mapping declarations", () => {
  test("every mapping covers each question of the old version exactly once and accounts for every new one", () => {
    for (const m of VERSION_MAPPINGS) {
      const from = getFramework(m.from)!;
      const to = getFramework(m.to)!;
      const fromIds = from.dimensions.flatMap((d) => d.questions.map((q) => q.id)).sort();
      const toIds = to.dimensions.flatMap((d) => d.questions.map((q) => q.id)).sort();
      const covered = m.questions.flatMap((q) =>
        q.kind === "kept" || q.kind === "removed" ? [q.id] : q.kind === "renamed" || q.kind === "split" ? [q.from] : [],
      );
      const targets = m.questions.flatMap((q) =>
        q.kind === "kept" || q.kind === "added"
          ? [q.id]
          : q.kind === "renamed"
            ? [q.to]
            : q.kind === "split"
              ? q.to.map((t) => t.id)
              : [],
      );
      assert.deepEqual(covered.sort(), fromIds, `${m.from}→${m.to}: old questions`);
      assert.deepEqual(targets.sort(), toIds, `${m.from}→${m.to}: new questions`);
      // option maps only name options that exist
      for (const q of m.questions) {
        if (q.kind === "renamed" && q.optionMap) {
          const oldQ = from.dimensions.flatMap((d) => d.questions).find((x) => x.id === q.from)!;
          const newQ = to.dimensions.flatMap((d) => d.questions).find((x) => x.id === q.to)!;
          for (const [a, b] of Object.entries(q.optionMap)) {
            assert.ok(oldQ.type === "single" && oldQ.options.some((o) => o.id === a));
            assert.ok(newQ.type === "single" && newQ.options.some((o) => o.id === b));
          }
        }
      }
    }
  });
  test("the test pair exercises every mapping kind", () => {
    const kinds = new Set(VERSION_MAPPINGS.find((m) => m.from === "test-1")!.questions.map((q) => q.kind));
    assert.deepEqual([...kinds].sort(), ["added", "kept", "removed", "renamed", "split"]);
  });
  test("paths", () => {
    assert.deepEqual(mappingPath("test-1", "test-1"), []);
    assert.equal(mappingPath("test-1", "test-2")!.length, 1);
    assert.equal(mappingPath("test-2", "test-1"), undefined);
    assert.throws(() => mapAnswers("test-2", "test-1", {}), /No mapping/);
  });
});

describe("mapAnswers", () => {
  const old: AnswerMap = { "t.plan": yes, "t.chair": c("none"), "t.docs": c("tor"), "t.old": c("yes") };
  const mapped = mapAnswers("test-1", "test-2", old);
  test("kept, renamed (with option map), split, removed", () => {
    assert.deepEqual(mapped, {
      "t.plan": yes,
      "t.chair_type": c("tbd"),
      "t.terms_of_reference": yes,
      "t.action_plan_doc": no,
    });
    assert.ok(!("t.old" in mapped) && !("t.new" in mapped));
  });
  test("renamed options not in the map are kept as they were", () => {
    assert.deepEqual(mapAnswers("test-1", "test-2", { "t.chair": c("police") }), { "t.chair_type": c("police") });
  });
  test("split carries Don't know and N/A to every part", () => {
    const dk = mapAnswers("test-1", "test-2", { "t.docs": { kind: "dont_know" } });
    assert.deepEqual(dk, { "t.terms_of_reference": { kind: "dont_know" }, "t.action_plan_doc": { kind: "dont_know" } });
  });
  test("mapped answers are valid and scoreable in the new version", () => {
    const s = scoreAssessment(v2, mapped);
    assert.equal(s.dimensions[0]!.answered, 4);
    assert.equal(s.dimensions[0]!.unanswered, 1);
    assert.equal(s.dimensions[0]!.score, Math.round((100 * 8) / 16));
  });
  test("mapping to the same version returns the same answers", () => {
    assert.deepEqual(mapAnswers("2026.1", "2026.1", { "gov.action_plan": yes }), { "gov.action_plan": yes });
  });
});

describe("year-on-year comparison at dimension level", () => {
  test("last year's answers are rescored under this year's version", () => {
    const prev = {
      version: "test-1",
      answers: { "t.plan": no, "t.chair": c("police"), "t.docs": c("none"), "t.old": c("yes") } as AnswerMap,
    };
    const cur = {
      version: "test-2",
      answers: {
        "t.plan": yes,
        "t.chair_type": c("shared"),
        "t.terms_of_reference": yes,
        "t.action_plan_doc": yes,
        "t.new": no,
      } as AnswerMap,
    };
    const [row] = compareDimensions(prev, cur);
    // previous: plan 0, chair 2, ToR 0, plan doc 0 → 2/16 = 13 (t.old removed, t.new unanswered)
    assert.equal(row!.previousScore, 13);
    assert.equal(row!.currentScore, 80);
    assert.equal(row!.change, 67);
    assert.equal(row!.previousStage, 1);
    assert.equal(row!.currentStage, 5);
    // and the old version's own score differs, which is why both are scored under the new rules
    assert.notEqual(scoreAssessment(v1, prev.answers).dimensions[0]!.score, row!.previousScore);
  });
});
