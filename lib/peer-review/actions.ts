"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server-action";
import { peerReviewSchema } from "@/lib/peer-review/schemas";
import { savePeerReview } from "@/lib/peer-review/data.server";

// Peer reviewers only; the data layer checks that the assignment is theirs (404 otherwise).
export const savePeerReviewAction = authedAction(
  { name: "review.save", schema: peerReviewSchema, permission: "record:review" },
  (input, actor) => {
    const dimensions = Object.fromEntries(
      Object.entries(input.dimensions).map(([id, v]) => [
        id,
        { agree: v.agree === "yes", validatedStage: Number(v.validatedStage), findings: v.findings, reason: v.reason },
      ]),
    );
    savePeerReview(
      actor,
      Number(input.assignmentId),
      { dimensions, overallFeedback: input.overallFeedback },
      input.publish,
    );
    revalidatePath(`/peer-reviews/${input.assignmentId}`);
    return { published: input.publish };
  },
);
