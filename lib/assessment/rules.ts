// The self-assessment's pure rules: its sections and topics and their progress (for the task list),
// the rules for saving one answer, and the words for a refused start. No database, no React.
import { getQuestion } from "@/lib/framework";
import { notOfferedIn } from "@/lib/framework/levels";
import type { AnswerValue } from "@/lib/framework/types";
import type { AssessmentContext } from "@/lib/assessment/types";
import { deepFreeze } from "@/lib/cache/content-memo";

// ---- Sections and progress ----------------------------------------------------------------------
// The self-assessment's sections (the profile, then each dimension) and their topics — one topic
// per question page — derived from the framework, plus each section's progress for the task list.
// Pure functions: no database, no React.

export type SectionQuestion = { id: string; topic: { id: string; title: string }; optional?: boolean };
type FrameworkShape = {
  profile: ReadonlyArray<SectionQuestion>;
  dimensions: ReadonlyArray<{ id: string; name: string; questions: ReadonlyArray<SectionQuestion> }>;
};

export type Topic = { id: string; title: string; questionIds: string[] };
export type Section = {
  id: string;
  title: string;
  kind: "profile" | "dimension";
  topics: Topic[];
  questionIds: string[];
};

export const PROFILE_SECTION_ID = "profile";

function topicsOf(questions: ReadonlyArray<SectionQuestion>): Topic[] {
  const topics: Topic[] = [];
  for (const q of questions) {
    let topic = topics.find((t) => t.id === q.topic.id);
    if (!topic) topics.push((topic = { id: q.topic.id, title: q.topic.title, questionIds: [] }));
    topic.questionIds.push(q.id);
  }
  return topics;
}

// A framework's sections never change (a framework version is fixed), and every assessment page
// asks for them: worked out once per framework, frozen so that no caller can change the shared copy.
const sectionsByFramework = new WeakMap<FrameworkShape, Section[]>();

export function sectionsOf(framework: FrameworkShape): Section[] {
  let sections = sectionsByFramework.get(framework);
  if (!sections) sectionsByFramework.set(framework, (sections = deepFreeze(buildSections(framework))));
  return sections;
}

function buildSections(framework: FrameworkShape): Section[] {
  return [
    {
      id: PROFILE_SECTION_ID,
      title: "Partnership profile",
      kind: "profile",
      topics: topicsOf(framework.profile),
      questionIds: framework.profile.map((q) => q.id),
    },
    ...framework.dimensions.map((d) => ({
      id: d.id,
      title: d.name,
      kind: "dimension" as const,
      topics: topicsOf(d.questions),
      questionIds: d.questions.map((q) => q.id),
    })),
  ];
}

/**
 * `needsNewAnswer`: the answer chooses an option the partnership's level is not offered (its level
 * changed after the answer was given); it counts as neither answered nor complete.
 */
export type AnswerState = { answered: boolean; needsConfirmation: boolean; needsNewAnswer?: boolean };
export type SectionStatus = "not_started" | "in_progress" | "completed";
export type SectionProgress = {
  status: SectionStatus;
  answered: number;
  remaining: number;
  unconfirmed: number;
  needNewAnswer: number;
  canComplete: boolean;
};

/** `required` lists the questions that must be answered (optional ones may stay blank). */
export function sectionProgress(
  section: Section,
  answers: ReadonlyMap<string, AnswerState>,
  completed: boolean,
  isOptional: (questionId: string) => boolean = () => false,
): SectionProgress {
  let answered = 0;
  let remaining = 0;
  let unconfirmed = 0;
  let needNewAnswer = 0;
  for (const id of section.questionIds) {
    const a = answers.get(id);
    if (a?.answered && a.needsNewAnswer) needNewAnswer++;
    else if (a?.answered) answered++;
    else if (!isOptional(id)) remaining++;
    if (a?.needsConfirmation) unconfirmed++;
  }
  const canComplete = remaining === 0 && unconfirmed === 0 && needNewAnswer === 0;
  // A section marked complete that has since lost an answer or gained a carried-over one is
  // shown as in progress again, so that the task list never claims more than is true.
  const status: SectionStatus =
    completed && canComplete
      ? "completed"
      : answered > 0 || unconfirmed > 0 || needNewAnswer > 0
        ? "in_progress"
        : "not_started";
  return { status, answered, remaining, unconfirmed, needNewAnswer, canComplete };
}

/**
 * How far the whole self-review has come, as a percentage of the questions it needs: those answered
 * (and not waiting for a new answer) out of those answered plus those still to answer. Carried-over
 * answers count as answered; optional questions left blank count for neither.
 */
export function percentAnswered(sections: Iterable<Pick<SectionProgress, "answered" | "remaining" | "needNewAnswer">>) {
  let answered = 0;
  let needed = 0;
  for (const p of sections) {
    answered += p.answered;
    needed += p.answered + p.remaining + p.needNewAnswer;
  }
  return needed === 0 ? 0 : Math.floor((answered / needed) * 100);
}

