// The autosave engine on fake timers: debounce, saving, retry with back-off, and conflict.
import { afterEach, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";
import { type SendResult } from "./engine";
import { summarise, type Conflict } from "./machine";
import { settle, deferred, savedAt, harness, offline } from "./engine-harness";

beforeEach(() => mock.timers.enable({ apis: ["setTimeout"] }));
afterEach(() => mock.timers.reset());

test("typing is saved once, 0.8 s after the last change, with the latest value", async () => {
  const h = harness();
  h.type("a", "R");
  mock.timers.tick(500);
  h.type("a", "Re");
  mock.timers.tick(799);
  await settle();
  assert.equal(h.sent.length, 0);
  assert.equal(h.item("a").status.kind, "dirty");
  mock.timers.tick(1);
  await settle();
  assert.deepEqual(h.sent, [{ id: "a", value: "Re", baseVersion: 0 }]);
});

test("a save that succeeds clears dirty, and the next save builds on the new version", async () => {
  const h = harness();
  h.type("b", "first");
  assert.equal(h.engine.hasUnsaved(), true);
  mock.timers.tick(800);
  assert.equal(h.item("b").status.kind, "saving");
  assert.equal(h.engine.hasUnsaved(), true, "a save on its way is not saved yet");
  await settle();
  assert.deepEqual(h.item("b").status, { kind: "saved", at: savedAt(1) });
  assert.equal(h.item("b").dirty, false);
  assert.equal(h.item("b").baseVersion, 4);
  assert.equal(h.engine.hasUnsaved(), false);
  assert.deepEqual(summarise(h.engine.getSnapshot()), { kind: "saved", at: savedAt(1) });

  h.type("b", "second");
  mock.timers.tick(800);
  await settle();
  assert.deepEqual(h.sent.at(-1), { id: "b", value: "second", baseVersion: 4 });
});

test("a change made while a save is on its way stays unsaved, and is saved next", async () => {
  const h = harness();
  const first = deferred<SendResult<string>>();
  h.reply(() => first.promise);
  h.type("a", "one");
  mock.timers.tick(800);
  h.type("a", "two");
  assert.equal(h.item("a").status.kind, "saving");
  first.resolve({ kind: "saved", rowVersion: 1, savedAt: savedAt(1) });
  await settle();
  assert.equal(h.item("a").status.kind, "saved");
  assert.equal(h.item("a").dirty, true, "'two' has not been saved yet");
  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(2) }));
  mock.timers.tick(800);
  await settle();
  assert.deepEqual(h.sent.at(-1), { id: "a", value: "two", baseVersion: 1 });
  assert.equal(h.item("a").dirty, false);
});

test("a request that fails is retried, backing off 2, 4, 8, 16 s, then every 30 s at most", async () => {
  const h = harness();
  h.reply(offline);
  h.type("a", "kept");
  mock.timers.tick(800);
  await settle();
  assert.equal(h.sent.length, 1);
  const waits: number[] = [];
  for (let attempt = 1; attempt <= 7; attempt++) {
    const status = h.item("a").status;
    assert.equal(status.kind, "retrying");
    assert.equal(status.kind === "retrying" && status.attempt, attempt);
    const wait = status.kind === "retrying" ? status.retryInMs : -1;
    waits.push(wait);
    assert.deepEqual(summarise(h.engine.getSnapshot()), { kind: "retrying", retryInMs: wait });
    assert.equal(h.item("a").dirty, true, "the value is kept as unsaved");
    mock.timers.tick(wait - 1);
    await settle();
    assert.equal(h.sent.length, attempt, `no retry before ${wait} ms`);
    mock.timers.tick(1);
    await settle();
    assert.equal(h.sent.length, attempt + 1, `a retry at ${wait} ms`);
  }
  assert.deepEqual(waits, [2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  assert.ok(h.sent.every((s) => s.value === "kept" && s.baseVersion === 0));

  // The connection is back: the retry saves, and the back-off starts again from the beginning.
  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(9) }));
  mock.timers.tick(30_000);
  await settle();
  assert.equal(h.item("a").status.kind, "saved");
  assert.equal(h.item("a").dirty, false);
  h.reply(offline);
  h.type("a", "again");
  mock.timers.tick(800);
  await settle();
  const status = h.item("a").status;
  assert.equal(status.kind === "retrying" && status.retryInMs, 2000);
  mock.timers.tick(600_000);
  await settle();
});

