// The national picture's pure rules: small statistics, and the addresses that carry the filters.
import type { NationalFilters } from "@/lib/national/schemas";
import { LEVEL_LABELS, NATION_LABELS } from "@/lib/domain/labels";
import type { Nation, PartnershipLevel } from "@/lib/domain/enums";

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The fewest peers a percentile is shown against: below it a rank says little and can single out
 * a partnership ("0th percentile of 1"), so the benchmark says "too few peers to compare".
 */
export const MIN_PEER_GROUP = 5;

/**
 * Percentile rank of `value` among `peers` (0–100): the share of peers scoring lower, ties half;
 * null with fewer than MIN_PEER_GROUP peers.
 */
export function percentileRank(value: number, peers: number[]): number | null {
  if (peers.length < MIN_PEER_GROUP) return null;
  let below = 0;
  let equal = 0;
  for (const p of peers) {
    if (p < value) below++;
    else if (p === value) equal++;
  }
  return Math.round((100 * (below + equal / 2)) / peers.length);
}

/** A cycle's name as it appears in addresses: "2026/27" → "2026-27" (a slash would split the path). */
export function cycleSlug(label: string): string {
  return label.replace(/\//g, "-");
}

/**
 * The cycle an address names: by id ("12") or by name ("2026-27", or "2026/27" as typed), or
 * undefined. Names that look like ids are read as ids first.
 */
export function findCycle<C extends { id: number; label: string }>(
  cycles: C[],
  ref: string | undefined,
): C | undefined {
  if (!ref) return undefined;
  if (/^[1-9]\d{0,15}$/.test(ref)) {
    const byId = cycles.find((c) => c.id === Number(ref));
    if (byId) return byId;
  }
  return cycles.find((c) => c.label === ref || cycleSlug(c.label) === ref);
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st… */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Whole days from `today` to `date` (both yyyy-mm-dd); negative once past. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export function filtersQuery(f: NationalFilters): string {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
  return q.toString();
}

/** The CSV of one figure ("Figure 5", or "stages"), or of every figure, with the page's filters. */
export function figuresCsvHref(cycleId: number, filters: NationalFilters, figure?: string): string {
  const q = new URLSearchParams(filtersQuery(filters));
  if (figure) q.set("figure", figure);
  return `/api/national/${cycleId}/figures.csv?${q}`;
}

export type TrackerStatus = "not_started" | "in_progress" | "submitted" | "reviewed";

export const TRACKER_STATUS_LABELS: Record<TrackerStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  reviewed: "Reviewed",
};

/**
 * Where a partnership's self-review stands, from its status and whether a published peer review
 * is on it. A reopened self-review is in progress again, whatever it was before: it shows no
 * submission date and is chased like any other.
 */
export function trackerStatusOf(r: { status: string | null; reviewed: boolean }): TrackerStatus {
  if (r.status === "submitted") return r.reviewed ? "reviewed" : "submitted";
  return r.status ? "in_progress" : "not_started";
}

/** Not yet submitted: not started or in progress (the chaser, the report and the CSV list these). */
export function isNotSubmitted(r: { trackerStatus: TrackerStatus }): boolean {
  return r.trackerStatus === "not_started" || r.trackerStatus === "in_progress";
}

export type TrackerRow = {
  name: string;
  level: string;
  nation: string;
  trackerStatus: TrackerStatus;
  coordinators: { name: string; email: string }[];
  lastActivity: string | null;
  sectionsDone: number;
};

export const TRACKER_CSV_HEADER = [
  "cycle",
  "partnership",
  "level",
  "nation",
  "status",
  "coordinators",
  "coordinator_emails",
  "last_activity",
  "sections_complete",
  "days_to_deadline",
];

/** One tracker row as the CSV gives it: in words, as the page reads ("County / sub-regional", "Not started"). */
export function trackerCsvRow(
  cycleLabel: string,
  r: TrackerRow,
  sections: number,
  daysToDeadline: number,
): (string | number)[] {
  return [
    cycleLabel,
    r.name,
    LEVEL_LABELS[r.level as PartnershipLevel] ?? r.level,
    NATION_LABELS[r.nation as Nation] ?? r.nation,
    TRACKER_STATUS_LABELS[r.trackerStatus],
    r.coordinators.map((c) => c.name).join("; "),
    r.coordinators.map((c) => c.email).join("; "),
    r.lastActivity ? r.lastActivity.slice(0, 10) : "",
    `${r.sectionsDone} of ${sections}`,
    daysToDeadline,
  ];
}

/** How many partnerships the compare page puts side by side: more than six is unreadable. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/**
 * The partnerships chosen to compare, from the address's `p` values (checkboxes, or typed), with
 * the one clear error when there are too few or too many: nothing is compared then.
 */
export function compareSelection(raw: string | string[] | undefined): { ids: number[]; error?: string } {
  const ids = [
    ...new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).map(Number).filter((n) => Number.isInteger(n) && n > 0)),
  ];
  if (ids.length > COMPARE_MAX)
    return {
      ids,
      error: `Choose no more than ${COMPARE_MAX} partnerships to compare: you chose ${ids.length}. Untick ${ids.length - COMPARE_MAX}.`,
    };
  if (ids.length === 1) return { ids, error: `Choose at least ${COMPARE_MIN} partnerships to compare: you chose 1.` };
  return { ids };
}

/**
 * A dimension's mean coverage across partnerships in words, as the stage tables show it: "62%",
 * "62% (3 below 75%)", or null where nobody answered.
 */
export function describeCoverage(coverage: { mean: number | null; low: number } | null): string | null {
  if (coverage?.mean == null) return null;
  return `${coverage.mean}%${coverage.low ? ` (${coverage.low} below 75%)` : ""}`;
}

/** The overview's stage distribution as the stage table's rows (the overview's and the report's). */
export function stageTableRows(
  dimensions: {
    name: string;
    counts: number[];
    median: number | null;
    coverage: { mean: number | null; low: number } | null;
  }[],
): { name: string; counts: number[]; median: number | null; coverage: string | null }[] {
  return dimensions.map((d) => ({
    name: d.name,
    counts: d.counts,
    median: d.median,
    coverage: describeCoverage(d.coverage),
  }));
}
