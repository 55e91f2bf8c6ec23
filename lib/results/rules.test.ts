import { test } from "node:test";
import assert from "node:assert/strict";
import { getFramework } from "../framework";
import { scoreDimension } from "../framework/scoring";
import type { AnswerMap, Question } from "../framework/types";
import { whatChanged } from "./rules";

const fw = getFramework("2026.1")!;
const dim = fw.dimensions[0]!;
const singles = dim.questions.filter((q): q is Extract<Question, { type: "single" }> => q.type === "single");
const best = (q: Extract<Question, { type: "single" }>) => [...q.options].sort((a, b) => b.points - a.points)[0]!;
const worst = (q: Extract<Question, { type: "single" }>) => [...q.options].sort((a, b) => a.points - b.points)[0]!;

function allWorst(): AnswerMap {
  const m: AnswerMap = {};
  for (const q of singles) m[q.id] = { kind: "choice", option: worst(q).id };
  for (const q of dim.questions) m[q.id] ??= { kind: "dont_know" };
  return m;
}

test("no change, no changes listed, and the same scores both years", () => {
  const a = allWorst();
  const r = whatChanged({ version: fw.version, answers: a }, { framework: fw, answers: { ...a } });
  assert.deepEqual(r.answers, []);
  for (const d of r.dimensions) assert.deepEqual(d.before, d.after);
});

test("a better answer is listed with a positive effect equal to the score it added", () => {
  const before = allWorst();
  const q = singles[0]!;
  const after = { ...before, [q.id]: { kind: "choice" as const, option: best(q).id } };
  const r = whatChanged({ version: fw.version, answers: before }, { framework: fw, answers: after });
  assert.equal(r.answers.length, 1);
  const change = r.answers[0]!;
  assert.equal(change.questionId, q.id);
  assert.equal(change.dimensionId, dim.id);
  assert.deepEqual(change.before, before[q.id]);
  assert.deepEqual(change.after, after[q.id]);
  const expected = scoreDimension(fw, dim.id, after).score! - scoreDimension(fw, dim.id, before).score!;
  assert.ok(expected > 0);
  assert.equal(change.scoreEffect, expected);
  const d = r.dimensions.find((x) => x.dimensionId === dim.id)!;
  assert.equal(d.after.score! - d.before.score!, expected);
});

test("a worse answer has a negative effect; each change's effect is its own", () => {
  const before: AnswerMap = {};
  for (const q of singles) before[q.id] = { kind: "choice", option: best(q).id };
  for (const q of dim.questions) before[q.id] ??= { kind: "dont_know" };
  const after = {
    ...before,
    [singles[0]!.id]: { kind: "choice" as const, option: worst(singles[0]!).id },
    [singles[1]!.id]: { kind: "dont_know" as const },
  };
  const r = whatChanged({ version: fw.version, answers: before }, { framework: fw, answers: after });
  assert.equal(r.answers.length, 2);
  for (const c of r.answers) assert.ok(c.scoreEffect! < 0, c.questionId);
});

test("new answers and removed answers are both changes; profile changes carry no score effect", () => {
  const profileQ = fw.profile.find((q) => q.type === "single")! as Extract<Question, { type: "single" }>;
  const before: AnswerMap = { [singles[0]!.id]: { kind: "dont_know" } };
  const after: AnswerMap = {
    [singles[1]!.id]: { kind: "dont_know" },
    [profileQ.id]: { kind: "choice", option: profileQ.options[0]!.id },
  };
  const r = whatChanged({ version: fw.version, answers: before }, { framework: fw, answers: after });
  const ids = r.answers.map((c) => c.questionId).sort();
  assert.deepEqual(ids, [singles[0]!.id, singles[1]!.id, profileQ.id].sort());
  assert.equal(r.answers.find((c) => c.questionId === profileQ.id)!.scoreEffect, null);
  assert.equal(r.answers.find((c) => c.questionId === singles[0]!.id)!.after, null);
});

test("answers from an earlier framework version are mapped before comparing", () => {
  const t1 = getFramework("test-1")!;
  const t2 = getFramework("test-2")!;
  assert.ok(t1 && t2, "the test version pair exists");
  // The same answers, expressed in each version's ids, are no change at all.
  const prevAnswers: AnswerMap = {};
  for (const d of t1.dimensions) for (const q of d.questions) prevAnswers[q.id] = { kind: "dont_know" };
  const r = whatChanged({ version: "test-1", answers: prevAnswers }, { framework: t2, answers: {} });
  // Every change refers to a question of the current version.
  const currentIds = new Set([...t2.profile, ...t2.dimensions.flatMap((d) => d.questions)].map((q) => q.id));
  for (const c of r.answers) assert.ok(currentIds.has(c.questionId), c.questionId);
});
