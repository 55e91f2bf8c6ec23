// A self-review's results against a real (temporary) database. The parsed answers, recorded scores
// and what is worked out from them are memoised by their stored content (lib/cache/content-memo.ts):
// these tests check that results never go stale, whichever way the stored content changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Actor } from "../auth/actor";
import { temporaryDatabase, testActor as actor } from "../assessment/test-database";

const database = temporaryDatabase("results");

type Data = typeof import("./data.server") &
  typeof import("../assessment/answers.server") &
  typeof import("../assessment/lifecycle.server");
let data: Data;
let run: (q: string, ...p: unknown[]) => { lastInsertRowid: number | bigint; changes: number };
let get: (q: string, ...p: unknown[]) => unknown;
let fw: import("../framework/types").Framework;
let coordinator: Actor;
let outsider: Actor;
let assessmentId = 0;
let pastId = 0;

// The first dimension's single-choice questions: answered all lowest, then all highest.
const singles = () =>
  fw.dimensions[0]!.questions.filter((q): q is Extract<typeof q, { type: "single" }> => q.type === "single");

before(async () => {
  const db = await database.open();
  data = {
    ...(await import("./data.server")),
    ...(await import("../assessment/answers.server")),
    ...(await import("../assessment/lifecycle.server")),
  };
  fw = (await import("../framework")).getFramework()!;
  run = (q, ...p) => db.$client.prepare(q).run(...p);
  get = (q, ...p) => db.$client.prepare(q).get(...p);
  const past = Number(
    run(
      "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2023/24', '2023-04-01', '2024-03-31', 'closed')",
    ).lastInsertRowid,
  );
  run("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2024/25', '2024-04-01', '2025-03-31', 'open')");
  const partnershipId = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')").lastInsertRowid,
  );
  const other = Number(
    run("INSERT INTO partnerships (name, level, nation) VALUES ('O', 'local', 'england')").lastInsertRowid,
  );
  const [c, o] = ["c@x.org", "o@x.org"].map((e) =>
    Number(run("INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')", e, e).lastInsertRowid),
  );
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", c, partnershipId);
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')", o, other);
  coordinator = actor(c!, "c@x.org", [{ partnershipId, role: "coordinator" }]);
  outsider = actor(o!, "o@x.org", [{ partnershipId: other, role: "coordinator" }]);
  // Last year: submitted, with its recorded scores (all "Don't know": stage 1 everywhere).
  pastId = Number(
    run(
      "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at) VALUES (?, ?, 'submitted', ?, '2024-02-01T00:00:00Z')",
      partnershipId,
      past,
      fw.version,
    ).lastInsertRowid,
  );
  run("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')", pastId);
  const { scoreAssessment } = await import("../framework/scoring");
  run("UPDATE assessments SET scores_snapshot = ? WHERE id = ?", JSON.stringify(scoreAssessment(fw, {})), pastId);
  assessmentId = data.startAssessment(coordinator, partnershipId).assessmentId;
});
after(database.remove);

const firstDimension = () => data.getResults(coordinator, assessmentId)!.scores.dimensions[0]!;

function answerAll(pick: (options: { id: string }[]) => string) {
  for (const q of singles()) {
    const stored = get(
      "SELECT row_version AS v FROM answers WHERE question_id = ? AND response_id = (SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated')",
      q.id,
      assessmentId,
    ) as { v: number } | undefined;
    const saved = data.saveAnswer(coordinator, {
      assessmentId,
      questionId: q.id,
      value: { kind: "choice", option: pick(q.options) },
      baseVersion: stored?.v ?? 0,
    });
    assert.equal(saved.status, "saved", `saving ${q.id}`);
  }
}

test("the results follow every saved answer", () => {
  assert.ok(singles().length >= 2, "the first dimension has single-choice questions to answer");
  answerAll((o) => o[0]!.id);
  const low = firstDimension();
  const lowRecommendations = data.getResults(coordinator, assessmentId)!.recommendations.map((r) => r.id);
  answerAll((o) => o[o.length - 1]!.id);
  const high = firstDimension();
  assert.ok((high.score ?? 0) > (low.score ?? 0), `score rose: ${low.score} → ${high.score}`);
  assert.ok(high.stage.index >= low.stage.index);
  const highRecommendations = data.getResults(coordinator, assessmentId)!.recommendations.map((r) => r.id);
  assert.notDeepEqual(highRecommendations, lowRecommendations, "the recommendations were worked out again");
});

test("an answer changed by any writer, even one that bypasses the row version, is read anew", () => {
  const before = firstDimension().score;
  const q = singles()[0]!;
  const { changes } = run(
    "UPDATE answers SET value = ? WHERE question_id = ? AND response_id = (SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated')",
    JSON.stringify({ kind: "choice", option: q.options[0]!.id }),
    q.id,
    assessmentId,
  );
  assert.equal(changes, 1);
  assert.ok((firstDimension().score ?? 0) < (before ?? 0), "the lower answer lowers the score");
});

test("last year's recorded scores are read anew when they change", async () => {
  const { scoreAssessment } = await import("../framework/scoring");
  const previous = () => data.getResults(coordinator, assessmentId)!.previous!;
  assert.equal(previous().cycleLabel, "2023/24");
  assert.equal(previous().scores.dimensions[0]!.stage.index, 1);
  const better = scoreAssessment(
    fw,
    Object.fromEntries(singles().map((q) => [q.id, { kind: "choice", option: q.options[q.options.length - 1]!.id }])),
  );
  run("UPDATE assessments SET scores_snapshot = ? WHERE id = ?", JSON.stringify(better), pastId);
  assert.equal(previous().scores.dimensions[0]!.score, better.dimensions[0]!.score);
});

test("what one reader is given cannot be changed for the next", () => {
  const r = data.getResults(coordinator, assessmentId)!;
  assert.throws(() => {
    (r.scores.dimensions as unknown[]).pop();
  }, TypeError);
  assert.throws(() => {
    (r.recommendations as unknown[]).length = 0;
  }, TypeError);
  assert.equal(data.getResults(coordinator, assessmentId)!.scores.dimensions.length, fw.dimensions.length);
});

test("another partnership's coordinator gets nothing", () => {
  assert.equal(data.getResults(outsider, assessmentId), null);
});
