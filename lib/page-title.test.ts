import { test } from "node:test";
import assert from "node:assert/strict";
import { titleOr } from "./page-title";

test("a page's own title, or the plain one when its data cannot be read", async () => {
  assert.deepEqual(await titleOr("Results", async () => "Results: 2025/26 self-review, Leeds"), {
    title: "Results: 2025/26 self-review, Leeds",
  });
  assert.deepEqual(
    await titleOr("Results", async () => {
      throw new Error("framework version not available");
    }),
    { title: "Results" },
  );
});
