// Inputs of the self-assessment's server actions. The answer value itself is checked against its
// question with the framework's schema (answerValueSchemaFor), on the client and the server.
import { z } from "zod";
import { ID_PATTERN } from "@/lib/domain/ids";

const id = z.string().regex(ID_PATTERN, { error: "Not a valid reference" });

export const startAssessmentSchema = z.strictObject({ partnershipId: id });

export const saveAnswerSchema = z.strictObject({
  assessmentId: id,
  questionId: z.string().regex(/^[a-z0-9_.-]{1,80}$/i, { error: "Not a valid question" }),
  value: z.unknown(),
  baseVersion: z.number().int().min(0).max(1_000_000),
});
export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;

export const sectionCompleteSchema = z.strictObject({
  assessmentId: id,
  sectionId: z.string().regex(/^[a-z0-9_.-]{1,80}$/i, { error: "Not a valid section" }),
  complete: z.enum(["yes", "no"], { error: "Select whether you have completed this section" }),
});
export type SectionCompleteInput = z.input<typeof sectionCompleteSchema>;

/** "Confirm all unchanged answers in this section" on the section's check page. */
export const confirmSectionSchema = z.strictObject({
  assessmentId: id,
  sectionId: z.string().regex(/^[a-z0-9_.-]{1,80}$/i, { error: "Not a valid section" }),
});
export type ConfirmSectionInput = z.input<typeof confirmSectionSchema>;

export const assessmentIdSchema = z.strictObject({ assessmentId: id });
