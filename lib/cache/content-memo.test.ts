import { test } from "node:test";
import assert from "node:assert/strict";
import { contentMemo, deepFreeze, identityMemo } from "./content-memo";

test("a content memo computes again when the content changes, and not when it does not", () => {
  const memo = contentMemo<{ n: number }>(10);
  let runs = 0;
  const parse = (text: string) => () => ({ n: (runs++, Number(text)) });
  const a = memo(1, "5", parse("5"));
  assert.equal(memo(1, "5", parse("5")), a, "same content: the same object");
  assert.equal(runs, 1);
  const b = memo(1, "6", parse("6"));
  assert.equal(b.n, 6, "changed content: never the old value");
  assert.equal(runs, 2);
  assert.equal(memo(2, "6", parse("6")).n, 6, "another id is its own entry");
  assert.equal(runs, 3);
});

test("a content memo keeps at most its bound, dropping the least recently used id", () => {
  const memo = contentMemo<number>(2);
  let runs = 0;
  const one = () => (runs++, 1);
  memo(1, "x", one);
  memo(2, "x", one);
  memo(1, "x", one); // 1 is now the most recently used
  memo(3, "x", one); // drops 2
  assert.equal(memo.size(), 2);
  assert.equal(runs, 3);
  memo(1, "x", one);
  assert.equal(runs, 3, "1 was kept");
  memo(2, "x", one);
  assert.equal(runs, 4, "2 was dropped and is worked out again");
});

test("memoised values are frozen all the way down, so no reader can change the next one's", () => {
  const memo = contentMemo<{ list: number[]; byId: Map<string, { stage: number }> }>(5);
  const v = memo(1, "a", () => ({ list: [1, 2], byId: new Map([["lead", { stage: 2 }]]) }));
  assert.throws(() => v.list.push(3), TypeError);
  assert.throws(() => {
    (v.byId.get("lead") as { stage: number }).stage = 5;
  }, TypeError);
  assert.equal(Object.isFrozen(deepFreeze({ a: { b: [{}] } }).a.b[0]), true);
});

test("an identity memo computes once per tuple of objects and key", () => {
  const memo = identityMemo<string>();
  const a = {};
  const b = {};
  let runs = 0;
  const f = (s: string) => () => (runs++, s);
  assert.equal(memo([a, b], "v1", f("ab")), "ab");
  assert.equal(memo([a, b], "v1", f("ab")), "ab");
  assert.equal(runs, 1);
  assert.equal(memo([a, b], "v2", f("ab2")), "ab2", "another key");
  assert.equal(memo([a, {}], "v1", f("a?")), "a?", "another second object");
  assert.equal(memo([b, a], "v1", f("ba")), "ba", "order matters");
  assert.equal(runs, 4);
});
