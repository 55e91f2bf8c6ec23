"use server";
// Evidence documents: removing one (uploading is a plain form post to a route handler, since a
// server action's body is limited to 1 MB and carries no files: lib/evidence/upload.server.ts).
import { revalidatePath } from "next/cache";
import { authedAction, ActionError } from "@/lib/server-action";
import { removeDocumentSchema } from "@/lib/evidence/schemas";
import { removeDocument } from "@/lib/evidence/documents.server";
import { partnershipIdOfAssessment } from "@/lib/assessment/data.server";

export const removeDocumentAction = authedAction(
  {
    name: "document.remove",
    schema: removeDocumentSchema,
    permission: "answer:assessment:own",
    target: (i) => ({ partnershipId: partnershipIdOfAssessment(Number(i.assessmentId)) ?? -1 }),
  },
  (input, actor) => {
    if (!removeDocument(actor, Number(input.assessmentId), input.questionId))
      throw new ActionError("There is no document to remove, or this self-review can no longer be changed.", "invalid");
    revalidatePath(`/assessments/${input.assessmentId}/evidence/${input.questionId}`);
    return null;
  },
);
