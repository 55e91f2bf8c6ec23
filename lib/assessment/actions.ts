"use server";
// Self-assessment actions. Each parses its input and checks the acting user's permission on the
// assessment's own partnership (looked up from the assessment, never taken from the client);
// the data layer checks again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/server-action";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { isId } from "@/lib/domain/ids";
import { startErrorCode } from "@/lib/assessment/rules";
import {
  assessmentIdSchema,
  confirmSectionSchema,
  sectionCommentSchema,
  saveAnswerSchema,
  sectionCompleteSchema,
  startAssessmentSchema,
} from "@/lib/assessment/schemas";
import { partnershipIdOfAssessment } from "@/lib/assessment/data.server";
import { reopenAssessment, startAssessment, submitAssessment } from "@/lib/assessment/lifecycle.server";
import { confirmCarriedOverInSection, saveAnswer, setSectionComplete } from "@/lib/assessment/answers.server";
import { confirmedMessage } from "@/lib/assessment/rules";
import { saveSectionComment } from "@/lib/assessment/comments.server";
import { finishMemberResponse, reopenMemberResponse } from "@/lib/assessment/member-response.server";

// An unknown assessment has no partnership: -1 matches none, so the check denies (404 + audit).
const ofAssessment = (input: { assessmentId: string }) => ({
  partnershipId: partnershipIdOfAssessment(Number(input.assessmentId)) ?? -1,
});

export const startAssessmentAction = authedAction(
  {
    name: "assessment.start",
    schema: startAssessmentSchema,
    permission: "update:assessment:own",
    target: (i) => ({ partnershipId: Number(i.partnershipId) }),
  },
  (input, actor) => {
    const result = startAssessment(actor, Number(input.partnershipId));
    revalidatePath(`/partnerships/${input.partnershipId}`);
    return result;
  },
);

export const saveAnswerAction = authedAction(
  { name: "answer.save", schema: saveAnswerSchema, permission: "answer:assessment:own", target: ofAssessment },
  (input, actor) =>
    saveAnswer(actor, {
      assessmentId: Number(input.assessmentId),
      questionId: input.questionId,
      value: input.value,
      baseVersion: input.baseVersion,
    }),
);

export const setSectionCompleteAction = authedAction(
  {
    name: "section.complete",
    schema: sectionCompleteSchema,
    permission: "answer:assessment:own",
    target: ofAssessment,
  },
  (input, actor) => {
    setSectionComplete(actor, {
      assessmentId: Number(input.assessmentId),
      sectionId: input.sectionId,
      complete: input.complete === "yes",
    });
    revalidatePath(`/assessments/${input.assessmentId}`);
    return null;
  },
);

export const confirmSectionAction = authedAction(
  {
    name: "section.confirm-carried-over",
    schema: confirmSectionSchema,
    permission: "answer:assessment:own",
    target: ofAssessment,
  },
  (input, actor) => {
    const result = confirmCarriedOverInSection(actor, {
      assessmentId: Number(input.assessmentId),
      sectionId: input.sectionId,
    });
    revalidatePath(`/assessments/${input.assessmentId}`);
    return { ...result, message: confirmedMessage(result.confirmed, result.left) };
  },
);

export const saveSectionCommentAction = authedAction(
  {
    name: "section.comment",
    schema: sectionCommentSchema,
    permission: "answer:assessment:own",
    target: ofAssessment,
  },
  (input, actor) => {
    const result = saveSectionComment(actor, {
      assessmentId: Number(input.assessmentId),
      sectionId: input.sectionId,
      body: input.comment,
      baseVersion: Number(input.baseVersion),
    });
    if (result.status === "saved") revalidatePath(`/assessments/${input.assessmentId}`);
    return result;
  },
);

/**
 * An action on a whole assessment, named by its id alone (submit, reopen, a member finishing or
 * reopening their response): the permission on its partnership, the change, then the task list's
 * page refreshed.
 */
function onAssessment(name: string, permission: Permission, change: (actor: Actor, assessmentId: number) => unknown) {
  return authedAction({ name, schema: assessmentIdSchema, permission, target: ofAssessment }, (input, actor) => {
    change(actor, Number(input.assessmentId));
    revalidatePath(`/assessments/${input.assessmentId}`);
    return null;
  });
}

export const submitAssessmentAction = onAssessment("assessment.submit", "submit:assessment:own", submitAssessment);
export const reopenAssessmentAction = onAssessment("assessment.reopen", "submit:assessment:own", reopenAssessment);
// A member's own response: finished (it then counts in the members' spread) or reopened to change it.
export const finishMemberResponseAction = onAssessment(
  "member-response.finish",
  "respond:assessment:own",
  finishMemberResponse,
);
export const reopenMemberResponseAction = onAssessment(
  "member-response.reopen",
  "respond:assessment:own",
  reopenMemberResponse,
);

/**
 * The same, as a form action: the Start button is a plain form, so that it works before the page's
 * JavaScript has loaded (and without it). Success goes to the task list; a refusal comes back with
 * a code (never text: lib/assessment/rules.ts).
 */
export async function startAssessmentFromForm(formData: FormData): Promise<void> {
  const partnershipId = String(formData.get("partnershipId") ?? "");
  const result = await startAssessmentAction({ partnershipId });
  if (result.ok) redirect(`/assessments/${result.data.assessmentId}`);
  redirect(isId(partnershipId) ? `/partnerships/${partnershipId}?startError=${startErrorCode(result)}` : "/");
}
