import "server-only";
// Answering: saving one answer with optimistic concurrency (a save based on an older version is
// refused with the newer value), and marking a section complete. A member's own response is
// created by their first save. Both check, inside the write transaction, that the acting user may
// still edit (a cycle closed or an assessment submitted a moment ago counts).
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { writeTransaction, type Transaction } from "@/db/client";
import { answers, memberships, responses, sectionCompletions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { getQuestion } from "@/lib/framework";
import { answerValueSchemaFor } from "@/lib/framework/schema";
import { LEVEL_PHRASE } from "@/lib/framework/levels";
import type { AnswerValue } from "@/lib/framework/types";
import { confirmableCarriedOver, decideSave } from "@/lib/assessment/rules";
import { recordSuccess } from "@/lib/audit/record.server";
import { disagreesWithRecord, updateRecordFromAnswer } from "@/lib/assessment/profile-record.server";
import type { AssessmentContext, SaveAnswerResult } from "@/lib/assessment/types";
import { getAssessmentContext, loadAnswers, memberResponseId, progressOf } from "@/lib/assessment/data.server";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

/**
 * The member's own response, created if this is their first save: insert … on conflict do
 * nothing, then read, so that two first saves at once (two tabs, two server processes) both get
 * the one row instead of one of them failing on the unique index. Call inside a write transaction.
 */
function ensureMemberResponse(tx: Transaction, actor: Actor, ctx: AssessmentContext): number {
  const organisation =
    tx
      .select({ organisation: memberships.organisation })
      .from(memberships)
      .where(and(eq(memberships.userId, actor.userId), eq(memberships.partnershipId, ctx.partnership.id)))
      .get()?.organisation ?? null;
  tx.insert(responses)
    .values({ assessmentId: ctx.assessment.id, kind: "member", respondentUserId: actor.userId, organisation })
    .onConflictDoNothing()
    .run();
  return memberResponseId(ctx.assessment.id, actor.userId)!;
}

/**
 * The context for a write, with the response to write to: runs `write` in one transaction, after
 * creating the member's response if this is their first save.
 */
export function withEditableResponse<T>(
  actor: Actor,
  assessmentId: number,
  write: (ctx: AssessmentContext & { responseId: number }, tx: Transaction) => T,
): T {
  return writeTransaction((tx) => {
    // Checked inside the transaction: a cycle closed or an assessment submitted a moment ago counts.
    const ctx = requireEditable(actor, assessmentId);
    const responseId = ctx.responseId ?? ensureMemberResponse(tx, actor, ctx);
    return write({ ...ctx, responseId }, tx);
  });
}

function requireEditable(actor: Actor, assessmentId: number): AssessmentContext {
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx || ctx.role === "read-only") throw NOT_FOUND();
  if (ctx.role === "member" && ctx.memberResponse?.finishedAt && ctx.assessment.status === "in_progress") {
    throw new ActionError(
      "You marked your response as finished. Choose ‘Change your response’ on your task list to change it.",
      "invalid",
    );
  }
  if (!ctx.canEdit || (ctx.role === "consolidated" && ctx.responseId === null)) {
    throw new ActionError(
      ctx.assessment.status === "submitted"
        ? "This assessment has been submitted and is locked. A coordinator can reopen it while the cycle is open."
        : "The cycle for this assessment is closed, so answers can no longer be changed.",
      "invalid",
    );
  }
  return ctx;
}

/**
 * Saves one answer. `baseVersion` is the row version the user's page was showing (0 for none);
 * a save based on anything older is refused with the newer value and who saved it. Saving a
 * carried-over answer that is not yet confirmed confirms it, even when the value is unchanged.
 */
export function saveAnswer(
  actor: Actor,
  input: { assessmentId: number; questionId: string; value: unknown; baseVersion: number },
): SaveAnswerResult {
  return withEditableResponse(actor, input.assessmentId, (ctx, tx) => saveAnswerIn(tx, actor, ctx, input));
}

