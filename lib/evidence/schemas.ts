// Removing an evidence document (shared by the button and its server action).
import { z } from "zod";
import { idField } from "@/lib/forms/fields";

export const removeDocumentSchema = z.strictObject({
  assessmentId: idField("a self-review"),
  questionId: z.string().regex(/^[a-z0-9_.-]{1,80}$/, { error: "Select a question of the self-review" }),
});
export type RemoveDocumentInput = z.input<typeof removeDocumentSchema>;