test("a change while waiting to retry is saved after the usual pause, not the back-off", async () => {
  const h = harness();
  h.reply(offline);
  h.type("a", "one");
  mock.timers.tick(800);
  await settle();
  mock.timers.tick(2000);
  await settle();
  assert.equal(h.sent.length, 2); // now waiting 4 s
  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(3) }));
  h.type("a", "two");
  assert.equal(h.item("a").status.kind, "retrying", "the failure stays in view until the next save");
  mock.timers.tick(800);
  await settle();
  assert.deepEqual(h.sent.at(-1), { id: "a", value: "two", baseVersion: 0 });
  assert.equal(h.item("a").status.kind, "saved");
  mock.timers.tick(60_000);
  await settle();
  assert.equal(h.sent.length, 3, "the old retry was cancelled");
});

test("a conflict stops the retries and keeps the page's value, unsaved, until the user chooses", async () => {
  const h = harness({ a: 2 });
  const current: Conflict<string> = {
    value: "theirs",
    rowVersion: 3,
    updatedByName: "Casey Coordinator",
    updatedAt: savedAt(30),
  };
  h.reply(offline);
  h.type("a", "mine");
  mock.timers.tick(800);
  await settle();
  h.reply(async () => ({ kind: "conflict", current }));
  mock.timers.tick(2000);
  await settle();
  assert.deepEqual(h.item("a").status, { kind: "conflict", current });
  assert.equal(h.item("a").dirty, true);
  mock.timers.tick(600_000);
  await settle();
  assert.equal(h.sent.length, 2, "no retries after a conflict");
  assert.equal(h.page.a, "mine", "the page's value is untouched");
  assert.equal(h.item("a").baseVersion, 2, "nothing saved: still based on the version loaded");

  // A change meanwhile does not hide the choice.
  h.reply(async () => ({ kind: "conflict", current }));
  h.type("a", "mine, edited");
  assert.equal(h.item("a").status.kind, "conflict");
  mock.timers.tick(800);
  await settle();
  assert.equal(h.item("a").status.kind, "conflict");

  // "Keep my answer": saved again on top of their version.
  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(40) }));
  assert.equal(await h.engine.resolve("a", "mine"), "saved");
  assert.deepEqual(h.sent.at(-1), { id: "a", value: "mine, edited", baseVersion: 3 });
  assert.equal(h.item("a").baseVersion, 4);
  assert.equal(h.item("a").dirty, false);
  assert.equal(await h.engine.resolve("a", "mine"), null, "nothing to resolve any more");
});

test("using their answer takes their version and leaves nothing to save", async () => {
  const h = harness({ a: 2 });
  const current: Conflict<string> = { value: "theirs", rowVersion: 5, updatedByName: null, updatedAt: savedAt(50) };
  h.reply(async () => ({ kind: "conflict", current }));
  h.type("a", "mine");
  mock.timers.tick(800);
  await settle();
  // The page puts their value in the field (an edit), then resolves.
  h.type("a", "theirs");
  assert.equal(await h.engine.resolve("a", "theirs"), "saved");
  mock.timers.tick(60_000);
  await settle();
  assert.equal(h.sent.length, 1, "their answer is not sent back");
  assert.deepEqual(h.item("a").status, { kind: "saved", at: savedAt(50) });
  assert.equal(h.item("a").baseVersion, 5);
  assert.equal(h.engine.hasUnsaved(), false);
});
