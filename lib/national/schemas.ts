import { z } from "zod";
import { idField } from "@/lib/forms/fields";

const isoDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

export const cycleSchema = z
  .strictObject({
    label: z
      .string()
      .trim()
      .regex(/^\d{4}\/\d{2}$/, { error: "Enter the label as a year pair, like 2027/28" }),
    opensOn: z.string().refine(isoDate, { error: "Enter a real date for when the cycle opens" }),
    closesOn: z.string().refine(isoDate, { error: "Enter a real date for when the cycle closes" }),
  })
  .refine((v) => !isoDate(v.opensOn) || !isoDate(v.closesOn) || v.closesOn > v.opensOn, {
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
