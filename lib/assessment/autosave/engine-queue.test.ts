// The autosave engine on fake timers: an ended session, a save asked for during a save, refusals,
// stopping, and subscribers.
import { afterEach, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";
import { type Outcome, type SendResult } from "./engine";
import { summarise } from "./machine";
import { settle, deferred, savedAt, harness } from "./engine-harness";

beforeEach(() => mock.timers.enable({ apis: ["setTimeout"] }));
afterEach(() => mock.timers.reset());

test("an ended session keeps the values, asks to sign in, and saves them once signed in", async () => {
  const h = harness();
  h.reply(async () => ({ kind: "signed-out" }));
  h.type("a", "first answer");
  mock.timers.tick(800);
  await settle();
  const state = h.engine.getSnapshot();
  assert.equal(state.sessionEnded, true);
  assert.equal(h.item("a").status.kind, "signed-out");
  assert.equal(h.item("a").dirty, true);
  assert.deepEqual(summarise(state), { kind: "signed-out" });
  h.type("b", "second answer");
  mock.timers.tick(600_000);
  await settle();
  assert.equal(h.sent.length, 2, "not retried until the user signs in");
  assert.equal(h.page.a, "first answer");

  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(60) }));
  await h.engine.signedIn();
  assert.deepEqual(h.sent.slice(2), [
    { id: "a", value: "first answer", baseVersion: 0 },
    { id: "b", value: "second answer", baseVersion: 3 },
  ]);
  assert.equal(h.engine.getSnapshot().sessionEnded, false);
  assert.equal(h.item("a").status.kind, "saved");
  assert.equal(h.item("b").status.kind, "saved");
  assert.equal(h.engine.hasUnsaved(), false);
});

test("a save asked for during a save is queued, not lost, and sends the latest value once", async () => {
  const h = harness();
  const first = deferred<SendResult<string>>();
  h.reply(() => first.promise);
  h.page.a = "one";
  const saving = h.engine.save("a");
  h.page.a = "two";
  const second = h.engine.save("a");
  h.page.a = "three";
  const third = h.engine.save("a");
  assert.equal(second, third, "saves asked for meanwhile share one queued save");
  assert.equal(h.sent.length, 1);

  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(2) }));
  first.resolve({ kind: "saved", rowVersion: 1, savedAt: savedAt(1) });
  const outcomes: Outcome[] = await Promise.all([saving, second, third]);
  assert.deepEqual(outcomes, ["saved", "saved", "saved"]);
  assert.deepEqual(h.sent, [
    { id: "a", value: "one", baseVersion: 0 },
    { id: "a", value: "three", baseVersion: 1 },
  ]);
  assert.equal(h.item("a").baseVersion, 2);

  // And a save after that is a new one.
  h.page.a = "four";
  await h.engine.save("a");
  assert.deepEqual(h.sent.at(-1), { id: "a", value: "four", baseVersion: 2 });
});

test("a save asked for during a failing save still goes, and cancels the back-off timer", async () => {
  const h = harness();
  const first = deferred<SendResult<string>>();
  h.reply(() => first.promise);
  h.page.a = "one";
  const failing = h.engine.save("a");
  h.page.a = "two";
  const queued = h.engine.save("a");
  h.reply(async (s) => ({ kind: "saved", rowVersion: s.baseVersion + 1, savedAt: savedAt(2) }));
  first.reject(new TypeError("Failed to fetch"));
  assert.equal(await failing, "retrying");
  assert.equal(await queued, "saved");
  mock.timers.tick(60_000);
  await settle();
  assert.deepEqual(
    h.sent.map((s) => s.value),
    ["one", "two"],
  );
});

test("what cannot be saved as it stands, or is empty, is never sent", async () => {
  const h = harness();
  h.type("a", "bad number");
  mock.timers.tick(800);
  await settle();
  assert.equal(h.item("a").status.kind, "invalid");
  assert.equal(h.item("a").dirty, true);
  assert.deepEqual(summarise(h.engine.getSnapshot()), { kind: "not-all-saved" });
  h.type("a", "");
  assert.equal(h.item("a").status.kind, "invalid", "the problem stays marked until checked again");
  mock.timers.tick(800);
  await settle();
  assert.equal(h.item("a").status.kind, "idle");
  assert.equal(h.item("a").dirty, false);
  assert.equal(h.sent.length, 0);
});

test("a refusal that trying again would not fix is shown and not retried", async () => {
  const h = harness();
  h.reply(async () => ({ kind: "failed", message: "Page not found" }));
  h.type("a", "x");
  mock.timers.tick(800);
  await settle();
  assert.deepEqual(h.item("a").status, { kind: "failed", message: "Page not found" });
  assert.deepEqual(summarise(h.engine.getSnapshot()), { kind: "failed", message: "Page not found" });
  mock.timers.tick(600_000);
  await settle();
  assert.equal(h.sent.length, 1);
});

test("a partial save keeps what is still marked as unsaved", async () => {
  const h = harness();
  h.type("a", "partial evidence");
  mock.timers.tick(800);
  await settle();
  assert.deepEqual(h.item("a").status, { kind: "partial", at: savedAt(1) });
  assert.equal(h.item("a").dirty, true);
  assert.equal(h.item("a").savedHere, true);
  assert.deepEqual(summarise(h.engine.getSnapshot()), { kind: "not-all-saved" });
});

test("stopped, the engine sends nothing more; resumed, it saves again", async () => {
  const h = harness();
  h.type("a", "x");
  h.engine.stop();
  mock.timers.tick(60_000);
  await settle();
  assert.equal(h.sent.length, 0);
  h.engine.resume();
  h.type("a", "y");
  mock.timers.tick(800);
  await settle();
  assert.deepEqual(
    h.sent.map((s) => s.value),
    ["y"],
  );
});

test("subscribers hear each change, and the snapshot is stable between changes", async () => {
  const h = harness();
  let heard = 0;
  const unsubscribe = h.engine.subscribe(() => heard++);
  const before = h.engine.getSnapshot();
  assert.equal(h.engine.getSnapshot(), before);
  h.type("a", "x");
  assert.equal(heard, 1);
  assert.notEqual(h.engine.getSnapshot(), before);
  unsubscribe();
  mock.timers.tick(800);
  await settle();
  assert.equal(heard, 1);
});
