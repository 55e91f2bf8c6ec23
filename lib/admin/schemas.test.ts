import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { partnershipSchema } from "./schemas";

const base = { name: "Lincolnshire", level: "local", nation: "england", parentId: "", forceAreaIds: ["lincolnshire"] };
const yearError = (yearEstablished: string) => {
  const r = partnershipSchema.safeParse({ ...base, yearEstablished });
  return r.success ? null : r.error.issues.find((i) => i.path[0] === "yearEstablished")?.message;
};

test("the year a partnership was set up: 1990 to this year, or blank", () => {
  mock.timers.enable({ apis: ["Date"], now: new Date("2026-12-03T12:00:00Z") });
  try {
    assert.equal(yearError(""), null);
    assert.equal(yearError("1990"), null);
    assert.equal(yearError("2026"), null);
    assert.equal(yearError("2027"), "Enter the year as 4 digits between 1990 and 2026, or leave it blank");
    assert.equal(yearError("1989"), "Enter the year as 4 digits between 1990 and 2026, or leave it blank");
    assert.equal(yearError("16"), "Enter the year as 4 digits between 1990 and 2026, or leave it blank");
    // The same server, a month later: the new year is taken without a restart.
    mock.timers.setTime(new Date("2027-01-05T09:00:00Z").getTime());
    assert.equal(yearError("2027"), null);
    assert.equal(yearError("2028"), "Enter the year as 4 digits between 1990 and 2027, or leave it blank");
  } finally {
    mock.timers.reset();
  }
});
