// Inputs of the national pages: the annual cycles' forms (shared by the browser and the server
// actions) and the overview's filters from the query string.
import { z } from "zod";
import { NATIONS, PARTNERSHIP_LEVELS } from "@/lib/domain/enums";
import { idField, isIsoDate } from "@/lib/forms/fields";

export const cycleSchema = z
  .strictObject({
    label: z
      .string()
      .trim()
      .regex(/^\d{4}\/\d{2}$/, { error: "Enter the label as a year pair, like 2027/28" }),
    opensOn: z.iso.date({ error: "Enter a real date for when the cycle opens" }),
    closesOn: z.iso.date({ error: "Enter a real date for when the cycle closes" }),
  })
  // A date zod refused is reported as such, not also as out of order.
  .refine((v) => !isIsoDate(v.opensOn) || !isIsoDate(v.closesOn) || v.closesOn > v.opensOn, {
    error: "The closing date must be after the opening date",
    path: ["closesOn"],
  });
export type CycleInput = z.input<typeof cycleSchema>;

export const cycleStatusSchema = z.strictObject({
  cycleId: idField("a cycle"),
  status: z.enum(["open", "closed"]),
  // Opening and closing lock or unlock every self-review in the cycle: only ever on a confirmation.
  confirmed: z.literal("yes", { error: "Confirm that you want to change the cycle" }),
});

// ---- The national overview's filters, read from the query string and validated ---------------

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