function saveAnswerIn(
  tx: Transaction,
  actor: Actor,
  ctx: AssessmentContext & { responseId: number },
  input: { questionId: string; value: unknown; baseVersion: number },
): SaveAnswerResult {
  const question = getQuestion(ctx.framework, input.questionId);
  if (!question)
    throw new ActionError("There is a problem", "invalid", {
      questionId: ["This question is not part of the assessment"],
    });
  // Members answer the dimensions; the profile is the partnership's record, kept by its coordinators.
  if (!ctx.sections.some((s) => s.questionIds.includes(question.id)))
    throw new ActionError("There is a problem", "invalid", {
      questionId: ["Members do not answer the partnership profile: the partnership’s coordinators keep it"],
    });
  const parsed = answerValueSchemaFor(question, ctx.partnership.level).safeParse(input.value);
  if (!parsed.success) {
    throw new ActionError("There is a problem", "invalid", { value: parsed.error.issues.map((i) => i.message) });
  }
  const value = parsed.data as AnswerValue;
  // Inside the caller's transaction (SQLite serialises writers): the version check and the write are atomic.
  const stored = tx
    .select({
      id: answers.id,
      value: answers.value,
      rowVersion: answers.rowVersion,
      updatedAt: answers.updatedAt,
      updatedByName: users.name,
      carriedOverFromCycleId: answers.carriedOverFromCycleId,
      confirmedAt: answers.confirmedAt,
    })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(and(eq(answers.responseId, ctx.responseId), eq(answers.questionId, question.id)))
    .get();
  const needsConfirmation = !!stored && stored.carriedOverFromCycleId !== null && stored.confirmedAt === null;
  const decision = decideSave(stored ?? null, input.baseVersion, value, needsConfirmation);
  const now = new Date().toISOString();
  switch (decision.kind) {
    case "conflict":
      return {
        status: "conflict" as const,
        current: {
          value: (stored?.value as AnswerValue) ?? null,
          rowVersion: stored?.rowVersion ?? 0,
          updatedByName: stored?.updatedByName ?? null,
          updatedAt: stored?.updatedAt ?? "",
        },
      };
    case "unchanged":
      return { status: "saved" as const, rowVersion: stored!.rowVersion, savedAt: stored!.updatedAt };
    case "insert":
      tx.insert(answers)
        .values({
          responseId: ctx.responseId,
          questionId: question.id,
          value,
          updatedByUserId: actor.userId,
          updatedAt: now,
        })
        .run();
      syncRecord(tx, actor, ctx, question.id, value);
      return { status: "saved" as const, rowVersion: 1, savedAt: now };
    case "update":
      const res = tx
        .update(answers)
        .set({
          value,
          rowVersion: decision.nextVersion,
          updatedByUserId: actor.userId,
          updatedAt: now,
          confirmedAt: stored!.carriedOverFromCycleId !== null ? now : null,
        })
        .where(and(eq(answers.id, stored!.id), eq(answers.rowVersion, input.baseVersion)))
        .run();
      if (res.changes !== 1) throw new Error("answer changed inside its own write transaction");
      syncRecord(tx, actor, ctx, question.id, value);
      return { status: "saved" as const, rowVersion: decision.nextVersion, savedAt: now };
  }
}

/** The partnership's own answer to a profile question the record holds updates the record; a member's never does. */
function syncRecord(tx: Transaction, actor: Actor, ctx: AssessmentContext, questionId: string, value: AnswerValue) {
  if (ctx.role === "consolidated") updateRecordFromAnswer(tx, actor, ctx.partnership.id, questionId, value);
}

