import { z } from "zod";
import { idField } from "@/lib/forms/fields";

export const peerReviewDimensionSchema = z.strictObject({
  agree: z.enum(["yes", "no"], { error: "Say whether you agree with the self-assessed stage" }),
  validatedStage: z.enum(["1", "2", "3", "4", "5"], { error: "Select the stage you found" }),
  findings: z.string().max(3000, { error: "Findings must be 3,000 characters or fewer" }),
  reason: z.string().max(1000, { error: "The reason must be 1,000 characters or fewer" }),
});

export const PUBLISH_UNCONFIRMED =
  "Confirm that you want to publish the review: the partnership will see it and it cannot be changed afterwards";

export const peerReviewSchema = z
  .strictObject({
    assignmentId: idField("an assignment"),
    publish: z.boolean(),
    // Publishing cannot be undone, so it needs the reviewer's explicit "yes" (the server refuses
    // it without); a draft needs none.
    confirmPublish: z.boolean().optional(),
    overallFeedback: z.string().max(5000, { error: "Feedback must be 5,000 characters or fewer" }),
    dimensions: z.record(z.string().regex(/^[a-z0-9_.-]{1,40}$/), peerReviewDimensionSchema),
  })
  .refine((v) => !v.publish || v.confirmPublish === true, { path: ["confirmPublish"], error: PUBLISH_UNCONFIRMED });
export type PeerReviewFormInput = z.input<typeof peerReviewSchema>;
