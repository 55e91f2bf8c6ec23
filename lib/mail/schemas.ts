// The chaser form on the submission tracker (shared by the form and its server action).
import { z } from "zod";
import { idField } from "@/lib/forms/fields";

export const chaserSchema = z.strictObject({
  cycleId: idField("a cycle"),
  partnershipIds: z
    .array(z.string().regex(/^[1-9]\d{0,9}$/, { error: "Select partnerships from the list" }))
    .min(1, { error: "Select at least one partnership to send a reminder to" })
    .max(500, { error: "Select at most 500 partnerships" }),
});
export type ChaserInput = z.input<typeof chaserSchema>;
