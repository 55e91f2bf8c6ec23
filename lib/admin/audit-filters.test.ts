import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { auditFiltersQuery, readAuditFilters, type ReadAuditFilters } from "./audit-filters";

function errors(r: ReadAuditFilters) {
  return r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`);
}

describe("audit log filters", () => {
  test("no filters: everything, page 1", () => {
    const r = readAuditFilters({});
    assert.equal(r.ok, true);
    assert.deepEqual(r.ok && r.filters, {});
    assert.equal(r.page, 1);
  });

  test("every filter, trimmed, with dates as UTC days", () => {
    const r = readAuditFilters({
      fromDay: " 1",
      fromMonth: "2",
      fromYear: "2026",
      toDay: "28",
      toMonth: "02",
      toYear: "2026",
      action: " sign-in ",
      outcome: "failure",
      actor: "Someone@Example.org",
      targetType: "partnership",
      targetId: "12",
      page: "3",
    });
    assert.deepEqual(errors(r), []);
    assert.deepEqual(r.ok && r.filters, {
      from: "2026-02-01",
      to: "2026-02-28",
      action: "sign-in",
      outcome: "failure",
      actor: "Someone@Example.org",
      targetType: "partnership",
      targetId: "12",
    });
    assert.equal(r.page, 3);
  });

  test("a date that does not exist, a partial date, a short year and dates the wrong way round are errors", () => {
    assert.deepEqual(errors(readAuditFilters({ fromDay: "31", fromMonth: "2", fromYear: "2026" })), [
      "fromDay: The from date must be a real date",
    ]);
    assert.deepEqual(errors(readAuditFilters({ toDay: "x", toMonth: "2", toYear: "2026" })), [
      "toDay: The to date must be a real date",
    ]);
    assert.deepEqual(errors(readAuditFilters({ fromDay: "1", fromYear: "2026" })), [
      "fromMonth: The from date must include a month",
    ]);
    assert.deepEqual(errors(readAuditFilters({ toMonth: "4" })), ["toDay: The to date must include a day and a year"]);
    assert.deepEqual(errors(readAuditFilters({ fromDay: "1", fromMonth: "2", fromYear: "26" })), [
      "fromYear: The from date's year must include 4 numbers",
    ]);
    assert.deepEqual(
      errors(
        readAuditFilters({ fromDay: "2", fromMonth: "2", fromYear: "2026", toDay: "1", toMonth: "2", toYear: "2026" }),
      ),
      ["toDay: The to date must be the same as or after the from date"],
    );
    // The same day for both is one whole day.
    assert.equal(
      readAuditFilters({ fromDay: "2", fromMonth: "2", fromYear: "2026", toDay: "2", toMonth: "2", toYear: "2026" }).ok,
      true,
    );
  });

  test("other fields refuse what no real value contains, and an unknown outcome", () => {
    assert.deepEqual(errors(readAuditFilters({ action: "sign-in' OR 1=1" })), [
      "action: Action must contain only letters, numbers, dots, colons and hyphens",
    ]);
    assert.deepEqual(errors(readAuditFilters({ outcome: "maybe" })), ["outcome: Select an outcome from the list"]);
    assert.deepEqual(errors(readAuditFilters({ actor: "a b" })), [
      "actor: Email address must contain only an email address or part of one, without spaces",
    ]);
    assert.deepEqual(errors(readAuditFilters({ targetId: "x".repeat(101) })), [
      "targetId: Target ID must be 100 characters or fewer",
    ]);
  });

  test("errors come in the order of the form, and the values are kept to show back", () => {
    const r = readAuditFilters({ outcome: "maybe", fromDay: "40", fromMonth: "1", fromYear: "2026", action: "ok" });
    assert.deepEqual(
      errors(r).map((e) => e.split(":")[0]),
      ["fromDay", "outcome"],
    );
    assert.equal(r.values.fromDay, "40");
    assert.equal(r.values.action, "ok");
  });

  test("a page that is not a positive whole number is page 1; arrays are ignored", () => {
    assert.equal(readAuditFilters({ page: "0" }).page, 1);
    assert.equal(readAuditFilters({ page: "-2" }).page, 1);
    assert.equal(readAuditFilters({ page: "2.5" }).page, 1);
    assert.deepEqual(readAuditFilters({ action: ["a", "b"] }).values.action, "");
  });

  test("the query string keeps only what is set", () => {
    const r = readAuditFilters({ action: "sign-in", outcome: "failure", fromDay: "", page: "4" });
    assert.equal(auditFiltersQuery(r.values), "action=sign-in&outcome=failure");
    assert.equal(auditFiltersQuery(r.values, 2), "action=sign-in&outcome=failure&page=2");
    assert.equal(auditFiltersQuery(r.values, 1), "action=sign-in&outcome=failure");
  });
});
