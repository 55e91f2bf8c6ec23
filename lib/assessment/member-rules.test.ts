import { test } from "node:test";
import assert from "node:assert/strict";
import { finishRefusal, memberResponseStatus, responseRate, sectionsForRole } from "./member-rules";

test("members answer every section but the profile; coordinators and readers see all", () => {
  const sections = [{ kind: "profile" as const }, { kind: "dimension" as const }, { kind: "dimension" as const }];
  assert.equal(sectionsForRole(sections, "member").length, 2);
  assert.ok(sectionsForRole(sections, "member").every((s) => s.kind === "dimension"));
  assert.equal(sectionsForRole(sections, "consolidated").length, 3);
  assert.equal(sectionsForRole(sections, "read-only").length, 3);
});

test("a response is finished once marked, started once anything is saved", () => {
  assert.equal(memberResponseStatus(null), "not_started");
  assert.equal(memberResponseStatus({ finishedAt: null, answered: 0 }), "not_started");
  assert.equal(memberResponseStatus({ finishedAt: null, answered: 3 }), "started");
  assert.equal(memberResponseStatus({ finishedAt: "2026-12-01T10:00:00Z", answered: 3 }), "finished");
});

test("the response rate counts finished responses only, rounded down", () => {
  assert.deepEqual(responseRate([]), { finished: 0, started: 0, notStarted: 0, total: 0, percent: 0 });
  assert.deepEqual(responseRate(["finished", "started", "not_started"]), {
    finished: 1,
    started: 1,
    notStarted: 1,
    total: 3,
    percent: 33,
  });
  // 199 of 200 is not 100%.
  const many = [...Array(199).fill("finished"), "started"] as Parameters<typeof responseRate>[0];
  assert.equal(responseRate(many).percent, 99);
});

test("a member may finish once they have answered something, and only once", () => {
  assert.match(finishRefusal(null)!, /at least one question/);
  assert.match(finishRefusal({ answered: 0, finishedAt: null })!, /at least one question/);
  assert.equal(finishRefusal({ answered: 1, finishedAt: null }), null);
  assert.match(finishRefusal({ answered: 5, finishedAt: "2026-12-01" })!, /already marked/);
});
