import { test } from "node:test";
import assert from "node:assert/strict";
import { formatDate, formatDateTime, todayIso } from "./format";
import { renderMessage } from "./mail/messages.mjs";

test("a date without a time is that calendar day", () => {
  assert.equal(formatDate("2027-03-31"), "31 March 2027");
  assert.equal(formatDate("2026-07-01"), "1 July 2026");
});

test("a moment is shown on its day and at its time in UK time, summer and winter", () => {
  // 23:30 UTC on 31 May is 00:30 on 1 June in British Summer Time.
  assert.equal(formatDate("2026-05-31T23:30:00.000Z"), "1 June 2026");
  assert.equal(formatDateTime("2026-05-31T23:30:00.000Z"), "1 June 2026 at 00:30");
  // In winter UK time is UTC.
  assert.equal(formatDate("2026-12-31T23:30:00.000Z"), "31 December 2026");
  assert.equal(formatDateTime("2026-12-31T23:30:00.000Z"), "31 December 2026 at 23:30");
});

test("the pages and the emails give the same day for the same moment", () => {
  const submittedAt = "2026-05-31T23:30:00.000Z";
  const m = renderMessage(
    {
      kind: "submission-receipt",
      assessmentId: 4,
      partnershipName: "Lincolnshire",
      cycleLabel: "2026/27",
      submittedBy: "Jo Bloggs",
      submittedAt,
    },
    "http://localhost:3000",
  );
  assert.ok(m.text.includes(`on ${formatDateTime(submittedAt)}`), m.text);
  assert.ok(m.text.includes("on 1 June 2026 at 00:30"), m.text);
});

test("today is the UK's date: in summer a new day starts at 23:00 UTC, in winter at midnight", () => {
  assert.equal(todayIso(new Date("2026-05-31T22:59:00Z")), "2026-05-31");
  assert.equal(todayIso(new Date("2026-05-31T23:00:00Z")), "2026-06-01");
  assert.equal(todayIso(new Date("2026-12-03T23:59:00Z")), "2026-12-03");
  assert.equal(todayIso(new Date("2026-12-04T00:00:00Z")), "2026-12-04");
});
