// Types of the maturity framework: versioned data (dimensions, stages, questions, conditions,
// recommendations) plus the shape of answers. Everything here is plain JSON-serialisable data so
// that a framework version can be published, diffed and frozen.

/** The two seed documents the framework rests on. */
export type DocId = "IASC2017" | "VanDyke2017" | "HomeOffice2014";

/** The two seed documents whose text is held (quotes from them are checked word for word). */
export const SEED_DOCS: DocId[] = ["IASC2017", "VanDyke2017"];

export const DOCUMENTS: Record<DocId, { title: string; authors: string; year: number }> = {
  IASC2017: {
    title: "Collaborating for freedom: anti-slavery partnerships in the UK",
    authors: "Independent Anti-Slavery Commissioner & University of Nottingham",
    year: 2017,
  },
  VanDyke2017: {
    title:
      "Thinking Outside the Box: Developing Multi-agency and Multidisciplinary Partnerships to tackle Modern Slavery in England (European Review of Organised Crime 4(2))",
    authors: "Ruth Van Dyke",
    year: 2017,
  },
  // Not among the seed documents: the report names its four Ps as this strategy's organising
  // principles (Glossary), and framework 2026.2 places practices by the strategy's definitions.
  HomeOffice2014: {
    title: "Modern Slavery Strategy",
    authors: "HM Government (Home Office)",
    year: 2014,
  },
};

/** Where a question, stage descriptor or recommendation comes from. `quote` is verbatim text. */
export interface Source {
  doc: DocId;
  section: string;
  quote?: string;
}

/**
 * The partnership levels of the report's mapping (IASC 2017, "Mapping anti-slavery partnerships"),
 * plus its Appendix 1's "other arrangements". The same codes as a partnership's stored level
 * (lib/domain/enums.ts; lib/framework imports nothing of ours, so a test keeps the two equal).
 */