/**
 * "Confirm all unchanged answers in this section": the carried-over answers that are still waiting
 * for confirmation and still valid (an answer the level rule now refuses, issue 15, needs a new
 * answer instead, so it is never confirmed wholesale). Answers already confirmed or changed are left alone.
 */
export function confirmableCarriedOver(
  section: Pick<Section, "questionIds">,
  answers: ReadonlyMap<string, { needsConfirmation: boolean; value: unknown }>,
  stillValid: (questionId: string, value: unknown) => boolean,
): string[] {
  return section.questionIds.filter((id) => {
    const a = answers.get(id);
    return !!a && a.needsConfirmation && stillValid(id, a.value);
  });
}

/** What the check page says after a confirm-all: how many were confirmed, and what is left. */
export function confirmedMessage(confirmed: number, left: number): string {
  const done =
    confirmed === 0
      ? "No answers needed confirming"
      : `${confirmed} answer${confirmed === 1 ? "" : "s"} carried over from last year ${confirmed === 1 ? "was" : "were"} confirmed`;
  const rest = left
    ? `. ${left} carried-over answer${left === 1 ? " was" : "s were"} left to check on ${left === 1 ? "its" : "their"} own page: give a new answer with Change.`
    : ".";
  return done + rest;
}

/** The page after `topicId` in this section, or null at the end (then: check your answers). */
export function nextTopic(section: Section, topicId: string): Topic | null {
  const i = section.topics.findIndex((t) => t.id === topicId);
  return i >= 0 && i + 1 < section.topics.length ? section.topics[i + 1]! : null;
}

export function previousTopic(section: Section, topicId: string): Topic | null {
  const i = section.topics.findIndex((t) => t.id === topicId);
  return i > 0 ? section.topics[i - 1]! : null;
}

/**
 * Whether a stored answer chooses an option the partnership's level is not offered (given before
 * its level changed): it keeps its score, and is shown as needing a new answer.
 */
export function needsNewAnswer(
  ctx: Pick<AssessmentContext, "framework" | "partnership">,
  questionId: string,
  value: AnswerValue,
): boolean {
  const question = getQuestion(ctx.framework, questionId);
  return !!question && notOfferedIn(question, value, ctx.partnership.level).length > 0;
}

// ---- Saving one answer -------------------------------------------------------------------------
// The rules for saving one answer, as pure functions: every save names the row version it was
// based on (0 for "there was no answer when I started"), and a save based on anything older
// than what is stored is refused, so that nobody's work is overwritten unseen.

export type StoredAnswer = { rowVersion: number; value: unknown; updatedByName: string | null; updatedAt: string };

export type SaveDecision =
  | { kind: "insert" }
  | { kind: "update"; nextVersion: number }
  | { kind: "unchanged" }
  | { kind: "conflict"; current: StoredAnswer };

/** Same JSON value, key order aside: saving what is already stored changes nothing. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v as Record<string, unknown>)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

export function decideSave(
  stored: StoredAnswer | null,
  baseVersion: number,
  value: unknown,
  needsConfirmation = false,
): SaveDecision {
  if (!stored)
    return baseVersion === 0
      ? { kind: "insert" }
      : { kind: "conflict", current: { rowVersion: 0, value: null, updatedByName: null, updatedAt: "" } };
  if (stored.rowVersion !== baseVersion) {
    // Someone saved since this page loaded. If they saved exactly what this save says, there is
    // nothing to resolve.
    return sameValue(stored.value, value) && !needsConfirmation
      ? { kind: "unchanged" }
      : { kind: "conflict", current: stored };
  }
  if (sameValue(stored.value, value) && !needsConfirmation) return { kind: "unchanged" };
  return { kind: "update", nextVersion: stored.rowVersion + 1 };
}

// ---- A refused start ---------------------------------------------------------------------------
// Why "Start the self-review" was refused, as a code in the page's address
// (/partnerships/<id>?startError=<code>) and the words the page shows for it. Only these codes are
// ever shown: an address is anyone's to write, so text taken from it would let a link put any
// message on the page in the app's own red (issue 16, item 6).

export const NO_OPEN_CYCLE_MESSAGE = "No annual cycle is open, so the self-review cannot be started.";

export const START_ERRORS = {
  "no-open-cycle": NO_OPEN_CYCLE_MESSAGE,
  "signed-out": "Your session has ended. Sign in again, then start the self-review.",
  "not-found": "You cannot start the self-review of this partnership.",
  failed: "The self-review could not be started. Try again.",
} as const;

export type StartErrorCode = keyof typeof START_ERRORS;

/** The code for a refused start, from the action's result. */
export function startErrorCode(result: { code: string; message: string }): StartErrorCode {
  if (result.code === "signed-out") return "signed-out";
  if (result.code === "not-found") return "not-found";
  if (result.code === "invalid" && result.message === NO_OPEN_CYCLE_MESSAGE) return "no-open-cycle";
  return "failed";
}

/** The words for a code from the address; nothing for anything else. */
export function startErrorMessage(code: string | string[] | undefined): string | null {
  return typeof code === "string" && Object.hasOwn(START_ERRORS, code) ? START_ERRORS[code as StartErrorCode] : null;
}
