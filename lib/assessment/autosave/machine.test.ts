import { test } from "node:test";
import assert from "node:assert/strict";
import {
  MAX_RETRY_DELAY_MS,
  autosaveReducer,
  hasUnsaved,
  initialAutosaveState,
  retryDelay,
  summarise,
  type AutosaveEvent,
  type AutosaveState,
  type Conflict,
} from "./machine";

type S = AutosaveState<string>;
const start = (): S => initialAutosaveState<string>(["q1", "q2"], { q1: 2 });
const run = (state: S, ...events: AutosaveEvent<string>[]) => events.reduce(autosaveReducer<string>, state);
const at = "2026-12-01T10:00:00.000Z";
const current: Conflict<string> = { value: "theirs", rowVersion: 7, updatedByName: "Sam", updatedAt: at };

test("retries back off, doubling from 2 s, and never wait more than 30 s", () => {
  const delays = Array.from({ length: 10 }, (_, i) => retryDelay(i + 1));
  assert.deepEqual(delays.slice(0, 5), [2000, 4000, 8000, 16000, 30000]);
  for (let i = 1; i < delays.length; i++) assert.ok(delays[i]! >= delays[i - 1]!);
  assert.ok(delays.every((d) => d <= MAX_RETRY_DELAY_MS));
  assert.equal(retryDelay(1000), MAX_RETRY_DELAY_MS);
});

test("the machine starts idle, based on the versions loaded", () => {
  const s = start();
  assert.deepEqual(s.items.q1!.status, { kind: "idle" });
  assert.equal(s.items.q1!.baseVersion, 2);
  assert.equal(s.items.q2!.baseVersion, 0);
  assert.equal(hasUnsaved(s), false);
  assert.deepEqual(summarise(s), { kind: "none" });
});

test("an edit makes an idle or saved item dirty, and the last save still shows", () => {
  const s = run(start(), { type: "edited", id: "q1" });
  assert.deepEqual(s.items.q1!.status, { kind: "dirty" });
  assert.equal(hasUnsaved(s), true);
  const saved = run(
    s,
    { type: "save-started", id: "q1" },
    { type: "saved", id: "q1", rowVersion: 3, savedAt: at, partial: false },
  );
  assert.equal(saved.items.q1!.dirty, false);
  const edited = run(saved, { type: "edited", id: "q1" });
  assert.deepEqual(edited.items.q1!.status, { kind: "dirty" });
  assert.deepEqual(summarise(edited), { kind: "saved", at });
});

test("an edit leaves a conflict, an ended session, a failure or a marked problem in view", () => {
  const cases: AutosaveEvent<string>[] = [
    { type: "conflict", id: "q1", current },
    { type: "signed-out", id: "q1" },
    { type: "failed", id: "q1", message: "Page not found" },
    { type: "request-failed", id: "q1" },
    { type: "invalid", id: "q1" },
  ];
  for (const event of cases) {
    const before = run(start(), { type: "edited", id: "q1" }, { type: "save-started", id: "q1" }, event);
    const after = run(before, { type: "edited", id: "q1" });
    assert.deepEqual(after.items.q1!.status, before.items.q1!.status, event.type);
    assert.equal(after.items.q1!.dirty, true);
  }
});

test("a save clears dirty only if nothing was typed while it was on its way", () => {
  const sending = run(start(), { type: "edited", id: "q2" }, { type: "save-started", id: "q2" });
  const typedMeanwhile = run(
    sending,
    { type: "edited", id: "q2" },
    { type: "saved", id: "q2", rowVersion: 1, savedAt: at, partial: false },
  );
  assert.equal(typedMeanwhile.items.q2!.dirty, true);
  assert.equal(typedMeanwhile.items.q2!.baseVersion, 1);
  const quiet = run(sending, { type: "saved", id: "q2", rowVersion: 1, savedAt: at, partial: false });
  assert.equal(quiet.items.q2!.dirty, false);
  assert.equal(quiet.items.q2!.savedHere, true);
});

test("failures count up to the back-off and a save resets them", () => {
  let s = run(start(), { type: "edited", id: "q1" });
  for (let i = 1; i <= 3; i++) s = run(s, { type: "save-started", id: "q1" }, { type: "request-failed", id: "q1" });
  assert.deepEqual(s.items.q1!.status, { kind: "retrying", attempt: 3, retryInMs: 8000 });
  s = run(
    s,
    { type: "save-started", id: "q1" },
    { type: "saved", id: "q1", rowVersion: 3, savedAt: at, partial: false },
  );
  assert.equal(s.items.q1!.failures, 0);
});

test("keeping mine after a conflict takes their version as the base; using theirs leaves nothing unsaved", () => {
  const conflict = run(
    start(),
    { type: "edited", id: "q1" },
    { type: "save-started", id: "q1" },
    { type: "conflict", id: "q1", current },
  );
  assert.equal(conflict.items.q1!.dirty, true);
  const mine = run(conflict, { type: "keep-mine", id: "q1" });
  assert.equal(mine.items.q1!.baseVersion, 7);
  assert.equal(mine.items.q1!.status.kind, "conflict");
  const theirs = run(conflict, { type: "use-theirs", id: "q1" });
  assert.deepEqual(theirs.items.q1!.status, { kind: "saved", at });
  assert.equal(theirs.items.q1!.baseVersion, 7);
  assert.equal(theirs.items.q1!.dirty, false);
  // Without a conflict there is nothing to resolve.
  const idle = start();
  assert.equal(run(idle, { type: "keep-mine", id: "q1" }, { type: "use-theirs", id: "q1" }), idle);
});

test("an ended session is remembered for the page until the user signs in", () => {
  const s = run(
    start(),
    { type: "edited", id: "q1" },
    { type: "save-started", id: "q1" },
    { type: "signed-out", id: "q1" },
  );
  assert.equal(s.sessionEnded, true);
  assert.equal(s.items.q1!.dirty, true);
  const back = run(s, { type: "signed-in" });
  assert.equal(back.sessionEnded, false);
  assert.equal(back.items.q1!.dirty, true, "still to be saved");
});

test("the page's one line about saving puts the most urgent first", () => {
  const base = run(
    start(),
    { type: "edited", id: "q2" },
    { type: "save-started", id: "q2" },
    { type: "saved", id: "q2", rowVersion: 1, savedAt: at, partial: false },
  );
  assert.deepEqual(summarise(base), { kind: "saved", at });
  assert.deepEqual(summarise(run(base, { type: "invalid", id: "q1" })), { kind: "not-all-saved" });
  const ended = run(base, { type: "signed-out", id: "q1" }, { type: "invalid", id: "q2" });
  assert.deepEqual(summarise(ended), { kind: "signed-out" });
  const failing = run(ended, { type: "request-failed", id: "q1" });
  assert.deepEqual(summarise(failing), { kind: "retrying", retryInMs: 2000 });
  assert.deepEqual(summarise(run(failing, { type: "save-started", id: "q2" })), { kind: "saving" });
});

test("events about unknown items change nothing", () => {
  const s = start();
  assert.equal(autosaveReducer(s, { type: "edited", id: "nope" }), s);
});
