import { test } from "node:test";
import assert from "node:assert/strict";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";
import { isOpenPlanAction, recommendationsInPlan } from "./rules";

test("an action is open until it is done or dropped", () => {
  const open = PLAN_ACTION_STATUSES.filter((status) => isOpenPlanAction({ status }));
  assert.deepEqual(open, ["not_started", "in_progress"]);
});

test("a recommendation is in the plan while an open action carries it", () => {
  const inPlan = recommendationsInPlan([
    { status: "in_progress", recommendationId: "rec.a" },
    { status: "done", recommendationId: "rec.b" },
    { status: "dropped", recommendationId: "rec.c" },
    { status: "not_started", recommendationId: null },
  ]);
  assert.equal(inPlan.has("rec.a"), true);
  assert.equal(inPlan.has("rec.b"), false, "done: may be added again");
  assert.equal(inPlan.has("rec.c"), false, "dropped: may be added again");
});
