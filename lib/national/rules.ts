// The national picture's pure rules: small statistics, and the addresses that carry the filters.
import type { NationalFilters } from "@/lib/national/schemas";

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Percentile rank of `value` among `peers` (0–100): the share of peers scoring lower, ties half. */
export function percentileRank(value: number, peers: number[]): number | null {
  if (!peers.length) return null;
  let below = 0;
  let equal = 0;
  for (const p of peers) {
    if (p < value) below++;
    else if (p === value) equal++;
  }
  return Math.round((100 * (below + equal / 2)) / peers.length);
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
