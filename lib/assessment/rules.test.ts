import { test } from "node:test";
import assert from "node:assert/strict";
import {
  sectionsOf,
  sectionProgress,
  percentAnswered,
  nextTopic,
  previousTopic,
  type AnswerState,
  decideSave,
  sameValue,
  NO_OPEN_CYCLE_MESSAGE,
  START_ERRORS,
  startErrorCode,
  startErrorMessage,
} from "./rules";

const q = (id: string, topic: string, optional = false) => ({
  id,
  topic: { id: topic, title: topic.toUpperCase() },
  optional,
});
const framework = {
  profile: [q("p.level", "basics"), q("p.nation", "basics"), q("p.gaps", "gaps", true)],
  dimensions: [
    {
      id: "lead",
      name: "Leadership",
      questions: [q("lead.chair", "chair"), q("lead.coord", "chair"), q("lead.links", "links")],
    },
    { id: "gov", name: "Governance", questions: [q("gov.tor", "docs")] },
  ],
};

test("sections are the profile then each dimension, with topics in question order", () => {
  const sections = sectionsOf(framework);
  assert.deepEqual(
    sections.map((s) => s.id),
    ["profile", "lead", "gov"],
  );
  assert.deepEqual(
    sections[1]!.topics.map((t) => [t.id, t.questionIds]),
    [
      ["chair", ["lead.chair", "lead.coord"]],
      ["links", ["lead.links"]],
    ],
  );
  assert.equal(nextTopic(sections[1]!, "chair")?.id, "links");
  assert.equal(nextTopic(sections[1]!, "links"), null);
  assert.equal(previousTopic(sections[1]!, "links")?.id, "chair");
  assert.equal(previousTopic(sections[1]!, "chair"), null);
});

test("a framework's sections are worked out once, and no caller can change the shared copy", () => {
  const sections = sectionsOf(framework);
  assert.equal(sectionsOf(framework), sections);
  assert.throws(() => sections[1]!.topics[0]!.questionIds.push("lead.extra"), TypeError);
  assert.throws(() => sections.pop(), TypeError);
  assert.deepEqual(sectionsOf(framework)[1]!.topics[0]!.questionIds, ["lead.chair", "lead.coord"]);
  // Another framework (another version) has its own sections.
  const other = { ...framework, dimensions: framework.dimensions.slice(0, 1) };
  assert.deepEqual(
    sectionsOf(other).map((s) => s.id),
    ["profile", "lead"],
  );
});

const answers = (entries: Record<string, Partial<AnswerState>>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, { answered: true, needsConfirmation: false, ...v }]));

test("not started, in progress, completed — with the number of questions remaining", () => {
  const lead = sectionsOf(framework)[1]!;
  assert.deepEqual(sectionProgress(lead, new Map(), false), {
    status: "not_started",
    answered: 0,
    remaining: 3,
    unconfirmed: 0,
    needNewAnswer: 0,
    canComplete: false,
  });
  assert.deepEqual(sectionProgress(lead, answers({ "lead.chair": {} }), false), {
    status: "in_progress",
    answered: 1,
    remaining: 2,
    unconfirmed: 0,
    needNewAnswer: 0,
    canComplete: false,
  });
  const all = answers({ "lead.chair": {}, "lead.coord": {}, "lead.links": {} });
  assert.equal(sectionProgress(lead, all, false).status, "in_progress");
  assert.equal(sectionProgress(lead, all, false).canComplete, true);
  assert.equal(sectionProgress(lead, all, true).status, "completed");
});

test("carried-over answers must be confirmed before a section can be complete", () => {
  const lead = sectionsOf(framework)[1]!;
  const carried = answers({ "lead.chair": { needsConfirmation: true }, "lead.coord": {}, "lead.links": {} });
  const p = sectionProgress(lead, carried, true);
  assert.equal(p.unconfirmed, 1);
  assert.equal(p.canComplete, false);
  assert.equal(p.status, "in_progress");
});

test("an answer no longer offered at the partnership's level needs a new answer before the section is complete", () => {
  const lead = sectionsOf(framework)[1]!;
  const all = answers({ "lead.chair": { needsNewAnswer: true }, "lead.coord": {}, "lead.links": {} });
  const p = sectionProgress(lead, all, true);
  assert.deepEqual(
    { answered: p.answered, remaining: p.remaining, needNewAnswer: p.needNewAnswer, canComplete: p.canComplete },
    { answered: 2, remaining: 0, needNewAnswer: 1, canComplete: false },
  );
  assert.equal(p.status, "in_progress", "a section marked complete is shown in progress again");
  assert.equal(sectionProgress(lead, answers({ "lead.chair": { needsNewAnswer: true } }), false).status, "in_progress");
});

