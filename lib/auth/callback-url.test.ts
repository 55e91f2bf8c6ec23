import { test } from "node:test";
import assert from "node:assert/strict";
import { safeCallbackUrl } from "./callback-url";

test("only same-site paths are followed after sign-in", () => {
  assert.equal(safeCallbackUrl("/partnerships/3"), "/partnerships/3");
  assert.equal(safeCallbackUrl("/admin/users?x=1"), "/admin/users?x=1");
  for (const hostile of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, null]) {
    assert.equal(safeCallbackUrl(hostile), "/", String(hostile));
  }
  assert.equal(safeCallbackUrl("/sign-in?callbackUrl=/x"), "/");
});
