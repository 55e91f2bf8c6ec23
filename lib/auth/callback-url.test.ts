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

test("paths that resolve or decode to another host go home, whatever the encoding (issue 16, item 1)", () => {
  // As the page receives them (the query string decoded once) and as typed in the address bar.
  const hostile = [
    "/.//evil.test", // ?callbackUrl=/./%2Fevil.test
    "/./%2Fevil.test",
    "/x/..//evil.test",
    "/x/../%2Fevil.test",
    "/%2e/%2fevil.test",
    "/%2e//evil.test",
    "/%2E%2E//evil.test",
    "/%2F%2Fevil.test",
    "/%252F%252Fevil.test",
    "/%25252F%25252Fevil.test",
    "/%5Cevil.test",
    "/%5C%5Cevil.test",
    "/%09/evil.test",
    "/%0a/evil.test",
    "/x/%2e%2e/%2e%2e//evil.test",
    "/%2e%2e%2f%2fevil.test",
    "/%" + "25".repeat(12) + "2Fevil.test", // nested deeper than any honest path
  ];
  for (const value of hostile) {
    const result = safeCallbackUrl(value);
    assert.equal(result, "/", JSON.stringify(value));
  }
});

test("whatever is returned stays on this site when resolved or decoded again", () => {
  const samples = ["/partnerships/3", "/national?cycle=2", "/a/./b/../c", "/search?q=50%25%20off", "/x?next=%2F%2Fy"];
  for (const value of samples) {
    const result = safeCallbackUrl(value);
    let layer = result;
    for (let i = 0; i < 5; i++) {
      assert.ok(!layer.startsWith("//"), `${value} -> ${layer}`);
      assert.equal(new URL(layer, "https://toolkit.example").origin, "https://toolkit.example");
      layer = decodeURIComponent(layer.replace(/%(?![0-9a-f]{2})/gi, "%25"));
    }
  }
  assert.equal(safeCallbackUrl("/a/./b/../c"), "/a/c");
  assert.equal(safeCallbackUrl("/search?q=50%25%20off"), "/search?q=50%25%20off");
});

test("the sign-in page and the API are never the destination", () => {
  assert.equal(safeCallbackUrl("/sign-in?callbackUrl=/x"), "/");
  assert.equal(safeCallbackUrl("/api/partnerships/1/export.json"), "/");
  assert.equal(safeCallbackUrl("/%73ign-in?callbackUrl=/x"), "/");
  assert.equal(safeCallbackUrl("/x/../api/session"), "/");
});
