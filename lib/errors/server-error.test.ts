// Issue 16, item 12: an unexpected failure is logged as one structured line whose request id is
// the reference the user sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { logServerError, serverFailure } from "./server-error";

test("a failed action is logged as one JSON line, and the user's message quotes the same request id", () => {
  const lines: string[] = [];
  const error = new Error("database is locked");
  const failure = serverFailure({ kind: "action", name: "answer.save" }, error, (l) => lines.push(l));
  assert.equal(failure.ok, false);
  assert.equal(failure.code, "server-error");
  assert.match(failure.requestId, /^[0-9a-f]{12}$/);
  assert.ok(failure.message.includes(`reference ${failure.requestId}`));
  assert.match(failure.message, /was not saved/);
  assert.match(failure.message, /try again/);
  assert.equal(lines.length, 1);
  assert.ok(!lines[0]!.includes("\n"), "the stack does not break the line");
  const entry = JSON.parse(lines[0]!);
  assert.equal(entry.level, "error");
  assert.equal(entry.requestId, failure.requestId);
  assert.equal(entry.kind, "action");
  assert.equal(entry.name, "answer.save");
  assert.equal(entry.error.message, "database is locked");
  assert.match(entry.error.stack, /database is locked/);
});

test("each failure gets its own id; anything thrown is described", () => {
  const a = serverFailure({ kind: "action" }, "a string", () => {});
  const b = serverFailure({ kind: "action" }, "a string", () => {});
  assert.notEqual(a.requestId, b.requestId);
  const line = logServerError("abc", { kind: "render", path: "/x", method: "GET" }, { odd: true }, () => {});
  assert.deepEqual(JSON.parse(line).error, { name: "object", message: "[object Object]" });
  assert.equal(JSON.parse(line).path, "/x");
});
