import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { nameMatcher } from "./rules";

describe("nameMatcher", () => {
  test("the full name as a whole phrase, in any case and spacing, never inside longer words", () => {
    const m = nameMatcher("Ann Lee")!;
    assert.equal("Ask ann  LEE, or Ann Lee.".replace(m, "X"), "Ask X, or X.");
    assert.equal("Joann Leeds and Ann Leeson".replace(m, "X"), "Joann Leeds and Ann Leeson");
    assert.equal("Zoë-Ann Lee".replace(nameMatcher("Zoë-Ann Lee")!, "X"), "X");
    assert.equal("Ask (A.J.) now".replace(nameMatcher("(A.J.)")!, "X"), "Ask X now", "regex characters are literal");
  });
  test("a name under three characters is not looked for in free text", () => {
    assert.equal(nameMatcher("Al"), null);
    assert.equal(nameMatcher("  J  "), null);
  });
});
