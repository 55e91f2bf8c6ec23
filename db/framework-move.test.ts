// Moving to the current framework version at start-up: open self-reviews move with their answers
// mapped (and archived as they were); submitted ones keep their recorded scores and are re-scored.
import { test, describe, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startUp } from "./startup";
import { moveToCurrentFramework } from "./framework-move";
import { getFramework, scoreAssessment, CURRENT_FRAMEWORK_VERSION } from "../lib/framework";
import type { AnswerMap } from "../lib/framework/types";
import type { Db } from "./connection";

let dir = "";
let db: Db;
const run = (q: string, ...p: unknown[]) => db.$client.prepare(q).run(...p);
const get = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).get(...p) as T;
const all = <T>(q: string, ...p: unknown[]) => db.$client.prepare(q).all(...p) as T[];

const old: AnswerMap = {
  "lead.chair_type": { kind: "choice", option: "police" },
  "pursue.colocation": { kind: "not_applicable" },
  "pursue.ngo_intel_route": { kind: "yesno", answer: "no" },
  "gov.action_plan": { kind: "yesno", answer: "yes", evidence: { title: "Plan", date: "2026-01-01" } },
};

describe("moveToCurrentFramework", () => {
  let openId = 0;
  let submittedId = 0;
  let openResponse = 0;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "move-"));
    ({ db } = await startUp({ demo: false, file: path.join(dir, "t.db") }));
    const pid = Number(
      run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
    );
    const c1 = Number(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2025/26', '2025-04-01', '2026-03-31', 'closed')",
      ).lastInsertRowid,
    );
    const c2 = Number(
      run(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2026/27', '2026-04-01', '2027-03-31', 'open')",
      ).lastInsertRowid,
    );
    const v1 = getFramework("2026.1")!;
    submittedId = Number(
      run(
        "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, scores_snapshot) VALUES (?, ?, 'submitted', '2026.1', '2026-02-01', ?)",
        pid,
        c1,
        JSON.stringify(scoreAssessment(v1, old)),
      ).lastInsertRowid,
    );
    openId = Number(
      run(
        "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version) VALUES (?, ?, 'in_progress', '2026.1')",
        pid,
        c2,
      ).lastInsertRowid,
    );
    for (const aid of [submittedId, openId]) {
      const rid = Number(
        run("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')", aid).lastInsertRowid,
      );
      if (aid === openId) openResponse = rid;
      // The action plan's document, uploaded against the 2026.1 question.
      run(
        "INSERT INTO evidence_documents (assessment_id, response_id, question_id, file_name, stored_name, content_type, size_bytes, sha256, uploaded_at) VALUES (?, ?, 'gov.action_plan', 'plan.pdf', ?, 'application/pdf', 10, 'x', '2026-05-01')",
        aid,
        rid,
        `stored-${aid}`,
      );
      for (const [q, v] of Object.entries(old))
        run("INSERT INTO answers (response_id, question_id, value) VALUES (?, ?, ?)", rid, q, JSON.stringify(v));
      for (const s of ["lead", "gov", "learn"])
        run(
          "INSERT INTO section_completions (response_id, section_id, completed_at) VALUES (?, ?, '2026-05-01')",
          rid,
          s,
        );
    }
  });
  after(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the current version is 2026.2", () => assert.equal(CURRENT_FRAMEWORK_VERSION, "2026.2"));
  test("open self-reviews move with answers mapped, archived as they were, and unfinished sections reopened", () => {
    const r = moveToCurrentFramework(db, "2026-12-03T00:00:00.000Z");
    assert.deepEqual(r, { moved: 1, rescored: 1 });
    assert.equal(get<{ v: string }>("SELECT framework_version AS v FROM assessments WHERE id = ?", openId).v, "2026.2");
    const answers = Object.fromEntries(
      all<{ q: string; v: string }>(
        "SELECT question_id AS q, value AS v FROM answers WHERE response_id = ?",
        openResponse,
      ).map((x) => [x.q, JSON.parse(x.v)]),
    );
    assert.deepEqual(answers["gov.colocation"], { kind: "choice", option: "elsewhere" });
    assert.deepEqual(answers["strat.action_plan"], old["gov.action_plan"], "evidence kept");
    assert.equal(answers["gov.action_plan"], undefined);
    assert.equal(answers["pursue.ngo_route"], undefined, "a 'no' to a two-part question is asked again");
    const archived = all<{ q: string; v: string; fv: string }>(
      "SELECT question_id AS q, value AS v, framework_version AS fv FROM answer_archive WHERE response_id = ?",
      openResponse,
    );
    assert.equal(archived.length, Object.keys(old).length, "nothing saved is lost");
    assert.ok(archived.every((x) => x.fv === "2026.1"));
    assert.deepEqual(
      JSON.parse(archived.find((x) => x.q === "pursue.ngo_intel_route")!.v),
      old["pursue.ngo_intel_route"],
    );
    const sections = all<{ s: string }>(
      "SELECT section_id AS s FROM section_completions WHERE response_id = ?",
      openResponse,
    );
    assert.deepEqual(sections, [], "sections with new questions to answer are no longer complete");
    assert.deepEqual(
      all<{ q: string }>("SELECT question_id AS q FROM evidence_documents WHERE response_id = ?", openResponse),
      [{ q: "strat.action_plan" }],
      "the uploaded document follows its answer",
    );
    assert.ok(get("SELECT 1 AS x FROM audit_log WHERE action = 'framework.move' AND target_id = ?", String(openId)));
  });
  test("submitted self-reviews keep their recorded 2026.1 scores and are re-scored under 2026.2", () => {
    const row = get<{ v: string; s: string; r: string; rv: string }>(
      "SELECT framework_version AS v, scores_snapshot AS s, rescored_snapshot AS r, rescored_version AS rv FROM assessments WHERE id = ?",
      submittedId,
    );
    assert.equal(row.v, "2026.1");
    assert.deepEqual(JSON.parse(row.s), scoreAssessment(getFramework("2026.1")!, old));
    assert.equal(row.rv, "2026.2");
    const rescored = JSON.parse(row.r);
    assert.equal(rescored.version, "2026.2");
    assert.ok(rescored.dimensions.every((d: { coverage?: unknown }) => "coverage" in d));
    const rid = get<{ id: number }>("SELECT id FROM responses WHERE assessment_id = ?", submittedId).id;
    assert.equal(
      get<{ n: number }>(
        "SELECT count(*) AS n FROM answers WHERE response_id = ? AND question_id = 'gov.action_plan'",
        rid,
      ).n,
      1,
      "a submitted self-review's answers are not touched",
    );
    assert.deepEqual(all<{ q: string }>("SELECT question_id AS q FROM evidence_documents WHERE response_id = ?", rid), [
      { q: "gov.action_plan" },
    ]);
  });
  test("a second run has nothing to do", () => {
    assert.deepEqual(moveToCurrentFramework(db), { moved: 0, rescored: 0 });
  });
});