export function setSectionComplete(
  actor: Actor,
  input: { assessmentId: number; sectionId: string; complete: boolean },
): void {
  withEditableResponse(actor, input.assessmentId, (ctx, tx) => {
    const section = ctx.sections.find((s) => s.id === input.sectionId);
    if (!section) throw NOT_FOUND();
    if (!input.complete) {
      tx.delete(sectionCompletions)
        .where(and(eq(sectionCompletions.responseId, ctx.responseId), eq(sectionCompletions.sectionId, section.id)))
        .run();
      return;
    }
    const progress = progressOf(ctx, loadAnswers(ctx.responseId)).get(section.id)!;
    if (progress.unconfirmed > 0) {
      throw new ActionError("There is a problem", "invalid", {
        complete: [
          `Confirm or change the ${progress.unconfirmed} answer${progress.unconfirmed === 1 ? "" : "s"} carried over from last year before marking this section as complete`,
        ],
      });
    }
    if (progress.needNewAnswer > 0) {
      throw new ActionError("There is a problem", "invalid", {
        complete: [
          `Give a new answer to the ${progress.needNewAnswer} question${progress.needNewAnswer === 1 ? "" : "s"} whose answer is not offered to ${LEVEL_PHRASE[ctx.partnership.level]} before marking this section as complete`,
        ],
      });
    }
    if (progress.remaining > 0) {
      throw new ActionError("There is a problem", "invalid", {
        complete: [
          `Answer the ${progress.remaining} remaining question${progress.remaining === 1 ? "" : "s"} before marking this section as complete (‘Don’t know’ is an answer)`,
        ],
      });
    }
    tx.insert(sectionCompletions)
      .values({
        responseId: ctx.responseId,
        sectionId: section.id,
        completedAt: new Date().toISOString(),
        completedByUserId: actor.userId,
      })
      .onConflictDoNothing()
      .run();
  });
}

/**
 * Confirms, in one go, the section's carried-over answers that are still unconfirmed and still
 * valid at the partnership's level (and, in the profile, agree with the partnership record);
 * nothing else changes. Each confirmed answer gets a new row
 * version, as a per-question confirmation does, so a page still showing the old one is told.
 * Audited in the same transaction. Returns how many were confirmed and how many are left that
 * need a new answer.
 */
export function confirmCarriedOverInSection(
  actor: Actor,
  input: { assessmentId: number; sectionId: string },
): { confirmed: number; left: number } {
  return withEditableResponse(actor, input.assessmentId, (ctx, tx) => {
    const section = ctx.sections.find((s) => s.id === input.sectionId);
    if (!section) throw NOT_FOUND();
    const rows = tx
      .select({ id: answers.id, questionId: answers.questionId, value: answers.value })
      .from(answers)
      .where(
        and(
          eq(answers.responseId, ctx.responseId),
          inArray(answers.questionId, section.questionIds),
          isNotNull(answers.carriedOverFromCycleId),
          isNull(answers.confirmedAt),
        ),
      )
      .all();
    const pending = new Map(rows.map((r) => [r.questionId, { needsConfirmation: true, value: r.value }]));
    const ids = confirmableCarriedOver(section, pending, (questionId, value) => {
      const question = getQuestion(ctx.framework, questionId);
      // The schema for the partnership's level also refuses an option that level is not offered.
      return (
        !!question &&
        answerValueSchemaFor(question, ctx.partnership.level).safeParse(value).success &&
        // A profile answer the partnership record now contradicts is checked on its own page.
        !(ctx.role === "consolidated" && disagreesWithRecord(tx, ctx.partnership.id, questionId, value as AnswerValue))
      );
    });
    const now = new Date().toISOString();
    let confirmed = 0;
    for (const questionId of ids) {
      const row = rows.find((r) => r.questionId === questionId)!;
      confirmed += tx
        .update(answers)
        .set({
          confirmedAt: now,
          rowVersion: sql`${answers.rowVersion} + 1`,
          updatedByUserId: actor.userId,
          updatedAt: now,
        })
        .where(and(eq(answers.id, row.id), isNull(answers.confirmedAt)))
        .run().changes;
    }
    const left = rows.length - confirmed;
    recordSuccess(actor, "section.confirm-carried-over", "assessment", ctx.assessment.id, {
      section: section.id,
      confirmed,
      left,
    });
    return { confirmed, left };
  });
}
