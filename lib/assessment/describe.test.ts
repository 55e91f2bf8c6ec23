import { test } from "node:test";
import assert from "node:assert/strict";
import { describeAnswer } from "./describe";
import { getFramework, getQuestion } from "@/lib/framework";
import type { NumberQuestion } from "@/lib/framework/types";

const fw = getFramework()!;
const year = getQuestion(fw, "profile.established_year") as NumberQuestion;
const hours = getQuestion(fw, "lead.coordination_hours") as NumberQuestion;

test("a year reads as people write it, without a thousands separator", () => {
  assert.equal(describeAnswer(year, { kind: "number", value: 2016 }), "2016");
});

test("hours: at most one decimal place, then the unit", () => {
  assert.equal(hours.unit, "hours a week");
  assert.equal(describeAnswer(hours, { kind: "number", value: 12.500890396535398 }), "12.5 hours a week");
  assert.equal(describeAnswer(hours, { kind: "number", value: 7 }), "7 hours a week");
  assert.equal(describeAnswer(hours, { kind: "number", value: 0.25 }), "0.3 hours a week");
});

test("other quantities keep their thousands separators", () => {
  const count: NumberQuestion = { ...hours, unit: undefined, min: 0, max: 100_000, integer: true };
  assert.equal(describeAnswer(count, { kind: "number", value: 12500 }), "12,500");
});
