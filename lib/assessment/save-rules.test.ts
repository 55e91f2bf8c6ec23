import { test } from "node:test";
import assert from "node:assert/strict";
import { decideSave, sameValue } from "./save-rules";

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
