// Issue 16, item 13: opening or closing a cycle happens only on a confirmation that says how many
// self-reviews it affects; the audit entry records those numbers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";
import { cycleStatusSchema } from "./schemas";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-cycles-"));
process.env.DATABASE_PATH = path.join(dir, "cycles.db");

let national: typeof import("./cycles.server");
let get: <T>(q: string, ...p: unknown[]) => T;
let cycleId = 0;
const commissioner: Actor = {
  userId: 1,
  email: "n@x.org",
  name: "N",
  globalRole: "commissioner",
  memberships: [],
  reviewAssignments: [],
  sessionId: "test",
};

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  national = await import("./cycles.server");
  get = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).get(...p) as T;
  const run = (q: string, ...p: unknown[]) => db.$client.prepare(q).run(...p);
  run(
    "INSERT INTO users (id, email, name, password_hash, global_role) VALUES (1, 'n@x.org', 'N', 'x', 'commissioner')",
  );
  cycleId = Number(
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2025/26', '2025-04-01', '2026-03-31', 'open')",
    ).lastInsertRowid,
  );
  for (const [name, status] of [
    ["A", "in_progress"],
    ["B", "in_progress"],
    ["C", "submitted"],
  ] as const) {
    const p = run(
      "INSERT INTO partnerships (name, level, nation) VALUES (?, 'local', 'england')",
      name,
    ).lastInsertRowid;
    run(
      "INSERT INTO assessments (partnership_id, cycle_id, framework_version, status) VALUES (?, ?, '2026.1', ?)",
      p,
      cycleId,
      status,
    );
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("the action refuses a change of status that was not confirmed", () => {
  assert.equal(cycleStatusSchema.safeParse({ cycleId: "1", status: "closed" }).success, false);
  assert.equal(cycleStatusSchema.safeParse({ cycleId: "1", status: "closed", confirmed: "no" }).success, false);
  assert.equal(cycleStatusSchema.safeParse({ cycleId: "1", status: "closed", confirmed: "yes" }).success, true);
});

test("the confirmation's numbers: unsubmitted and submitted self-reviews per cycle, recorded with the close", () => {
  assert.deepEqual(national.cycleSelfReviewCounts(commissioner).get(cycleId), { unsubmitted: 2, submitted: 1 });
  national.setCycleStatus(commissioner, cycleId, "closed");
  const entry = get<{ detail: string }>("SELECT detail FROM audit_log WHERE action = 'cycle.close'");
  assert.deepEqual(JSON.parse(entry.detail), { unsubmitted: 2, submitted: 1 });
  assert.throws(() => national.cycleSelfReviewCounts({ ...commissioner, globalRole: "reviewer" }), /Page not found/);
});
