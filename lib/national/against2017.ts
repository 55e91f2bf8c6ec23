// Today's figures beside the 2017 report's (lib/framework/baseline2017.ts): wherever the report's
// text gives a number, a share or a rank, both are shown as numbers; its wording only where it
// gives none. Categories read in sentence case, not in the report's capitals. Pure: the counts
// come from lib/national/overview.server.ts.
import type { BaselineEntry } from "@/lib/framework/baseline2017";
import { ordinal } from "@/lib/national/rules";

/** Abbreviations among the report's categories, which keep their capitals. */
const ACRONYMS = new Set(
  (
    "LA LGA NGO NGOs NHS CPS OPCC LEP DHP CSP CSPs UKBA PVVP CAB NOMS FSNI HO HSE GLAA DWP NCA HMPS FBO UKVI " +
    "BAWSO HMRC IASC EMLGA ROCU GAIN"
  )
    .split(" ")
    .map((a) => a.toUpperCase()),
);

export const isAbbreviation = (word: string) => ACRONYMS.has(word);

/**
 * "LA (TOP TIER)" → "LA (top tier)", "PROGRESS MONITORING AND ACCOUNTABILITY" → "Progress monitoring
 * and accountability", "INFO−SHARING" → "Info−sharing". A label already in mixed case ("Home
 * Office") is left as it is: only the report's capitals are the problem.
 */
export function sentenceCase(label: string): string {
  if (label !== label.toUpperCase() || !/[A-Z]/.test(label)) return label;
  const lower = label.replace(/[A-Z]+/g, (w) => (ACRONYMS.has(w) ? w : w.toLowerCase()));
  return lower.replace(/^[^a-zA-Z]*[a-z]/, (m) => m.toUpperCase());
}

export type FigureRow = { label: string; optionIds: string[]; n: number; share: number };

/** One comparison: what 2017 says as a number, and the same measure today. */
export type Against2017 = {
  entryId: string;
  /** What is compared, in words ("Police", "Types of member organisation"). */
  what: string;
  y2017: string;
  today: string;
  /** The 2017 bound as a share (0–100), for the marker on a share bar. */
  marker?: number;
};

export type FigureComparison = {
  rows: (FigureRow & { category: string; rank: number })[];
  numbers: Against2017[];
  /** The report's statements that give no number, in its words. */
  wording: string[];
};

/** Statements about several categories at once, compared category by category. */
const SEVERAL: Record<string, string[]> = {
  "activities.top_three": ["intelligence", "training", "awareness"],
};
/** Statements about having any of a figure's answers but "none". */
const ANY_BUT_NONE = new Set(["governance.documents"]);

const pct = (x: number) => `${Math.round(x * 100)}%`;

function shareIn2017(v: Extract<BaselineEntry["value"], { kind: "share" }>): string {
  if (v.lowerBound !== undefined && v.upperBound !== undefined) return `${pct(v.lowerBound)}–${pct(v.upperBound)}`;
  if (v.lowerBound !== undefined) return `over ${pct(v.lowerBound)}`;
  if (v.upperBound !== undefined) return `under ${pct(v.upperBound)}`;
  return v.phrase;
}

/**
 * A figure's rows (most common first) with their rank and sentence-case names, and its 2017
 * statements as numbers beside today's. `optionLabel` names an option nobody chose today (no row);
 * `withAnyButNone` counts the respondents who chose something other than "none".
 */
export function compareFigure(input: {
  /** The figure's question: a statement about another question is quoted, not compared here. */
  questionId: string;
  rows: FigureRow[];
  respondents: number;
  withAnyButNone: number;
  entries: BaselineEntry[];
  optionLabel: (optionId: string) => string;
}): FigureComparison {
  const { respondents } = input;
  // Competition ranking: equal counts share a rank ("1st, 2nd, 2nd, 4th").
  const rows = input.rows.map((r) => ({
    ...r,
    category: sentenceCase(r.label),
    rank: 1 + input.rows.filter((x) => x.n > r.n).length,
  }));
  const rowFor = (option: string) => rows.find((r) => r.optionIds.includes(option));
  const todayShare = (option: string) => {
    const r = rowFor(option);
    return r ? `${r.share}% (${r.n} of ${respondents})` : `0% (0 of ${respondents})`;
  };
  const nameOf = (option: string) => rowFor(option)?.category ?? sentenceCase(input.optionLabel(option));
  const numbers: Against2017[] = [];
  const wording: string[] = [];
  for (const e of input.entries) {
    const v = e.value;
    if (e.compareWith && e.compareWith.question !== input.questionId) {
      wording.push(e.statement);
      continue;
    }
    const option = e.compareWith?.option;
    const several = SEVERAL[e.id];
    if (v.kind === "share" && several) {
      for (const o of several)
        numbers.push({ entryId: e.id, what: nameOf(o), y2017: shareIn2017(v), today: todayShare(o), marker: bound(v) });
    } else if (v.kind === "share" && option) {
      numbers.push({
        entryId: e.id,
        what: nameOf(option),
        y2017: shareIn2017(v),
        today: todayShare(option),
        marker: bound(v),
      });
    } else if (v.kind === "share" && ANY_BUT_NONE.has(e.id)) {
      numbers.push({
        entryId: e.id,
        what: "Any of these (not “none”)",
        y2017: shareIn2017(v),
        today: respondents
          ? `${Math.round((100 * input.withAnyButNone) / respondents)}% (${input.withAnyButNone} of ${respondents})`
          : "no answers yet",
        marker: bound(v),
      });
    } else if (v.kind === "rank" && option) {
      const r = rowFor(option);
      numbers.push({
        entryId: e.id,
        what: nameOf(option),
        y2017: `${ordinal(v.rank)} most common`,
        today: r ? `${ordinal(r.rank)} most common` : "not chosen",
      });
    } else if (v.kind === "relative" && option) {
      const r = rowFor(option);
      const ref = rows.find((x) => x.label.toUpperCase() === v.relativeTo.toUpperCase());
      numbers.push({
        entryId: e.id,
        what: `${nameOf(option)} as a share of ${sentenceCase(v.relativeTo)}`,
        y2017: `under ${pct(v.upperBound)}`,
        today: ref
          ? `${Math.round((100 * (r?.n ?? 0)) / ref.n)}% (${r?.n ?? 0} to ${ref.n})`
          : `no ${sentenceCase(v.relativeTo)}`,
      });
    } else if (v.kind === "count" && e.compareWith && !option) {
      numbers.push({
        entryId: e.id,
        what: "Types of organisation named",
        y2017: `${v.qualifier ? `${v.qualifier} ` : ""}${v.n}`,
        today: String(rows.length),
      });
    } else wording.push(e.statement);
  }
  return { rows, numbers, wording };
}

function bound(v: Extract<BaselineEntry["value"], { kind: "share" }>): number | undefined {
  const b = v.lowerBound ?? v.upperBound;
  return b === undefined ? undefined : Math.round(b * 100);
}
