// Seeded generation of random valid assessments, for the benchmark and tests. Pure: the same seed
// gives the same assessments.
import type { AnswerMap, AnswerValue, Framework, Question } from "./types";

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomAnswer(q: Question, rnd: () => number): AnswerValue | undefined {
  const r = rnd();
  if (r < 0.05) return undefined; // not yet answered
  if (r < 0.1 && q.allowDontKnow) return { kind: "dont_know" };
  if (r < 0.15 && q.allowNotApplicable) return { kind: "not_applicable" };
  switch (q.type) {
    case "single":
      return { kind: "choice", option: q.options[Math.floor(rnd() * q.options.length)]!.id };
    case "multi": {
      const exclusive = q.options.filter((o) => o.exclusive);
      if (exclusive.length && rnd() < 0.15)
        return { kind: "choices", options: [exclusive[Math.floor(rnd() * exclusive.length)]!.id] };
      const picked = q.options.filter((o) => !o.exclusive && rnd() < 0.5).map((o) => o.id);
      const fallback = q.options.find((o) => !o.exclusive) ?? q.options[0]!;
      return { kind: "choices", options: picked.length ? picked : [fallback.id] };
    }
    case "yesno_evidence":
      return rnd() < 0.5
        ? { kind: "yesno", answer: "no" }
        : { kind: "yesno", answer: "yes", evidence: { title: "Document", date: "2026-01-15" } };
    case "number": {
      const v = q.min + rnd() * Math.min(q.max - q.min, 60);
      return { kind: "number", value: q.integer ? Math.round(v) : Math.round(v * 2) / 2 };
    }
    case "text":
      return { kind: "text", value: "Notes" };
  }
}

export function randomAssessment(framework: Framework, rnd: () => number): AnswerMap {
  const out: AnswerMap = {};
  for (const d of framework.dimensions)
    for (const q of d.questions) {
      const a = randomAnswer(q, rnd);
      if (a) out[q.id] = a;
    }
  for (const q of framework.profile) {
    const a = randomAnswer(q, rnd);
    if (a) out[q.id] = a;
  }
  return out;
}

export function randomAssessments(framework: Framework, count: number, seed: number): AnswerMap[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, () => randomAssessment(framework, rnd));
}
