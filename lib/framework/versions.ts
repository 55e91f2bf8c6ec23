// Framework versions. A released version never changes: its data is deep-frozen and its checksum
// is pinned in RELEASED_CHECKSUMS (a test fails if the data changes). A later version declares how
// each question id of the previous version maps forward (kept, renamed, split, removed; new ids are
// declared added), so that last year's answers can be rolled forward and rescored under this
// year's rules: that keeps year-on-year comparison valid at dimension level.
import { deepFreeze } from "./build";
import { FRAMEWORK_TEST_1, FRAMEWORK_TEST_2 } from "./test-versions";
import { NOT_APPLICABLE_KEY, VERSION_MAPPINGS, type VersionMapping } from "./version-mappings";
import { DIMENSIONS_2026_1 } from "./dimensions-2026-1";
import { DIMENSIONS_2026_2 } from "./dimensions-2026-2";
import { PROFILE_2026_1 } from "./profile";
import { scoreAssessment } from "./scoring";
import type { AnswerMap, AnswerValue, Framework } from "./types";

export const FRAMEWORK_2026_1: Framework = deepFreeze({
  version: "2026.1",
  title: "Anti-Slavery Partnership Maturity Framework",
  releasedOn: "2026-04-01",
  dimensions: DIMENSIONS_2026_1,
  profile: PROFILE_2026_1,
});

export const FRAMEWORK_2026_2: Framework = deepFreeze({
  version: "2026.2",
  scoringModel: "bands-and-conditions",
  title: "Anti-Slavery Partnership Maturity Framework",
  releasedOn: "2026-12-03",
  dimensions: DIMENSIONS_2026_2,
  profile: PROFILE_2026_1,
});

const FRAMEWORKS: Framework[] = [FRAMEWORK_2026_1, FRAMEWORK_2026_2, FRAMEWORK_TEST_1, FRAMEWORK_TEST_2];

/** Pinned checksums of released versions: a released version never changes. */
export const RELEASED_CHECKSUMS: Record<string, string> = {
  "2026.1": "5728ff3f96d39c74",
  // Re-pinned once, on 2026-12-03, the day 2026.2 was merged and before any release of it was cut
  // (issue 15 still open): its "Done at … level for us" options gained their level rules, and the
  // hints naming them moved onto the options. No answer's value or score changes; an answer that a
  // partnership's level is not offered keeps its score and is flagged for a new answer. From here
  // on, 2026.2 never changes. (docs/framework-method.md, "Level-aware".)
  "2026.2": "d1bf07c4bb6c2332",
  "test-1": "a66f7c7d084275a7",
  "test-2": "51f16567adcc91b4",
};

export function allFrameworks(includeTest = false): Framework[] {
  return FRAMEWORKS.filter((f) => includeTest || !f.test);
}

export function findFramework(version: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.version === version);
}

