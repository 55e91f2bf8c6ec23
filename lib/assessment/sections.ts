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

export function sectionsOf(framework: FrameworkShape): Section[] {
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

/** The page after `topicId` in this section, or null at the end (then: check your answers). */
export function nextTopic(section: Section, topicId: string): Topic | null {
  const i = section.topics.findIndex((t) => t.id === topicId);
  return i >= 0 && i + 1 < section.topics.length ? section.topics[i + 1]! : null;
}

export function previousTopic(section: Section, topicId: string): Topic | null {
  const i = section.topics.findIndex((t) => t.id === topicId);
  return i > 0 ? section.topics[i - 1]! : null;
}
