import { test } from "node:test";
import assert from "node:assert/strict";
import { wholeNumberFromEnv } from "./config";

test("a limit from the environment: the default when unset, the value when valid", () => {
  assert.equal(wholeNumberFromEnv("IDLE_TIMEOUT_MINUTES", 30, 2, 720, {}), 30);
  assert.equal(wholeNumberFromEnv("IDLE_TIMEOUT_MINUTES", 30, 2, 720, { IDLE_TIMEOUT_MINUTES: " " }), 30);
  assert.equal(wholeNumberFromEnv("IDLE_TIMEOUT_MINUTES", 30, 2, 720, { IDLE_TIMEOUT_MINUTES: "15" }), 15);
});

test("a wrong value stops start-up with a message naming the variable", () => {
  for (const bad of ["0", "1", "721", "15.5", "-3", "ten", "1e3"]) {
    assert.throws(
      () => wholeNumberFromEnv("IDLE_TIMEOUT_MINUTES", 30, 2, 720, { IDLE_TIMEOUT_MINUTES: bad }),
      /IDLE_TIMEOUT_MINUTES must be a whole number from 2 to 720/,
      bad,
    );
  }
});
