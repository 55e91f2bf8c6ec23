// Framework 2026.2 scoring: the property tests of issue 15 (fast-check), on answers generated for
// every scored question.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { getFramework, scoreAssessment, evaluate3, answerValueSchemaFor } from "./index";
import { answerPoints, isDoneElsewhere, maxPoints } from "./points";
import type { AnswerMap, AnswerValue, Question } from "./types";

const fw = getFramework("2026.2")!;
const c = (option: string): AnswerValue => ({ kind: "choice", option });
const yes: AnswerValue = { kind: "yesno", answer: "yes" };
const no: AnswerValue = { kind: "yesno", answer: "no" };
const dk: AnswerValue = { kind: "dont_know" };
const choices = (...options: string[]): AnswerValue => ({ kind: "choices", options });

const scored = fw.dimensions.flatMap((d) => d.questions);

function answerArb(q: Question): fc.Arbitrary<AnswerValue | undefined> {
  const special: fc.Arbitrary<AnswerValue | undefined>[] = [fc.constant(undefined), fc.constant(dk)];
  if (q.allowNotApplicable) special.push(fc.constant({ kind: "not_applicable" } as AnswerValue));
  let real: fc.Arbitrary<AnswerValue>;
  switch (q.type) {
    case "single":
      real = fc.constantFrom(...q.options.map((o) => o.id)).map(c);
      break;
    case "multi": {
      const normal = q.options.filter((o) => !o.exclusive).map((o) => o.id);
      const excl = q.options.filter((o) => o.exclusive).map((o) => o.id);
      const sets = fc.subarray(normal, { minLength: 1 }).map((o) => choices(...o));
      real = excl.length
        ? fc.oneof(
            sets,
            fc.constantFrom(...excl).map((x) => choices(x)),
          )
        : sets;
      break;
    }
    case "yesno_evidence":
      real = fc.constantFrom(yes, no);
      break;
    case "number":
      real = fc.integer({ min: q.min, max: q.max }).map((value) => ({ kind: "number", value }) as AnswerValue);
      break;
    case "text":
      real = fc.constant({ kind: "text", value: "x" } as AnswerValue);
      break;
  }
  return fc.oneof({ arbitrary: real, weight: 5 }, ...special.map((a) => ({ arbitrary: a, weight: 1 })));
}

const answersArb: fc.Arbitrary<AnswerMap> = fc.tuple(...scored.map(answerArb)).map((vals) => {
  const out: AnswerMap = {};
  vals.forEach((v, i) => {
    if (v) out[scored[i]!.id] = v;
  });
  return out;
});

// "Done at regional / national level for us", like N/A, is left out of the score: moving from it
// to a real answer is not an improvement of an answer.
const isRealAnswer = (q: Question, a: AnswerValue | undefined) =>
  !!a && a.kind !== "dont_know" && a.kind !== "not_applicable" && !isDoneElsewhere(q, a) && answerPoints(q, a) !== null;

/** Strictly better real answers to q than a real answer a (more points, not "done elsewhere"). */
function betterAnswers(q: Question, a: AnswerValue): AnswerValue[] {
  const current = answerPoints(q, a) ?? 0;
  const out: AnswerValue[] = [];
  if (q.type === "single") {
    for (const o of q.options) if (!o.doneElsewhere && o.points > current) out.push(c(o.id));
  } else if (q.type === "yesno_evidence") {
    if (current < q.yesPoints) out.push(yes);
  } else if (q.type === "multi") {
    const sel =
      a.kind === "choices" && !a.options.some((id) => q.options.find((o) => o.id === id)?.exclusive) ? a.options : [];
    for (const o of q.options)
      if (!o.exclusive && !sel.includes(o.id)) {
        const next = choices(...sel, o.id);
        if ((answerPoints(q, next) ?? 0) > current) out.push(next);
      }
  } else if (q.type === "number" && a.kind === "number") {
    const v = Math.min(q.max, a.value + 5);
    const next = { kind: "number", value: v } as AnswerValue;
    if ((answerPoints(q, next) ?? 0) > current) out.push(next);
  }
  return out;
}