test("carried-over answers alone make a section in progress", () => {
  const gov = sectionsOf(framework)[2]!;
  assert.equal(sectionProgress(gov, answers({ "gov.tor": { needsConfirmation: true } }), false).status, "in_progress");
});

test("optional questions do not count as remaining", () => {
  const profile = sectionsOf(framework)[0]!;
  const p = sectionProgress(profile, answers({ "p.level": {}, "p.nation": {} }), true, (id) => id === "p.gaps");
  assert.equal(p.remaining, 0);
  assert.equal(p.status, "completed");
});

const stored = (rowVersion: number, value: unknown) => ({
  rowVersion,
  value,
  updatedByName: "Casey Coordinator",
  updatedAt: "2026-11-22T10:00:00.000Z",
});

test("the first answer to a question is inserted when the page saw none", () => {
  assert.deepEqual(decideSave(null, 0, { kind: "choice", option: "a" }), { kind: "insert" });
});

test("a save based on the stored version updates it and bumps the version", () => {
  assert.deepEqual(decideSave(stored(3, { kind: "choice", option: "a" }), 3, { kind: "choice", option: "b" }), {
    kind: "update",
    nextVersion: 4,
  });
});

test("a save based on an older version is refused and shows the newer value and who saved it", () => {
  const current = stored(4, { kind: "choice", option: "c" });
  const decision = decideSave(current, 3, { kind: "choice", option: "b" });
  assert.equal(decision.kind, "conflict");
  assert.deepEqual(decision.kind === "conflict" && decision.current, current);
});

test("two people starting from no answer: the second is refused", () => {
  assert.equal(
    decideSave(stored(1, { kind: "choice", option: "a" }), 0, { kind: "choice", option: "b" }).kind,
    "conflict",
  );
});

test("a save naming a version that does not exist is refused", () => {
  assert.equal(decideSave(null, 2, { kind: "choice", option: "a" }).kind, "conflict");
});

test("saving the value already stored changes nothing, even from a stale page", () => {
  assert.deepEqual(decideSave(stored(2, { kind: "number", value: 5 }), 2, { value: 5, kind: "number" }), {
    kind: "unchanged",
  });
  assert.deepEqual(decideSave(stored(5, { kind: "number", value: 5 }), 2, { kind: "number", value: 5 }), {
    kind: "unchanged",
  });
});

test("confirming a carried-over answer without changing it still writes (to record the confirmation)", () => {
  assert.deepEqual(decideSave(stored(1, { kind: "dont_know" }), 1, { kind: "dont_know" }, true), {
    kind: "update",
    nextVersion: 2,
  });
  assert.equal(decideSave(stored(2, { kind: "dont_know" }), 1, { kind: "dont_know" }, true).kind, "conflict");
});

test("value comparison ignores key order and undefined keys but not array order", () => {
  assert.equal(sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1, c: undefined }), true);
  assert.equal(sameValue({ a: [1, 2] }, { a: [2, 1] }), false);
  assert.equal(sameValue({ a: 1 }, { a: "1" }), false);
});

test("the partnership page shows only its own words for a start error, never text from the address (issue 16, item 6)", () => {
  for (const text of [
    "Your account is suspended: call 0800 000 000",
    "<b>Pay now</b>",
    "constructor",
    "__proto__",
    "toString",
    "",
  ])
    assert.equal(startErrorMessage(text), null, text);
  assert.equal(startErrorMessage(undefined), null);
  assert.equal(startErrorMessage(["no-open-cycle", "x"]), null);
  for (const [code, words] of Object.entries(START_ERRORS)) assert.equal(startErrorMessage(code), words);
});

test("a refused start becomes a code", () => {
  assert.equal(startErrorCode({ code: "invalid", message: NO_OPEN_CYCLE_MESSAGE }), "no-open-cycle");
  assert.equal(startErrorCode({ code: "signed-out", message: "Your session has ended" }), "signed-out");
  assert.equal(startErrorCode({ code: "not-found", message: "Page not found" }), "not-found");
  assert.equal(startErrorCode({ code: "invalid", message: "Something else" }), "failed");
  assert.equal(startErrorCode({ code: "conflict", message: "x" }), "failed");
});

test("percentAnswered: answered out of answered + still to answer + needing a new answer, rounded down", () => {
  const p = (answered: number, remaining: number, needNewAnswer = 0) => ({ answered, remaining, needNewAnswer });
  assert.equal(percentAnswered([]), 0);
  assert.equal(percentAnswered([p(0, 10)]), 0);
  assert.equal(percentAnswered([p(10, 0)]), 100);
  assert.equal(percentAnswered([p(1, 2), p(0, 0)]), 33);
  assert.equal(percentAnswered([p(9, 0, 1)]), 90);
  assert.equal(percentAnswered([p(199, 1)]), 99); // never 100 while anything is left
});
