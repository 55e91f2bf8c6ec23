// Question pages for tests that answer questions directly: a started self-review (written to the
// database, as the start page would), the page that holds a question of a given type, and the
// answer stored for a question.
import { db, queryOne } from "./fixtures";
import { getFramework } from "../lib/framework";
import { sectionsOf } from "../lib/assessment/rules";
import type { Question } from "../lib/framework/types";

export function startedAssessment(partnershipId: number): number {
  const conn = db();
  try {
    const cycle = conn.prepare("SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on DESC").get() as {
      id: number;
    };
    const id = Number(
      conn
        .prepare("INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, ?)")
        .run(partnershipId, cycle.id, getFramework()!.version).lastInsertRowid,
    );
    conn.prepare("INSERT INTO responses (assessment_id, kind) VALUES (?, 'consolidated')").run(id);
    return id;
  } finally {
    conn.close();
  }
}

/** The question page holding the first question of a type, and the question. */
export function pageOf<T extends Question["type"]>(type: T) {
  const fw = getFramework()!;
  const all: Question[] = [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)];
  const question = all.find((q) => q.type === type) as Extract<Question, { type: T }>;
  for (const section of sectionsOf(fw))
    for (const topic of section.topics)
      if (topic.questionIds.includes(question.id)) return { question, path: `${section.id}/${topic.id}` };
  throw new Error(`no page holds a ${type} question`);
}

export const storedAnswer = (assessmentId: number, questionId: string) =>
  queryOne<{ value: string }>(
    "SELECT a.value FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? AND r.kind = 'consolidated' AND a.question_id = ?",
    assessmentId,
    questionId,
  );

/** A page that asks one question, of one choice (so that "Save and continue" needs only that answer). */
export function onePageOneChoice() {
  const fw = getFramework()!;
  for (const section of sectionsOf(fw))
    for (const topic of section.topics) {
      const [only, ...more] = topic.questionIds.map((id) =>
        fw.dimensions.flatMap((d) => d.questions).find((q) => q.id === id),
      );
      if (only?.type === "single" && more.length === 0) return { question: only, path: `${section.id}/${topic.id}` };
    }
  throw new Error("no page asks a single one-choice question");
}
