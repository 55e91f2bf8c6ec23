// Anonymised national exports against a real (temporary) database (issue 16, item 3): codes are
// random per cycle, stored and stable, never derived from the partnership's id, and the rows do
// not keep the names' order; the named export carries the code so the office can re-identify.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "../auth/actor";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-national-"));
process.env.DATABASE_PATH = path.join(dir, "national.db");

let national: typeof import("./scores.server");
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint };
let all: <T>(q: string, ...p: unknown[]) => T[];
let commissioner: Actor;
const cycleIds: number[] = [];
const partnershipIds: number[] = [];
const NAMES = ["Aardvark Partnership", "Middle Partnership", "Zebra Partnership"];

const id = (r: { lastInsertRowid: number | bigint }) => Number(r.lastInsertRowid);

before(async () => {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  national = await import("./scores.server");
  const { getFramework, scoreAssessment } = await import("../framework");
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  all = (q, ...p) => db.$client.prepare(q).all(...p) as never;
  const fw = getFramework()!;
  const scores = JSON.stringify(scoreAssessment(fw, {}));
  const userId = id(
    run("INSERT INTO users (email, name, password_hash, global_role) VALUES ('c@x.org', 'C', 'x', 'commissioner')"),
  );
  commissioner = {
    userId,
    email: "c@x.org",
    name: "C",
    globalRole: "commissioner",
    memberships: [],
    reviewAssignments: [],
    sessionId: "test",
  };
  // Ids 1..3 would make "P0001" guessable; names in the opposite order of ids catch a name-ordered file.
  for (const name of [...NAMES].reverse())
    partnershipIds.push(id(run("INSERT INTO partnerships (name, level, nation) VALUES (?, 'local', 'england')", name)));
  for (const [label, opens, closes] of [
    ["2024/25", "2024-04-01", "2025-03-31"],
    ["2025/26", "2025-04-01", "2026-03-31"],
  ] as const) {
    const cycleId = id(
      run("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES (?, ?, ?, 'closed')", label, opens, closes),
    );
    cycleIds.push(cycleId);
    for (const partnershipId of partnershipIds)
      run(
        "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, scores_snapshot) VALUES (?, ?, 'submitted', ?, ?, ?)",
        partnershipId,
        cycleId,
        fw.version,
        `${opens}T12:00:00.000Z`,
        scores,
      );
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

const codesOf = (rows: { partnership: string }[]) => [...new Set(rows.map((r) => r.partnership))];

test("anonymised codes are random, unrelated to the id, and stored so that every export agrees", () => {
  const anon = national.nationalScores(commissioner, cycleIds[0]!, true)!;
  assert.ok(anon.rows.length > 0);
  const codes = codesOf(anon.rows);
  assert.equal(codes.length, 3);
  for (const code of codes) {
    assert.match(code, /^P-[A-HJ-NP-Z2-9]{6}$/);
    // Not the id in any padding (the alphabet has no 0 or 1, so "0002" cannot occur by chance).
    for (const pid of partnershipIds) assert.ok(!code.includes(String(pid).padStart(4, "0")), `${code} holds ${pid}`);
  }
  for (const r of anon.rows) {
    assert.equal(r.partnershipId, null);
    assert.ok(!("anonymisedCode" in r), "the anonymised file has no separate code column");
  }
  assert.ok(!JSON.stringify(anon).includes("Partnership"), "no names in the anonymised export");
  assert.deepEqual(codesOf(national.nationalScores(commissioner, cycleIds[0]!, true)!.rows), codes);
  const stored = all<{ code: string }>(
    "SELECT code FROM anonymised_codes WHERE cycle_id = ? ORDER BY code",
    cycleIds[0],
  );
  assert.deepEqual(
    stored.map((r) => r.code),
    [...codes].sort(),
  );
});

test("the anonymised rows are ordered by code, not by name", () => {
  const codes = codesOf(national.nationalScores(commissioner, cycleIds[0]!, true)!.rows);
  assert.deepEqual(codes, [...codes].sort());
});

test("each cycle has its own codes, so two years' files cannot be joined on the code", () => {
  const first = codesOf(national.nationalScores(commissioner, cycleIds[0]!, true)!.rows);
  const second = codesOf(national.nationalScores(commissioner, cycleIds[1]!, true)!.rows);
  assert.equal(second.length, 3);
  assert.equal(first.filter((c) => second.includes(c)).length, 0);
});

test("the named export carries each partnership's code, to re-identify an anonymised row", () => {
  const named = national.nationalScores(commissioner, cycleIds[0]!, false)!;
  const anonCodes = codesOf(national.nationalScores(commissioner, cycleIds[0]!, true)!.rows);
  const byName = new Map(named.rows.map((r) => [r.partnership, "anonymisedCode" in r ? r.anonymisedCode : null]));
  assert.deepEqual([...byName.keys()].sort(), NAMES);
  assert.deepEqual([...byName.values()].sort(), [...anonCodes].sort());
});
