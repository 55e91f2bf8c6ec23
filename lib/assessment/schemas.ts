// Inputs of the self-assessment's server actions. The answer value itself is checked against its
// question with the framework's schema (answerValueSchemaFor), on the client and the server.
import { z } from "zod";
import { ID_PATTERN } from "@/lib/domain/ids";

const id = z.string().regex(ID_PATTERN, { error: "Not a valid reference" });
// Question and section ids are the framework's own (letters, digits, "_", "." and "-").
const FRAMEWORK_ID = /^[a-z0-9_.-]{1,80}$/i;
const sectionId = z.string().regex(FRAMEWORK_ID, { error: "Not a valid section" });

export const startAssessmentSchema = z.strictObject({ partnershipId: id });

export const saveAnswerSchema = z.strictObject({
  assessmentId: id,
  questionId: z.string().regex(FRAMEWORK_ID, { error: "Not a valid question" }),
  value: z.unknown(),
  baseVersion: z.number().int().min(0).max(1_000_000),
});
export type SaveAnswerInput = z.input<typeof saveAnswerSchema>;

export const sectionCompleteSchema = z.strictObject({
  assessmentId: id,
  sectionId,
  complete: z.enum(["yes", "no"], { error: "Select whether you have completed this section" }),
});
export type SectionCompleteInput = z.input<typeof sectionCompleteSchema>;

/** "Confirm all unchanged answers in this section" on the section's check page. */
export const confirmSectionSchema = z.strictObject({
  assessmentId: id,
  sectionId,
});
export type ConfirmSectionInput = z.input<typeof confirmSectionSchema>;

export const SECTION_COMMENT_MAX = 2000;

/** A section's comment box; empty removes the comment. */
export const sectionCommentSchema = z.strictObject({
  assessmentId: id,
  sectionId,
  comment: z.string({ error: "Enter your comment as text" }).max(SECTION_COMMENT_MAX, {
    error: `Your comment must be ${SECTION_COMMENT_MAX.toLocaleString("en-GB")} characters or fewer`,
  }),
  baseVersion: z.string().regex(/^\d{1,7}$/, { error: "Not a valid version" }),
});
export type SectionCommentInput = z.input<typeof sectionCommentSchema>;

export const assessmentIdSchema = z.strictObject({ assessmentId: id });
