// Property-based tests (fast-check): bounds, determinism, monotonicity.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { getFramework, scoreAssessment, answerValueSchemaFor } from "./index";
import { answerPoints, maxPoints } from "./points";
import type { AnswerMap, AnswerValue, Question } from "./types";

// The 2026.1 rules (2026.2 has its own properties in scoring-2026-2.test.ts).
const fw = getFramework("2026.1")!;
const scored = fw.dimensions.flatMap((d) => d.questions);

/** A valid answer (or none) for a question. */
function answerArb(q: Question): fc.Arbitrary<AnswerValue | undefined> {
  const special: fc.Arbitrary<AnswerValue | undefined>[] = [
    fc.constant(undefined),
    fc.constant({ kind: "dont_know" } as AnswerValue),
  ];
  if (q.allowNotApplicable) special.push(fc.constant({ kind: "not_applicable" } as AnswerValue));
  let real: fc.Arbitrary<AnswerValue>;
  switch (q.type) {
    case "single":
      real = fc
        .constantFrom(...q.options.map((o) => o.id))
        .map((option) => ({ kind: "choice", option }) as AnswerValue);
      break;
    case "multi": {
      const normal = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const excl = q.options.filter((o) => o.exclusive).map((o) => o.id);
      const sets = fc
        .subarray(normal, { minLength: 1 })
        .map((options) => ({ kind: "choices", options }) as AnswerValue);
      real = excl.length
        ? fc.oneof(
            sets,
            fc.constantFrom(...excl).map((x) => ({ kind: "choices", options: [x] }) as AnswerValue),
          )
        : sets;
      break;
    }
    case "yesno_evidence":
      real = fc.constantFrom("yes" as const, "no" as const).map((answer) => ({ kind: "yesno", answer }) as AnswerValue);
      break;
    case "number":
      real = (
        q.integer ? fc.integer({ min: q.min, max: q.max }) : fc.double({ min: q.min, max: q.max, noNaN: true })
      ).map((value) => ({ kind: "number", value }) as AnswerValue);
      break;
    case "text":
      real = fc.string({ maxLength: 50 }).map((value) => ({ kind: "text", value }) as AnswerValue);
      break;
  }
  return fc.oneof({ arbitrary: real, weight: 6 }, ...special.map((a) => ({ arbitrary: a, weight: 1 })));
}

const answersArb: fc.Arbitrary<AnswerMap> = fc.tuple(...scored.map(answerArb)).map((vals) => {
  const out: AnswerMap = {};
  vals.forEach((v, i) => {
    if (v) out[scored[i]!.id] = v;
  });
  return out;
});

/** A strictly better answer than `a` for question q (more points), if there is one. */
function betterAnswers(q: Question, a: AnswerValue | undefined): AnswerValue[] {
  const current = a && a.kind !== "dont_know" && a.kind !== "not_applicable" ? (answerPoints(q, a) ?? 0) : 0;
  const out: AnswerValue[] = [];
  switch (q.type) {
    case "single":
      for (const o of q.options) if (o.points > current) out.push({ kind: "choice", option: o.id });
      break;
    case "yesno_evidence":
      if (current < q.yesPoints) out.push({ kind: "yesno", answer: "yes" });
      break;
    case "multi": {
      // adding a non-exclusive option to a selection never lowers its points
      const sel =
        a?.kind === "choices" && !a.options.some((id) => q.options.find((o) => o.id === id)?.exclusive)
          ? a.options
          : [];
      for (const o of q.options)
        if (!o.exclusive && !sel.includes(o.id)) out.push({ kind: "choices", options: [...sel, o.id] });
      break;
    }
    case "number": {
      const v = a?.kind === "number" ? a.value : q.min;
      out.push({ kind: "number", value: Math.min(q.max, v + 5) });
      break;
    }
    case "text":
      break;
  }
  return out;
}

describe("properties", () => {
  test("generated answers are valid for their questions", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const [id, v] of Object.entries(answers)) {
          const q = scored.find((x) => x.id === id)!;
          assert.ok(answerValueSchemaFor(q, "any").safeParse(v).success, `${id}: ${JSON.stringify(v)}`);
        }
      }),
      { numRuns: 200 },
    );
  });
  test("bounds: every score is an integer 0–100 or null, every stage 1–5", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const d of scoreAssessment(fw, answers).dimensions) {
          if (d.score !== null) assert.ok(Number.isInteger(d.score) && d.score >= 0 && d.score <= 100, String(d.score));
          assert.ok(d.stage.index >= 1 && d.stage.index <= 5);
          assert.equal(d.answered + d.dontKnow + d.notApplicable + d.unanswered, d.total);
          assert.ok(d.pointsEarned <= d.pointsPossible);
          if (d.stage.index < 5)
            assert.ok(d.unmetForNextStage.length > 0, `${d.dimensionId} below Leading must say what is missing`);
          else assert.equal(d.unmetForNextStage.length, 0);
        }
      }),
      { numRuns: 300 },
    );
  });
  test("determinism: same answers (in any key order) give the same result", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        assert.deepEqual(scoreAssessment(fw, answers), scoreAssessment(fw, structuredClone(reversed)));
      }),
      { numRuns: 200 },
    );
  });
  test("monotonicity: a better answer never lowers a dimension's score or stage", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(scored.length - 1), fc.nat(20), (answers, qi, pick) => {
        const q = scored[qi]!;
        const current = answers[q.id];
        // "Better" compares two answers to the same question. No answer and N/A are left out of the
        // score altogether, so answering them is not an improvement of an answer (see scoring.ts).
        if (!current || current.kind === "not_applicable") return;
        const options = betterAnswers(q, current);
        if (!options.length) return;
        const better = { ...answers, [q.id]: options[pick % options.length]! };
        const before = scoreAssessment(fw, answers).dimensions;
        const after = scoreAssessment(fw, better).dimensions;
        before.forEach((b, i) => {
          const a = after[i]!;
          if (b.score !== null && a.score !== null)
            assert.ok(a.score >= b.score, `${b.dimensionId}: ${b.score} → ${a.score} after improving ${q.id}`);
          assert.ok(
            a.stage.index >= b.stage.index,
            `${b.dimensionId}: stage ${b.stage.index} → ${a.stage.index} after improving ${q.id}`,
          );
        });
      }),
      { numRuns: 1000 },
    );
  });
  test("monotonicity: answering a question you did not know never lowers the score", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(scored.length - 1), (answers, qi) => {
        const q = scored[qi]!;
        const withDk = { ...answers, [q.id]: { kind: "dont_know" } as AnswerValue };
        const best = betterAnswers(q, undefined)[0];
        if (!best || maxPoints(q) === 0) return;
        const before = scoreAssessment(fw, withDk).dimensions;
        const after = scoreAssessment(fw, { ...answers, [q.id]: best }).dimensions;
        before.forEach((b, i) => assert.ok((after[i]!.score ?? 0) >= (b.score ?? 0)));
      }),
      { numRuns: 500 },
    );
  });
});
