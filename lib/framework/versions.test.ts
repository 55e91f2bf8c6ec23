import { test, describe } from "node:test";
import assert from "node:assert/strict";
import {
  getFramework,
  mapAnswers,
  compareDimensions,
  VERSION_MAPPINGS,
  scoreAssessment,
  rescoreUnderCurrent,
} from "./index";
import { mappingPath } from "./versions";
import { NOT_APPLICABLE_KEY } from "./version-mappings";
import { answerValueSchemaFor } from "./schema";
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
      // option maps only name options that exist (or N/A, where the old question allowed it)
      const oldQs = from.dimensions.flatMap((d) => d.questions);
      const newQs = to.dimensions.flatMap((d) => d.questions);
      const hasOption = (q: (typeof oldQs)[number] | undefined, id: string) =>
        q !== undefined &&
        (q.type === "single" || q.type === "multi"
          ? q.options.some((o) => o.id === id)
          : q.type === "yesno_evidence" && (id === "yes" || id === "no"));
      for (const q of m.questions) {
        if ((q.kind === "renamed" || q.kind === "kept") && q.optionMap) {
          const oldQ = oldQs.find((x) => x.id === (q.kind === "kept" ? q.id : q.from))!;
          const newQ = newQs.find((x) => x.id === (q.kind === "kept" ? q.id : q.to))!;
          for (const [a, b] of Object.entries(q.optionMap)) {
            assert.ok(a === NOT_APPLICABLE_KEY ? oldQ.allowNotApplicable : hasOption(oldQ, a), `${oldQ.id}: ${a}`);
            assert.ok(newQ.type === "single" && newQ.options.some((o) => o.id === b), `${newQ.id}: ${b}`);
          }
        }
        if (q.kind === "split") {
          const oldQ = oldQs.find((x) => x.id === q.from)!;
          for (const t of q.to) {
            const newQ = newQs.find((x) => x.id === t.id)!;
            for (const [a, v] of Object.entries(t.optionMap ?? {})) {
              assert.ok(a === NOT_APPLICABLE_KEY ? oldQ.allowNotApplicable : hasOption(oldQ, a), `${oldQ.id}: ${a}`);
              assert.ok(answerValueSchemaFor(newQ, "any").safeParse(v).success, `${t.id}: ${JSON.stringify(v)}`);
            }
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

describe("2026.1 → 2026.2", () => {
  const v26 = getFramework("2026.2")!;
  const v261 = getFramework("2026.1")!;
  const questions = new Map(v26.dimensions.flatMap((d) => d.questions).map((q) => [q.id, q]));
  test("every mapped answer of the golden partnerships is a valid 2026.2 answer", async () => {
    const golden = await import("./golden-profiles");
    for (const answers of [golden.INFORMAL_NEW_NETWORK, golden.MID_WAY_PARTNERSHIP, golden.MATURE_PARTNERSHIP]) {
      const mapped = mapAnswers("2026.1", "2026.2", answers);
      for (const [id, v] of Object.entries(mapped)) {
        const q = questions.get(id) ?? v26.profile.find((p) => p.id === id);
        assert.ok(q, id);
        assert.ok(answerValueSchemaFor(q!, "any").safeParse(v).success, `${id}: ${JSON.stringify(v)}`);
      }
    }
  });
  test("moved, split and re-placed questions carry their answers; unclear ones are left to answer again", () => {
    const ev = { title: "Annual review", date: "2026-03-01" };
    const mapped = mapAnswers("2026.1", "2026.2", {
      "lead.chair_type": c("shared"),
      "pursue.enforcement_group": { kind: "not_applicable" },
      "pursue.colocation": { kind: "not_applicable" },
      "pursue.ngo_intel_route": no,
      "learn.annual_review": { kind: "yesno", answer: "yes", evidence: ev },
      "strat.plan_owners": c("most"),
      "strat.plan_agreed": no,
      "gov.action_plan": yes,
      "prevent.public_awareness": c("regular"),
      "protect.frontline_training": { kind: "dont_know" },
    });
    assert.deepEqual(mapped["lead.chair_type"], c("co_chairs"));
    assert.deepEqual(mapped["pursue.pursue_group"], c("elsewhere"));
    assert.deepEqual(mapped["gov.colocation"], c("elsewhere"));
    assert.equal(mapped["pursue.ngo_route"], undefined);
    assert.equal(mapped["pursue.ngo_feedback"], undefined);
    assert.deepEqual(mapped["learn.annual_review"], { kind: "yesno", answer: "yes", evidence: ev });
    assert.deepEqual(mapped["learn.review_reported"], { kind: "yesno", answer: "yes", evidence: ev });
    assert.deepEqual(mapped["strat.plan_owners"], c("most"));
    assert.deepEqual(mapped["strat.plan_deadlines"], c("most"));
    assert.equal(mapped["strat.plan_shared"], undefined);
    assert.deepEqual(mapped["strat.action_plan"], yes);
    assert.deepEqual(mapped["protect.public_awareness"], c("regular"));
    assert.deepEqual(mapped["prepare.frontline_training"], { kind: "dont_know" });
    assert.equal(mapped["gov.action_plan"], undefined);
  });
  test("2026.1 itself is unchanged and still readable", () => {
    assert.equal(v261.version, "2026.1");
    assert.equal(v261.scoringModel, undefined);
    assert.ok(v261.dimensions.some((d) => d.questions.some((q) => q.id === "pursue.colocation")));
  });
});

describe("rescoreUnderCurrent", () => {
  const old: AnswerMap = {
    "lead.chair_type": c("police"),
    "gov.action_plan": { kind: "yesno", answer: "yes", evidence: { title: "Plan", date: "2026-01-01" } },
  };
  test("answers under an older version are mapped and scored under the current one", () => {
    const current = getFramework()!;
    assert.deepEqual(
      rescoreUnderCurrent("2026.1", old),
      scoreAssessment(current, mapAnswers("2026.1", current.version, old)),
    );
    assert.equal(rescoreUnderCurrent("2026.1", old)!.version, current.version);
  });
  test("nothing to re-score under the current version, or without a declared path", () => {
    assert.equal(rescoreUnderCurrent(getFramework()!.version, old), null);
    assert.equal(rescoreUnderCurrent("test-1", {}), null);
  });
});