/** The real answers to q that earn its fewest points (not "done elsewhere"). */
function lowestAnswers(q: Question): AnswerValue[] {
  if (q.type === "single") {
    const real = q.options.filter((o) => !o.doneElsewhere);
    const min = Math.min(...real.map((o) => o.points));
    return real.filter((o) => o.points === min).map((o) => c(o.id));
  }
  if (q.type === "yesno_evidence") return [no];
  if (q.type === "multi") {
    const none = q.options.find((o) => o.exclusive && !o.doneElsewhere);
    return none ? [choices(none.id)] : [];
  }
  if (q.type === "number") return [{ kind: "number", value: q.min }];
  return [];
}

describe("2026.2 properties (fast-check)", () => {
  test("generated answers are valid", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const [id, v] of Object.entries(answers))
          assert.ok(
            answerValueSchemaFor(
              scored.find((x) => x.id === id)!,
              "any",
            ).safeParse(v).success,
            id,
          );
      }),
      { numRuns: 100 },
    );
  });
  test("a dimension's stage never falls as an answer improves", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(scored.length - 1), fc.nat(20), (answers, qi, pick) => {
        const q = scored[qi]!;
        const current = answers[q.id];
        if (!isRealAnswer(q, current) || maxPoints(q) === 0) return;
        const options = betterAnswers(q, current!);
        if (!options.length) return;
        const before = scoreAssessment(fw, answers).dimensions;
        const after = scoreAssessment(fw, { ...answers, [q.id]: options[pick % options.length]! }).dimensions;
        before.forEach((b, i) => {
          const a = after[i]!;
          assert.ok(a.stage.index >= b.stage.index, `${b.dimensionId}: ${b.stage.index} → ${a.stage.index} (${q.id})`);
          if (b.score !== null && a.score !== null) assert.ok(a.score >= b.score);
        });
      }),
      { numRuns: 1000 },
    );
  });
  test("a stage shown below its score band always carries the condition that holds it", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const d of scoreAssessment(fw, answers).dimensions) {
          const dim = fw.dimensions.find((x) => x.id === d.dimensionId)!;
          if (d.stage.index < d.bandStage!.index) {
            assert.ok(d.heldBy, `${d.dimensionId} is held below its band without a condition`);
            assert.equal(d.heldBy!.stage.index, d.stage.index + 1);
            const cond = dim.stages[d.stage.index]!.conditions.find((x) => x.id === d.heldBy!.conditionId);
            assert.ok(cond, d.heldBy!.conditionId);
            assert.equal(evaluate3(fw, cond!.requires, answers), false);
          } else {
            assert.equal(d.stage.index, d.bandStage!.index);
            assert.equal(d.heldBy, null);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
  test("'Don't know' on any one question never lowers a stage (against leaving it unanswered or its lowest answer)", () => {
    fc.assert(
      fc.property(answersArb, fc.nat(scored.length - 1), (answers, qi) => {
        const q = scored[qi]!;
        if (maxPoints(q) === 0) return;
        const { [q.id]: _drop, ...without } = answers;
        void _drop;
        const withDk = scoreAssessment(fw, { ...answers, [q.id]: dk }).dimensions;
        const unanswered = scoreAssessment(fw, without).dimensions;
        withDk.forEach((d, i) => assert.equal(d.stage.index, unanswered[i]!.stage.index, d.dimensionId));
        for (const low of lowestAnswers(q)) {
          const lowest = scoreAssessment(fw, { ...answers, [q.id]: low }).dimensions;
          withDk.forEach((d, i) =>
            assert.ok(d.stage.index >= lowest[i]!.stage.index, `${d.dimensionId}: Don't know on ${q.id} lowered it`),
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
  test("coverage is 0–100, falls with each Don't know, and ignores unanswered questions", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const d of scoreAssessment(fw, answers).dimensions) {
          assert.equal(d.answered + d.dontKnow + d.notApplicable + d.doneElsewhere! + d.unanswered, d.total);
          if (d.answered + d.dontKnow === 0) assert.equal(d.coverage, null);
          else assert.equal(d.coverage, Math.round((100 * d.answered) / (d.answered + d.dontKnow)));
        }
      }),
      { numRuns: 300 },
    );
  });
});