/** Canonical JSON (sorted keys) of any value. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

/** A content checksum of a framework (two FNV-1a 32-bit hashes of its canonical JSON, hex). */
export function frameworkChecksum(f: Framework): string {
  const s = canonicalJson(f);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (i & 0xff), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** The chain of mappings from one version to another (forward only), or undefined. */
export function mappingPath(fromVersion: string, toVersion: string): VersionMapping[] | undefined {
  if (fromVersion === toVersion) return [];
  const path: VersionMapping[] = [];
  let cur = fromVersion;
  const seen = new Set<string>();
  while (cur !== toVersion) {
    if (seen.has(cur)) return undefined;
    seen.add(cur);
    const m = VERSION_MAPPINGS.find((x) => x.from === cur);
    if (!m) return undefined;
    path.push(m);
    cur = m.to;
  }
  return path;
}

function translateChoice(a: AnswerValue, optionMap: Record<string, string> | undefined): AnswerValue {
  if (!optionMap) return a;
  if (a.kind === "not_applicable" && optionMap[NOT_APPLICABLE_KEY])
    return { kind: "choice", option: optionMap[NOT_APPLICABLE_KEY] };
  if (a.kind === "choice") return { kind: "choice", option: optionMap[a.option] ?? a.option };
  if (a.kind === "choices") return { kind: "choices", options: a.options.map((o) => optionMap[o] ?? o) };
  return a;
}

function applyMapping(m: VersionMapping, answers: AnswerMap): AnswerMap {
  const out: AnswerMap = {};
  for (const q of m.questions) {
    switch (q.kind) {
      case "kept":
        if (answers[q.id]) out[q.id] = translateChoice(answers[q.id]!, q.optionMap);
        break;
      case "renamed":
        if (answers[q.from]) out[q.to] = translateChoice(answers[q.from]!, q.optionMap);
        break;
      case "split": {
        const a = answers[q.from];
        if (!a) break;
        for (const t of q.to) {
          if (!t.optionMap) {
            out[t.id] = a;
            continue;
          }
          const key = a.kind === "choice" ? a.option : a.kind === "yesno" ? a.answer : a.kind;
          const v = t.optionMap[key];
          if (v)
            out[t.id] = v.kind === "yesno" && a.kind === "yesno" && a.evidence ? { ...v, evidence: a.evidence } : v;
          else if (a.kind === "not_applicable" || a.kind === "dont_know") out[t.id] = a;
        }
        break;
      }
      case "removed":
      case "added":
        break;
    }
  }
  return out;
}

/**
 * For each question id of `toVersion`, the id of `fromVersion` its answer comes from (kept,
 * renamed or split); added questions have none.
 */
export function mappedFrom(fromVersion: string, toVersion: string): Map<string, string> {
  const path = mappingPath(fromVersion, toVersion);
  if (!path) throw new Error(`No mapping from framework ${fromVersion} to ${toVersion}`);
  let back = new Map<string, string>();
  path.forEach((m, i) => {
    const step = new Map<string, string>();
    for (const q of m.questions) {
      if (q.kind === "kept") step.set(q.id, q.id);
      if (q.kind === "renamed") step.set(q.to, q.from);
      if (q.kind === "split") for (const t of q.to) step.set(t.id, q.from);
    }
    if (i === 0) back = step;
    else {
      const next = new Map<string, string>();
      for (const [to, mid] of step) if (back.has(mid)) next.set(to, back.get(mid)!);
      back = next;
    }
  });
  return back;
}

/**
 * Roll answers forward from one version to a later one. Profile answers with ids that still
 * exist are carried over unchanged. Throws if there is no declared path.
 */
export function mapAnswers(fromVersion: string, toVersion: string, answers: AnswerMap): AnswerMap {
  const path = mappingPath(fromVersion, toVersion);
  if (!path) throw new Error(`No mapping from framework ${fromVersion} to ${toVersion}`);
  let cur = answers;
  for (const m of path) {
    const next = applyMapping(m, cur);
    const target = findFramework(m.to);
    for (const q of target?.profile ?? []) if (cur[q.id] && !next[q.id]) next[q.id] = cur[q.id]!;
    cur = next;
  }
  return cur;
}

export interface DimensionComparison {
  dimensionId: string;
  name: string;
  /** Last year's answers rolled forward and scored under this year's version. */
  previousScore: number | null;
  currentScore: number | null;
  change: number | null;
  previousStage: number;
  currentStage: number;
}

/** Year-on-year comparison at dimension level, both years scored under the later version. */
export function compareDimensions(
  previous: { version: string; answers: AnswerMap },
  current: { version: string; answers: AnswerMap },
): DimensionComparison[] {
  const fw = findFramework(current.version);
  if (!fw) throw new Error(`Unknown framework version ${current.version}`);
  const prevAnswers = mapAnswers(previous.version, current.version, previous.answers);
  const a = scoreAssessment(fw, prevAnswers);
  const b = scoreAssessment(fw, current.answers);
  return fw.dimensions.map((d, i) => {
    const p = a.dimensions[i]!;
    const c = b.dimensions[i]!;
    return {
      dimensionId: d.id,
      name: d.name,
      previousScore: p.score,
      currentScore: c.score,
      change: p.score === null || c.score === null ? null : c.score - p.score,
      previousStage: p.stage.index,
      currentStage: c.stage.index,
    };
  });
}
