import { test } from "node:test";
import assert from "node:assert/strict";
import { NO_OPEN_CYCLE_MESSAGE, START_ERRORS, startErrorCode, startErrorMessage } from "./start-errors";

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
