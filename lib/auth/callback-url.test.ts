import { test } from "node:test";
import assert from "node:assert/strict";
import { safeCallbackUrl } from "./callback-url";

test("same-site paths are followed after sign-in, with their query", () => {
  assert.equal(safeCallbackUrl("/partnerships/3"), "/partnerships/3");
  assert.equal(safeCallbackUrl("/admin/users?x=1"), "/admin/users?x=1");
  assert.equal(safeCallbackUrl("/national?cycle=2&level=local"), "/national?cycle=2&level=local");
});

test("anything that could leave the site goes home instead", () => {
  const hostile = [
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example", // browsers drop the tab: //evil.example
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example".replace(" ", "\u0000"),
    "\\\\evil.example",
    "javascript:alert(1)",
    " /partnerships",
    "",
    undefined,
    null,
  ];
  for (const value of hostile) {
    const result = safeCallbackUrl(value);
    assert.equal(result, "/", JSON.stringify(value));
    assert.equal(new URL(result, "https://toolkit.example").origin, "https://toolkit.example");
  }
});

test("the sign-in page and the API are never the destination", () => {
  assert.equal(safeCallbackUrl("/sign-in?callbackUrl=/x"), "/");
  assert.equal(safeCallbackUrl("/api/partnerships/1/export.json"), "/");
});
