// The national overview's filters, read from the query string and validated.
import { z } from "zod";
import { NATIONS, PARTNERSHIP_LEVELS } from "@/lib/domain/enums";

export const nationalFiltersSchema = z.object({
  level: z.enum(PARTNERSHIP_LEVELS).optional().catch(undefined),
  nation: z.enum(NATIONS).optional().catch(undefined),
  force: z
    .string()
    .regex(/^[a-z-]{2,40}$/)
    .optional()
    .catch(undefined),
  region: z.string().max(60).optional().catch(undefined),
  validated: z.enum(["yes", "no"]).optional().catch(undefined),
});
export type NationalFilters = z.infer<typeof nationalFiltersSchema>;

export function readFilters(params: Record<string, string | string[] | undefined>): NationalFilters {
  const one = (k: string) => (typeof params[k] === "string" && params[k] !== "" ? (params[k] as string) : undefined);
  return nationalFiltersSchema.parse({
    level: one("level"),
    nation: one("nation"),
    force: one("force"),
    region: one("region"),
    validated: one("validated"),
  });
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
