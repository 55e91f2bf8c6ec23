// Moving to the current framework version (run at start-up, after migrations and seeding).
// - Open self-reviews (not submitted) move to the current version: every response's answers are
//   archived as they were (answer_archive), then rolled forward through the declared mapping;
//   sections with a question left to answer are no longer marked complete.
// - Submitted self-reviews keep their recorded scores under the version they were submitted on,
//   and are also re-scored under the current version (rescored_snapshot) so that trends and the
//   national picture can compare like with like.
//   Uploaded documents follow their answers to the new question ids.
// Idempotent: a second run finds nothing to do.
import type { Db } from "./connection";
import {
  CURRENT_FRAMEWORK_VERSION,
  getFramework,
  mapAnswers,
  mappedFrom,
  mappingPath,
  rescoreUnderCurrent,
} from "../lib/framework";
import type { AnswerMap } from "../lib/framework/types";

type AnswerRow = {
  question_id: string;
  value: string;
  carried_over_from_cycle_id: number | null;
  confirmed_at: string | null;
  updated_by_user_id: number | null;
  updated_at: string;
};

export function moveToCurrentFramework(
  db: Db,
  now: string = new Date().toISOString(),
): { moved: number; rescored: number } {
  const sqlite = db.$client;
  const current = CURRENT_FRAMEWORK_VERSION;
  const fw = getFramework(current)!;
  const sectionOf = new Map(fw.dimensions.flatMap((d) => d.questions.map((q) => [q.id, d.id] as const)));
  const scored = fw.dimensions.flatMap((d) => d.questions).filter((q) => q.type !== "text");
  let moved = 0;
  let rescored = 0;
  const evidenceQuestions = new Set(
    fw.dimensions
      .flatMap((d) => d.questions)
      .filter((q) => q.type === "yesno_evidence")
      .map((q) => q.id),
  );
  // OR IGNORE: where the new id already has a document (the unique (response, question) index),
  // the older one stays under its old id rather than replace it.
  const moveDocument = sqlite.prepare(
    "UPDATE OR IGNORE evidence_documents SET question_id = ? WHERE response_id = ? AND question_id = ?",
  );
  const answersOf = sqlite.prepare(
    "SELECT question_id, value, carried_over_from_cycle_id, confirmed_at, updated_by_user_id, updated_at FROM answers WHERE response_id = ?",
  );
  sqlite.transaction(() => {
    const open = sqlite
      .prepare(
        "SELECT id, framework_version AS v FROM assessments WHERE status != 'submitted' AND framework_version != ?",
      )
      .all(current) as { id: number; v: string }[];
    for (const a of open) {
      if (!mappingPath(a.v, current)) continue; // no declared path (e.g. a test version): leave it
      const from = mappedFrom(a.v, current);
      const responses = sqlite.prepare("SELECT id FROM responses WHERE assessment_id = ?").all(a.id) as {
        id: number;
      }[];
      for (const r of responses) {
        const rows = answersOf.all(r.id) as AnswerRow[];
        const old: AnswerMap = Object.fromEntries(rows.map((x) => [x.question_id, JSON.parse(x.value)]));
        const meta = new Map(rows.map((x) => [x.question_id, x]));
        const ins = sqlite.prepare(
          "INSERT INTO answer_archive (response_id, framework_version, question_id, value, archived_at) VALUES (?, ?, ?, ?, ?)",
        );
        for (const x of rows) ins.run(r.id, a.v, x.question_id, x.value, now);
        const mapped = mapAnswers(a.v, current, old);
        sqlite.prepare("DELETE FROM answers WHERE response_id = ?").run(r.id);
        const put = sqlite.prepare(
          "INSERT INTO answers (response_id, question_id, value, carried_over_from_cycle_id, confirmed_at, updated_by_user_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        );
        for (const [qid, v] of Object.entries(mapped)) {
          const m = meta.get(from.get(qid) ?? qid);
          put.run(
            r.id,
            qid,
            JSON.stringify(v),
            m?.carried_over_from_cycle_id ?? null,
            m?.confirmed_at ?? null,
            m?.updated_by_user_id ?? null,
            m?.updated_at ?? now,
          );
        }
        // An uploaded document follows its answer to the question's new id (for a split, the first
        // part that still asks for a document); one whose question is gone stays where it is.
        for (const [to, fromId] of from)
          if (to !== fromId && evidenceQuestions.has(to)) moveDocument.run(to, r.id, fromId);
        // A section with a question still to answer under the new version is not complete.
        const incomplete = new Set(scored.filter((q) => !mapped[q.id]).map((q) => sectionOf.get(q.id)!));
        for (const s of incomplete)
          sqlite.prepare("DELETE FROM section_completions WHERE response_id = ? AND section_id = ?").run(r.id, s);
      }
      sqlite
        .prepare("UPDATE assessments SET framework_version = ?, updated_at = ? WHERE id = ?")
        .run(current, now, a.id);
      sqlite
        .prepare(
          "INSERT INTO audit_log (at, action, target_type, target_id, outcome, detail) VALUES (?, 'framework.move', 'assessment', ?, 'success', ?)",
        )
        .run(now, String(a.id), JSON.stringify({ from: a.v, to: current }));
      moved++;
    }

    const submitted = sqlite
      .prepare(
        "SELECT id, framework_version AS v FROM assessments WHERE status = 'submitted' AND framework_version != ? AND (rescored_version IS NULL OR rescored_version != ?)",
      )
      .all(current, current) as { id: number; v: string }[];
    for (const a of submitted) {
      const r = sqlite
        .prepare("SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated'")
        .get(a.id) as { id: number } | undefined;
      const rows = r ? (answersOf.all(r.id) as AnswerRow[]) : [];
      const answers: AnswerMap = Object.fromEntries(rows.map((x) => [x.question_id, JSON.parse(x.value)]));
      const rescore = rescoreUnderCurrent(a.v, answers);
      if (!rescore) continue; // no declared path (e.g. a test version): leave it
      const scores = { ...rescore, computedAt: now };
      sqlite
        .prepare("UPDATE assessments SET rescored_snapshot = ?, rescored_version = ? WHERE id = ?")
        .run(JSON.stringify(scores), current, a.id);
      rescored++;
    }
  })();
  return { moved, rescored };
}
