// Points and conditions: what one answer earns, and whether a predicate on the answers holds
// (true, false, or not known yet). Pure; scoring.ts adds them up per dimension.
import type { AnswerMap, AnswerValue, Framework, Predicate, Question } from "./types";

/** The most points a question can earn (0 for unscored questions). */
export function maxPoints(q: Question): number {
  switch (q.type) {
    case "single":
      return q.options.reduce((m, o) => Math.max(m, o.points), 0);
    case "multi":
      return Math.min(
        q.maxPoints,
        q.options.reduce((s, o) => s + o.points, 0),
      );
    case "yesno_evidence":
      return q.yesPoints;
    case "number":
      return q.bands.reduce((m, b) => Math.max(m, b.points), 0);
    case "text":
      return 0;
  }
}

export function isScored(q: Question): boolean {
  return maxPoints(q) > 0;
}

const optionPointsCache = new WeakMap<Question, Map<string, number>>();
function optionPoints(q: Question & { options: { id: string; points: number }[] }): Map<string, number> {
  let m = optionPointsCache.get(q);
  if (!m) {
    m = new Map(q.options.map((o) => [o.id, o.points]));
    optionPointsCache.set(q, m);
  }
  return m;
}

/**
 * Points an answer earns, or null when the answer does not fit the question (wrong kind) or is
 * N/A / Don't know (callers handle those separately).
 */
export function answerPoints(q: Question, a: AnswerValue | undefined): number | null {
  if (!a) return null;
  switch (q.type) {
    case "single": {
      if (a.kind !== "choice") return null;
      return optionPoints(q).get(a.option) ?? null;
    }
    case "multi": {
      if (a.kind !== "choices") return null;
      const pts = optionPoints(q);
      let sum = 0;
      for (let i = 0; i < a.options.length; i++) {
        const id = a.options[i]!;
        if (a.options.indexOf(id) !== i) continue; // count a repeated option once
        const p = pts.get(id);
        if (p === undefined) return null;
        sum += p;
      }
      return Math.min(q.maxPoints, sum);
    }
    case "yesno_evidence":
      if (a.kind !== "yesno") return null;
      return a.answer === "yes" ? q.yesPoints : 0;
    case "number": {
      if (a.kind !== "number" || !Number.isFinite(a.value)) return null;
      let pts = 0;
      for (const b of q.bands) if (a.value >= b.atLeast && b.points > pts) pts = b.points;
      return pts;
    }
    case "text":
      return a.kind === "text" ? 0 : null;
  }
}

/** Question lookup across the framework (dimensions and profile), cached per framework object. */
const indexCache = new WeakMap<Framework, Map<string, Question>>();
export function questionIndex(framework: Framework): Map<string, Question> {
  let m = indexCache.get(framework);
  if (!m) {
    m = new Map();
    for (const d of framework.dimensions) for (const q of d.questions) m.set(q.id, q);
    for (const q of framework.profile) m.set(q.id, q);
    indexCache.set(framework, m);
  }
  return m;
}

/** True when the answer picks a "Done at regional / national level for us" option. */
export function isDoneElsewhere(q: Question, a: AnswerValue | undefined): boolean {
  if (!a) return false;
  if (q.type === "single" && a.kind === "choice") return q.options.some((o) => o.id === a.option && o.doneElsewhere);
  if (q.type === "multi" && a.kind === "choices")
    return a.options.some((id) => q.options.some((o) => o.id === id && o.doneElsewhere));
  return false;
}

/**
 * Evaluate a predicate with three values: true, false, or null when it cannot be known because a
 * question it rests on is unanswered or answered "Don't know". A leaf on a question answered "Not
 * applicable" (where allowed) or "Done at regional / national level for us" is true: the
 * requirement does not fall to this partnership. `maxPoints` leaves (explicit needs) are false
 * for those instead, since nothing is missing.
 */
export function evaluate3(framework: Framework, p: Predicate, answers: AnswerMap): boolean | null {
  if ("allOf" in p) {
    const v = p.allOf.map((x) => evaluate3(framework, x, answers));
    return v.includes(false) ? false : v.includes(null) ? null : true;
  }
  if ("anyOf" in p) {
    const v = p.anyOf.map((x) => evaluate3(framework, x, answers));
    return v.includes(true) ? true : v.includes(null) ? null : false;
  }
  if ("not" in p) {
    const v = evaluate3(framework, p.not, answers);
    return v === null ? null : !v;
  }
  const q = questionIndex(framework).get(p.question);
  const a = answers[p.question];
  if (!q) return false;
  if (!a || a.kind === "dont_know") return null;
  const excluded = (a.kind === "not_applicable" && q.allowNotApplicable) || isDoneElsewhere(q, a);
  if ("maxPoints" in p) {
    if (excluded || a.kind === "not_applicable") return false;
    const pts = answerPoints(q, a);
    return pts !== null && pts <= p.maxPoints;
  }
  if (a.kind === "not_applicable") return q.allowNotApplicable;
  if (excluded) return true;
  if ("is" in p) {
    if (a.kind === "choice") return a.option === p.is;
    if (a.kind === "yesno") return a.answer === p.is;
    return false;
  }
  if ("includes" in p) return a.kind === "choices" && a.options.includes(p.includes);
  if ("atLeast" in p) return a.kind === "number" && a.value >= p.atLeast;
  const pts = answerPoints(q, a);
  return pts !== null && pts >= p.minPoints;
}

/**
 * Evaluate a predicate (two-valued). A leaf predicate on a question answered "Not applicable" is
 * true when the question allows N/A (the requirement does not apply to this partnership); Don't
 * know, no answer, or an answer of the wrong kind is false.
 */
export function evaluate(framework: Framework, p: Predicate, answers: AnswerMap): boolean {
  if ("allOf" in p) return p.allOf.every((x) => evaluate(framework, x, answers));
  if ("anyOf" in p) return p.anyOf.some((x) => evaluate(framework, x, answers));
  if ("not" in p) return !evaluate(framework, p.not, answers);
  return evaluate3(framework, p, answers) === true;
}
