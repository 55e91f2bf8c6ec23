// Issue 16, item 13: a reviewer's draft saves whatever is there; only publishing needs the review
// complete (every dimension, a reason for each adjustment, overall feedback).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-reviews-"));
process.env.DATABASE_PATH = path.join(dir, "reviews.db");

let reviews: typeof import("./data.server");
let all: <T>(q: string, ...p: unknown[]) => T[];
let reviewer: Actor;
let assignmentId = 0;
let dims: string[] = [];

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  reviews = await import("./data.server");
  const fw = (await import("../framework")).getFramework()!;
  dims = fw.dimensions.map((d) => d.id);
  all = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).all(...p) as T[];
  const run = (q: string, ...p: unknown[]) => db.$client.prepare(q).run(...p);
  const partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
  );
  const userId = Number(
    run("INSERT INTO users (email, name, password_hash, global_role) VALUES ('r@x.org', 'Rae', 'x', 'reviewer')")
      .lastInsertRowid,
  );
  reviewer = {
    userId,
    email: "r@x.org",
    name: "Rae",
    globalRole: "reviewer",
    memberships: [],
    reviewAssignments: [],
    sessionId: "test",
  };
  const cycleId = Number(
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2025/26', '2025-04-01', '2026-03-31', 'open')",
    ).lastInsertRowid,
  );
  const snapshot = {
    dimensions: dims.map((d) => ({ dimensionId: d, score: 40, stage: { index: 2, name: "Developing" } })),
  };
  run(
    "INSERT INTO assessments (partnership_id, cycle_id, framework_version, status, submitted_at, scores_snapshot) VALUES (?, ?, ?, 'submitted', '2025-06-01T00:00:00.000Z', ?)",
    partnershipId,
    cycleId,
    fw.version,
    JSON.stringify(snapshot),
  );
  assignmentId = Number(
    run(
      "INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)",
      userId,
      partnershipId,
      cycleId,
    ).lastInsertRowid,
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

const stored = () =>
  all<{ dimension_id: string; validated_stage: number; reason: string | null; findings: string | null }>(
    "SELECT dimension_id, validated_stage, reason, findings FROM peer_review_dimensions ORDER BY dimension_id",
  );

test("a draft with an adjustment still lacking its reason is saved as it is", () => {
  reviews.savePeerReview(
    reviewer,
    assignmentId,
    {
      dimensions: {
        [dims[0]!]: { agree: false, validatedStage: 3, findings: "Strong chairing", reason: "" },
        [dims[1]!]: { agree: false, validatedStage: 2, findings: "", reason: "Half-written reason" },
      },
      overallFeedback: "",
    },
    false,
  );
  assert.deepEqual(
    stored().map((r) => [r.dimension_id, r.validated_stage, r.reason, r.findings]),
    [
      [dims[0], 3, null, "Strong chairing"],
      [dims[1], 2, "Half-written reason", null],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
});

test("publishing needs it complete, says everything missing at once, and changes nothing", () => {
  const before = stored();
  assert.throws(
    () =>
      reviews.savePeerReview(
        reviewer,
        assignmentId,
        {
          dimensions: { [dims[0]!]: { agree: false, validatedStage: 3, findings: "", reason: "" } },
          overallFeedback: "",
        },
        true,
      ),
    (e: { fieldErrors?: Record<string, string[]> }) =>
      !!e.fieldErrors?.[`dimensions.${dims[0]}.reason`] &&
      !!e.fieldErrors?.[`dimensions.${dims[1]}.agree`] &&
      !!e.fieldErrors?.overallFeedback,
  );
  assert.deepEqual(stored(), before);
});
