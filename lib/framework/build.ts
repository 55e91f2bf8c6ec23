// Small builders that keep the framework data readable. Data only; no scoring logic here.
import type {
  MultiQuestion,
  NumberBand,
  NumberQuestion,
  Option,
  Predicate,
  SingleQuestion,
  Source,
  Stage,
  StageCondition,
  TextQuestion,
  Topic,
  YesNoQuestion,
} from "./types";

export const iasc = (section: string, quote?: string): Source =>
  quote === undefined ? { doc: "IASC2017", section } : { doc: "IASC2017", section, quote };
export const vd = (section: string, quote?: string): Source =>
  quote === undefined ? { doc: "VanDyke2017", section } : { doc: "VanDyke2017", section, quote };

export const topic = (id: string, title: string): Topic => ({ id, title });

export interface Common {
  hint?: string;
  errorMessage: string;
  source: Source;
  allowNotApplicable?: boolean;
  /** Scored questions always allow Don't know; profile questions only when set. */
  allowDontKnow?: boolean;
}

type OptionSpec = [
  id: string,
  label: string,
  points: number,
  extra?: Partial<Pick<Option, "exclusive" | "reportLabel" | "doneElsewhere" | "levels">>,
];

const opts = (specs: OptionSpec[]): Option[] =>
  specs.map(([id, label, points, extra]) => ({ id, label, points, ...(extra ?? {}) }));

const base = (id: string, t: Topic, text: string, c: Common, scored: boolean) => ({
  id,
  text,
  ...(c.hint ? { hint: c.hint } : {}),
  errorMessage: c.errorMessage,
  source: c.source,
  topic: t,
  allowNotApplicable: c.allowNotApplicable ?? false,
  allowDontKnow: scored ? true : (c.allowDontKnow ?? false),
});

export function single(
  id: string,
  t: Topic,
  text: string,
  options: OptionSpec[],
  c: Common,
  scored = true,
): SingleQuestion {
  return { ...base(id, t, text, c, scored), type: "single", options: opts(options) };
}

export function multi(
  id: string,
  t: Topic,
  text: string,
  options: OptionSpec[],
  maxPoints: number,
  c: Common,
  scored = true,
): MultiQuestion {
  return { ...base(id, t, text, c, scored), type: "multi", options: opts(options), maxPoints };
}

export function yesno(id: string, t: Topic, text: string, c: Common & { evidencePrompt?: string }): YesNoQuestion {
  return {
    ...base(id, t, text, c, true),
    type: "yesno_evidence",
    yesPoints: 4,
    ...(c.evidencePrompt ? { evidencePrompt: c.evidencePrompt } : {}),
  };
}

export function num(
  id: string,
  t: Topic,
  text: string,
  spec: { min: number; max: number; integer: boolean; unit?: string; bands: NumberBand[] },
  c: Common,
  scored = true,
): NumberQuestion {
  return {
    ...base(id, t, text, c, scored),
    type: "number",
    min: spec.min,
    max: spec.max,
    integer: spec.integer,
    ...(spec.unit ? { unit: spec.unit } : {}),
    bands: spec.bands,
  };
}

export function text(id: string, t: Topic, textStr: string, maxLength: number, c: Common): TextQuestion {
  return { ...base(id, t, textStr, c, false), type: "text", maxLength };
}

export const cond = (id: string, textStr: string, requires: Predicate, source: Source): StageCondition => ({
  id,
  text: textStr,
  requires,
  source,
});

export const STAGE_NAMES = ["Forming", "Developing", "Established", "Embedded", "Leading"] as const;
export const STAGE_THRESHOLDS = [0, 20, 40, 60, 80] as const;

/** Five stages from descriptors and per-stage conditions (index 0 = Forming, which has none). */
export function stages(
  descriptors: [string, Source][],
  conditions: [StageCondition[], StageCondition[], StageCondition[], StageCondition[]],
): Stage[] {
  if (descriptors.length !== 5) throw new Error("A dimension needs five stage descriptors");
  return descriptors.map(([descriptor, source], i) => ({
    index: i + 1,
    name: STAGE_NAMES[i]!,
    descriptor,
    threshold: STAGE_THRESHOLDS[i]!,
    conditions: i === 0 ? [] : conditions[i - 1]!,
    source,
  }));
}

/** Deep-freeze released data so that nothing can change it at run time. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
