import { test } from "node:test";
import assert from "node:assert/strict";
import { peerReviewSchema, PUBLISH_UNCONFIRMED } from "./schemas";

const base = { assignmentId: "7", overallFeedback: "Fine", dimensions: {} };

test("publishing without the reviewer's confirmation is refused, on the confirmation field", () => {
  for (const confirmPublish of [undefined, false]) {
    const r = peerReviewSchema.safeParse({ ...base, publish: true, confirmPublish });
    assert.equal(r.success, false);
    assert.deepEqual(
      r.error!.issues.map((i) => [i.path.join("."), i.message]),
      [["confirmPublish", PUBLISH_UNCONFIRMED]],
    );
  }
});

test("a confirmed publication and a draft (which needs no confirmation) pass", () => {
  assert.equal(peerReviewSchema.safeParse({ ...base, publish: true, confirmPublish: true }).success, true);
  assert.equal(peerReviewSchema.safeParse({ ...base, publish: false }).success, true);
});
