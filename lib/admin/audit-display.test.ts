import { test } from "node:test";
import assert from "node:assert/strict";
import { detailFields, idsToName, keyInWords, parseDetail, targetLabel, type AuditNames } from "./audit-display";

const names: AuditNames = {
  users: new Map([[9, "Erased user 9 (erased-9@invalid)"]]),
  partnerships: new Map([[7, "Nottinghamshire Modern Slavery Partnership"]]),
  cycles: new Map([[3, "2025-26"]]),
  assessments: new Map([[12, "Nottinghamshire Modern Slavery Partnership, 2025-26"]]),
};

test("targets read by name; an unknown id and an unknown kind say what they are", () => {
  assert.equal(targetLabel("partnership", "7", names), "Partnership: Nottinghamshire Modern Slavery Partnership");
  assert.equal(targetLabel("user", "9", names), "User: Erased user 9 (erased-9@invalid)");
  assert.equal(
    targetLabel("assessment", "12", names),
    "Self-assessment: Nottinghamshire Modern Slavery Partnership, 2025-26",
  );
  assert.equal(targetLabel("cycle", "3", names), "Cycle: 2025-26");
  assert.equal(targetLabel("partnership", "70", names), "Partnership: Number 70 (no longer in the toolkit)");
  assert.equal(targetLabel("document", "4", names), "Document 4");
  assert.equal(targetLabel(null, null, names), "");
});

test("details are labelled fields in words, ids by name, nested values flattened", () => {
  assert.deepEqual(
    detailFields(
      parseDetail(
        JSON.stringify({
          reviewerUserId: 9,
          cycleId: 3,
          reason: "wrong-password",
          existingAccount: true,
          filters: { actor: "a@b.org", outcome: null },
          rows: 1200,
          scopes: ["address", "account"],
          changes: {},
        }),
      ),
      names,
    ),
    [
      { label: "Reviewer", value: "Erased user 9 (erased-9@invalid)" },
      { label: "Cycle", value: "2025-26" },
      { label: "Reason", value: "wrong password" },
      { label: "Existing account", value: "Yes" },
      { label: "Filters: actor", value: "a@b.org" },
      { label: "Filters: outcome", value: "None" },
      { label: "Rows downloaded", value: "1,200" },
      { label: "Scopes", value: "address, account" },
      { label: "Changes", value: "None" },
    ],
  );
  // Stored text that is not a JSON object is shown as it is.
  assert.deepEqual(detailFields(parseDetail("not json"), names), [{ label: "Detail", value: "not json" }]);
  assert.deepEqual(detailFields(parseDetail("[1,2]"), names), [{ label: "Detail", value: "[1,2]" }]);
  assert.deepEqual(detailFields(parseDetail(null), names), []);
  assert.equal(keyInWords("commentsCarriedOver"), "Comments carried over");
});

test("the ids to name come from targets and (nested) details, not from other numbers", () => {
  const ids = idsToName([
    { targetType: "partnership", targetId: "7", detail: parseDetail(JSON.stringify({ userId: 9, rows: 4 })) },
    { targetType: "assessment", targetId: "12", detail: parseDetail(JSON.stringify({ filters: { cycleId: "3" } })) },
    { targetType: null, targetId: null, detail: parseDetail("{broken") },
  ]);
  assert.deepEqual(Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...v]])), {
    users: [9],
    partnerships: [7],
    cycles: [3],
    assessments: [12],
  });
});
