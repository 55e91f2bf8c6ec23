import "server-only";
// A member marks their response finished (it then counts in the members' spread the coordinator
// sees, on results and in the visit pack) or reopens it to change it. Checked and written in one
// transaction: a cycle closed or a self-review submitted a moment ago counts.
import { and, eq, sql } from "drizzle-orm";
import { writeTransaction } from "@/db/client";
import { answers, responses } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { recordSuccess } from "@/lib/audit/record.server";
import { getAssessmentContext } from "@/lib/assessment/data.server";
import { finishRefusal } from "@/lib/assessment/member-rules";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");
const LOCKED =
  "The self-review is no longer open for responses (it has been submitted or its cycle has closed), so your response cannot change.";

function ownOpenResponse(actor: Actor, assessmentId: number) {
  const ctx = getAssessmentContext(actor, assessmentId);
  // Only a member has a response of their own to finish; anyone else is refused as not found.
  if (!ctx || ctx.role !== "member") throw NOT_FOUND();
  if (ctx.assessment.status !== "in_progress" || ctx.cycle.status !== "open") throw new ActionError(LOCKED, "invalid");
  return ctx;
}

export function finishMemberResponse(actor: Actor, assessmentId: number): { finishedAt: string } {
  return writeTransaction((tx) => {
    const ctx = ownOpenResponse(actor, assessmentId);
    const answered = ctx.responseId
      ? (tx
          .select({ n: sql<number>`count(*)` })
          .from(answers)
          .where(eq(answers.responseId, ctx.responseId))
          .get()?.n ?? 0)
      : 0;
    const refusal = finishRefusal(
      ctx.responseId ? { answered, finishedAt: ctx.memberResponse?.finishedAt ?? null } : null,
    );
    if (refusal) throw new ActionError(refusal, "invalid", { finish: [refusal] });
    const finishedAt = new Date().toISOString();
    tx.update(responses)
      .set({ submittedAt: finishedAt })
      .where(and(eq(responses.id, ctx.responseId!), eq(responses.respondentUserId, actor.userId)))
      .run();
    recordSuccess(actor, "member-response.finish", "assessment", assessmentId, { answered });
    return { finishedAt };
  });
}

export function reopenMemberResponse(actor: Actor, assessmentId: number): void {
  writeTransaction((tx) => {
    const ctx = ownOpenResponse(actor, assessmentId);
    if (!ctx.responseId || !ctx.memberResponse?.finishedAt) {
      const message = "Your response is not marked as finished, so there is nothing to reopen";
      throw new ActionError(message, "invalid", { reopen: [message] });
    }
    tx.update(responses)
      .set({ submittedAt: null })
      .where(and(eq(responses.id, ctx.responseId), eq(responses.respondentUserId, actor.userId)))
      .run();
    recordSuccess(actor, "member-response.reopen", "assessment", assessmentId);
  });
}
