import { test } from "node:test";
import assert from "node:assert/strict";
import { PLAN_ACTION_STATUSES } from "@/lib/domain/enums";
import {
  actionNeedsConfirmation,
  isConfirmed,
  isOpenPlanAction,
  isOverdue,
  planSummary,
  recommendationsInPlan,
  sortOpenActions,
  targetsNeedConfirmation,
} from "./rules";

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

test("overdue: open with a due date before today; due today, undated, done or dropped are not", () => {
  const today = "2026-12-03";
  assert.equal(isOverdue({ status: "not_started", dueOn: "2026-12-02" }, today), true);
  assert.equal(isOverdue({ status: "in_progress", dueOn: "2025-01-01" }, today), true);
  assert.equal(isOverdue({ status: "in_progress", dueOn: "2026-12-03" }, today), false);
  assert.equal(isOverdue({ status: "in_progress", dueOn: null }, today), false);
  assert.equal(isOverdue({ status: "done", dueOn: "2025-01-01" }, today), false);
  assert.equal(isOverdue({ status: "dropped", dueOn: "2025-01-01" }, today), false);
});

test("open actions: overdue first, longest overdue at the top, the rest in their order", () => {
  const today = "2026-12-03";
  const a = (id: number, dueOn: string | null) => ({ id, status: "in_progress", dueOn });
  const sorted = sortOpenActions(
    [a(1, null), a(2, "2027-01-01"), a(3, "2026-11-30"), a(4, "2026-06-01"), a(5, null)],
    today,
  );
  assert.deepEqual(
    sorted.map((x) => x.id),
    [4, 3, 1, 2, 5],
  );
});

test("a due date in the past asks for confirmation when new or changed, for an open action only", () => {
  const today = "2026-12-03";
  const past = "2026-11-01";
  assert.match(
    actionNeedsConfirmation({ status: "not_started", dueOn: past }, null, today)!,
    /due date is in the past/,
  );
  assert.ok(actionNeedsConfirmation({ status: "in_progress", dueOn: past }, { dueOn: "2027-01-01" }, today));
  assert.ok(actionNeedsConfirmation({ status: "in_progress", dueOn: past }, { dueOn: null }, today));
  // unchanged (the action simply fell overdue), today, the future, blank, or closed: nothing to ask
  assert.equal(actionNeedsConfirmation({ status: "in_progress", dueOn: past }, { dueOn: past }, today), null);
  assert.equal(actionNeedsConfirmation({ status: "not_started", dueOn: today }, null, today), null);
  assert.equal(actionNeedsConfirmation({ status: "not_started", dueOn: "2027-03-31" }, null, today), null);
  assert.equal(actionNeedsConfirmation({ status: "not_started", dueOn: "" }, null, today), null);
  assert.equal(actionNeedsConfirmation({ status: "done", dueOn: past }, null, today), null);
});

test("a target below the current stage asks for confirmation, naming each", () => {
  const now = new Map([
    ["leadership", 3],
    ["prevent", 2],
  ]);
  const name = (id: string) => id[0]!.toUpperCase() + id.slice(1);
  assert.equal(targetsNeedConfirmation([{ dimensionId: "leadership", to: 3 }], now, name), null);
  assert.equal(targetsNeedConfirmation([{ dimensionId: "leadership", to: null }], now, name), null);
  assert.equal(targetsNeedConfirmation([{ dimensionId: "prevent", to: 4 }], now, name), null);
  assert.equal(
    targetsNeedConfirmation([{ dimensionId: "leadership", to: 2 }], now, name),
    "This target is below the stage the dimension is at now: Leadership (target 2, now at stage 3). Check it, or select ‘Yes, save it anyway’ if it is right",
  );
  assert.match(
    targetsNeedConfirmation(
      [
        { dimensionId: "leadership", to: 1 },
        { dimensionId: "prevent", to: 1 },
      ],
      now,
      name,
    )!,
    /^These targets are below .*Leadership \(target 1, now at stage 3\); Prevent \(target 1, now at stage 2\)/,
  );
});

test("the confirmation checkbox counts only when ticked", () => {
  assert.equal(isConfirmed("yes"), true);
  assert.equal(isConfirmed(true), true);
  assert.equal(isConfirmed(["yes"]), true);
  for (const v of [undefined, "", false, "no", [], "on"]) assert.equal(isConfirmed(v), false, String(v));
});

test("the plan in one sentence: open, overdue among them, and done", () => {
  const today = "2026-12-03";
  assert.equal(planSummary([], today), "No actions yet. Add recommendations to the plan above.");
  assert.equal(
    planSummary(
      [
        { status: "not_started", dueOn: "2026-11-30" },
        { status: "in_progress", dueOn: "2027-01-31" },
        { status: "done", dueOn: "2026-01-01" },
        { status: "dropped", dueOn: null },
      ],
      today,
    ),
    "4 actions from every year: 2 open actions (1 overdue), 1 done.",
  );
  assert.equal(
    planSummary([{ status: "in_progress", dueOn: today }], today),
    "1 action from every year: 1 open action, 0 done.",
  );
});