export const LEVELS = ["local", "sub_regional", "regional", "national", "other"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Where a "Done at … level for us" option is offered: only to partnerships with a level above
 * their own at which the report says the function can be carried out. Anywhere else it is not
 * shown, and an answer choosing it is refused.
 */
export interface LevelRule {
  offeredAt: Level[];
  /** When to choose the option, shown under it. */
  hint: string;
  /** Label and hint at a level where the general ones would name the partnership's own level. */
  at?: Partial<Record<Level, { label: string; hint: string }>>;
  /** Where the report puts the function at a level above these partnerships. */
  source: Source;
}

export interface Option {
  id: string;
  label: string;
  /** Points for choosing this option (scored questions: 0–4; profile questions: always 0). */
  points: number;
  /** For profile questions: the category label exactly as the report's figure prints it. */
  reportLabel?: string;
  /** Multi choice: this option cannot be combined with any other (e.g. "None of these"). */
  exclusive?: boolean;
  /**
   * "Done at regional / national level for us": the function is carried out for this partnership
   * at another level, so it is left out of the score like "Not applicable" (framework 2026.2).
   */
  doneElsewhere?: boolean;
  /** A doneElsewhere option's levels (framework 2026.2): absent means offered at every level. */
  levels?: LevelRule;
}

export interface Topic {
  id: string;
  title: string;
}

interface QuestionBase {
  /** Stable id, "<dimension>.<name>" or "profile.<name>". Never reused for a different meaning. */
  id: string;
  text: string;
  /** Help text shown under the question. */
  hint?: string;
  /** Message shown when no answer is given, written for the person answering. */
  errorMessage: string;
  source: Source;
  /** Questions sharing a topic are shown together on one page (1–4 per topic). */
  topic: Topic;
  /** "Not applicable" may be chosen (excluded from the score). */
  allowNotApplicable: boolean;
  /** "Don't know" may be chosen (scored questions: always true). */
  allowDontKnow: boolean;
  /** Weight of the question in its dimension's score (default 1; framework 2026.2 onwards). */
  weight?: number;
}

export interface SingleQuestion extends QuestionBase {
  type: "single";
  options: Option[];
}

export interface MultiQuestion extends QuestionBase {
  type: "multi";
  options: Option[];
  /** Points are the sum of the selected options' points, capped at this. */
  maxPoints: number;
}

export interface YesNoQuestion extends QuestionBase {
  type: "yesno_evidence";
  /** Points for "yes" ("no" scores 0). */
  yesPoints: number;
  /** What evidence would show, e.g. "Title and date of the current terms of reference". */
  evidencePrompt?: string;
}

export interface NumberBand {
  /** Values at or above this earn `points` (the highest band reached applies). */
  atLeast: number;
  points: number;
}

export interface NumberQuestion extends QuestionBase {
  type: "number";
  min: number;
  max: number;
  integer: boolean;
  unit?: string;
  /** Scoring bands, ascending. Empty for unscored (profile) questions. */
  bands: NumberBand[];
}

export interface TextQuestion extends QuestionBase {
  type: "text";
  maxLength: number;
}

export type Question = SingleQuestion | MultiQuestion | YesNoQuestion | NumberQuestion | TextQuestion;
export type QuestionType = Question["type"];
/** Profile questions use the same shape; they carry no points and are never scored. */
export type ProfileQuestion = Question;

/** A predicate over answers, described as data so that it can be published. */
export type Predicate =
  /** single: the chosen option id; yesno_evidence: "yes" or "no". */
  | { question: string; is: string }
  /** The points the answer earns are at least this. */
  | { question: string; minPoints: number }
  /** Answered with a real answer that earns at most this many points (an explicit need). */
  | { question: string; maxPoints: number }
  /** multi: this option is among those selected. */
  | { question: string; includes: string }
  /** number: the value is at least this. */
  | { question: string; atLeast: number }
  | { allOf: Predicate[] }
  | { anyOf: Predicate[] }
  | { not: Predicate };

export interface StageCondition {
  id: string;
  /** What must be true, written as the thing to do, e.g. "Agree a current action plan". */
  text: string;
  /** What is needed, as a noun phrase for "… is needed for stage 3", e.g. "a current action plan". */
  needed?: string;
  requires: Predicate;
  source: Source;
}

export interface Stage {
  /** 1–5 */
  index: number;
  name: string;
  descriptor: string;
  /** Minimum dimension score (0–100) for this stage. */
  threshold: number;
  /** Conditions required to be at this stage (stages are cumulative: lower stages' too). */
  conditions: StageCondition[];
  source: Source;
}

export interface Dimension {
  id: string;
  name: string;
  summary: string;
  source: Source;
  stages: Stage[];
  questions: Question[];
}

/**
 * How answers become stages. "2026.1": "Don't know" scores 0 and fails conditions, every question
 * weighs the same. "bands-and-conditions" (2026.2): weighted score bands plus a few conditions;
 * "Don't know" is left out of the score, never holds a stage back and lowers coverage instead.
 */
export type ScoringModel = "2026.1" | "bands-and-conditions";

export interface Framework {
  version: string;
  /** Absent means "2026.1" (kept absent so that the released 2026.1 data does not change). */
  scoringModel?: ScoringModel;
  title: string;
  releasedOn: string;
  /** Test versions are kept out of listFrameworkVersions() unless asked for. */
  test?: boolean;
  dimensions: Dimension[];
  profile: ProfileQuestion[];
}

export type ReportRecommendationId = "L1" | "L2" | "L3" | "E1" | "E2" | "E3" | "E4" | "E5" | "A1" | "A2" | "F1" | "F2";

export interface ReportRecommendation {
  id: ReportRecommendationId;
  theme: "Leadership" | "Engagement" | "Accountability" | "Funding";
  text: string;
  source: Source;
  /** Who the report asks: national government and bodies, or partnerships themselves. */
  audience: "national" | "local";
  /** For a national ask: what a partnership can do locally to support it or make use of it. */
  localAction?: string;
}

export interface PracticeExample {
  name: string;
  summary: string;
  source: Source;
}

export interface Recommendation {
  id: string;
  text: string;
  reportRecommendation: ReportRecommendationId[];
  examples: PracticeExample[];
  source: Source;
  /** The dimension whose stage this recommendation helps raise. */
  dimension: string;
  /** The stage this recommendation helps reach (lower = more foundational). */
  targetStage: number;
  /** Stage conditions this recommendation addresses: it applies when any of them is unmet. */
  addresses: string[];
  /** It also applies when this is true of the answers (profile answers included). */
  appliesWhen?: Predicate;
  /** Why it fits this partnership when `appliesWhen` is what triggered it. */
  fitReason?: string;
  /** Ids of recommendations that should be acted on first when they also apply. */
  after?: string[];
  /**
   * An explicit need: true when the partnership has answered that this is not in place. A
   * recommendation for an explicit need is never left out, however far ahead of the stage it is.
   */
  need?: Predicate;
}

export type Evidence = { title?: string; date?: string; link?: string; note?: string };

export type AnswerValue =
  | { kind: "choice"; option: string }
  | { kind: "choices"; options: string[] }
  | { kind: "yesno"; answer: "yes" | "no"; evidence?: Evidence }
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "not_applicable" }
  | { kind: "dont_know" };

export type AnswerMap = Record<string, AnswerValue>;
