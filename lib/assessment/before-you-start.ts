// What the "before you start" page says about a self-review, derived from the framework's own data
// so that it never drifts from the questions: each section's size and a time estimate by one stated
// rule, and the documents the questions ask about. Pure: no database, no React.
import { getQuestion } from "@/lib/framework";
import type { Framework, Question, Source } from "@/lib/framework/types";
import type { Section } from "@/lib/assessment/rules";

/**
 * Minutes to answer one question, by what it asks: one choice or one number is quick; a list to
 * tick through takes longer; free text longest. A yes/no that asks for a document's title and date
 * takes longer again, to look the document up. Shown on the page as the rule it is.
 */
export const MINUTES_PER_QUESTION: Record<Question["type"], number> = {
  single: 1,
  number: 1,
  yesno_evidence: 1,
  multi: 2,
  text: 3,
};
export const EVIDENCE_LOOKUP_MINUTES = 2;
/** Estimates are rounded up to this many minutes: they are rough, and precision would mislead. */
export const ROUND_TO_MINUTES = 5;

export const TIME_RULE =
  `We estimate ${MINUTES_PER_QUESTION.single} minute for a question with one answer or a number, ` +
  `${MINUTES_PER_QUESTION.multi} minutes for a list to tick, ${MINUTES_PER_QUESTION.text} minutes for a written answer, ` +
  `and ${EVIDENCE_LOOKUP_MINUTES} minutes more where a question asks for a document’s title and date, ` +
  `then round each section up to the next ${ROUND_TO_MINUTES} minutes.`;

export function questionMinutes(q: Question): number {
  return MINUTES_PER_QUESTION[q.type] + (q.type === "yesno_evidence" && q.evidencePrompt ? EVIDENCE_LOOKUP_MINUTES : 0);
}

export function roundUpMinutes(minutes: number): number {
  return Math.max(ROUND_TO_MINUTES, Math.ceil(minutes / ROUND_TO_MINUTES) * ROUND_TO_MINUTES);
}

/** "5 minutes", "1 hour", "1 hour 25 minutes". */
export function describeMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h ? `${h} hour${h === 1 ? "" : "s"}` : "";
  const mins = m ? `${m} minute${m === 1 ? "" : "s"}` : "";
  return [hours, mins].filter(Boolean).join(" ") || "0 minutes";
}

export type SectionOverview = {
  id: string;
  title: string;
  kind: Section["kind"];
  questions: number;
  pages: number;
  minutes: number;
  /** The dimension's one-line summary (the profile has none). */
  summary: string | null;
};

export function sectionOverviews(framework: Framework, sections: Section[]): SectionOverview[] {
  return sections.map((s) => {
    const raw = s.questionIds.reduce((sum, id) => {
      const q = getQuestion(framework, id);
      return sum + (q ? questionMinutes(q) : 0);
    }, 0);
    return {
      id: s.id,
      title: s.title,
      kind: s.kind,
      questions: s.questionIds.length,
      pages: s.topics.length,
      minutes: roundUpMinutes(raw),
      summary: framework.dimensions.find((d) => d.id === s.id)?.summary ?? null,
    };
  });
}

export type DocumentToHand = {
  sectionTitle: string;
  question: string;
  /** What the question asks to be noted about the document. */
  note: string;
  source: Source;
};

/** Every document a question asks for the title and date of, in the order the questions come. */
export function documentsToHand(framework: Framework, sections: Section[]): DocumentToHand[] {
  return sections.flatMap((s) =>
    s.questionIds.flatMap((id) => {
      const q = getQuestion(framework, id);
      return q?.type === "yesno_evidence" && q.evidencePrompt
        ? [{ sectionTitle: s.title, question: q.text, note: q.evidencePrompt, source: q.source }]
        : [];
    }),
  );
}

/**
 * The governance documents the report names (its Glossary), as the profile question about them
 * lists them: the options a partnership can tick, without "None of these".
 */
export function governanceDocuments(framework: Framework): { labels: string[]; source: Source } | null {
  const q = getQuestion(framework, "profile.governance_documents");
  if (!q || q.type !== "multi") return null;
  return { labels: q.options.filter((o) => !o.exclusive).map((o) => o.label), source: q.source };
}
