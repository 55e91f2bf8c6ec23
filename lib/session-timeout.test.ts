import { test } from "node:test";
import assert from "node:assert/strict";
import { describeDuration, screenReaderCountdown } from "./session-timeout";

test("durations read naturally, in whole seconds rounded up", () => {
  assert.equal(describeDuration(120_000), "2 minutes");
  assert.equal(describeDuration(119_001), "2 minutes");
  assert.equal(describeDuration(65_000), "1 minute 5 seconds");
  assert.equal(describeDuration(61_000), "1 minute 1 second");
  assert.equal(describeDuration(45_000), "45 seconds");
  assert.equal(describeDuration(1), "1 second");
  assert.equal(describeDuration(0), "0 seconds");
  assert.equal(describeDuration(-5), "0 seconds");
});

test("screen readers hear the countdown change every 20 seconds, not every second", () => {
  const heard = new Set<string>();
  for (let ms = 120_000; ms > 100_000; ms -= 1000) heard.add(screenReaderCountdown(ms));
  assert.deepEqual([...heard], ["2 minutes"]);
  assert.equal(screenReaderCountdown(100_000), "1 minute 40 seconds");
  assert.equal(screenReaderCountdown(99_000), "1 minute 40 seconds");
  assert.equal(screenReaderCountdown(15_000), "20 seconds");
  assert.equal(screenReaderCountdown(0), "0 seconds");
});
