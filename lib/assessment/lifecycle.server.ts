import "server-only";
// The self-assessment's life: starting it for the open cycle (rolling last year's answers
// forward), submitting it (locking it and recording its scores) and reopening it while the
// cycle is open. Each checks the acting user's permission itself and is audited.
import { and, desc, eq, lt } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { answers, assessments, cycles, partnerships, responses } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { ActionError } from "@/lib/server-action-result";
import { recordAudit } from "@/lib/audit/record.server";
import { CURRENT_FRAMEWORK_VERSION, getFramework, getQuestion, rescoreUnderCurrent } from "@/lib/framework";
import { answerValueSchemaFor } from "@/lib/framework/schema";
import { scoreAssessment } from "@/lib/framework/scoring";
import { mapAnswers } from "@/lib/framework/versions";
import type { AnswerMap } from "@/lib/framework/types";
import { NO_OPEN_CYCLE_MESSAGE } from "@/lib/assessment/rules";
import {
  answerMapOf,
  consolidatedResponseId,
  getAssessmentContext,
  loadAnswers,
  progressOf,
} from "@/lib/assessment/data.server";
import { getOpenCycle } from "@/lib/national/cycles.server";
import { planActionsToFollowUp } from "@/lib/action-plan/follow-up.server";
import { bumpGeneration } from "@/lib/cache/generations.server";
import { carryOverSectionComments } from "@/lib/assessment/comments.server";
import { sectionsOf } from "@/lib/assessment/rules";
import { profileAnswersFromRecord } from "@/lib/assessment/profile-record.server";

/**
 * The record's answers to the questions last year's self-review answered (the others start from
 * the record on the question page).
 */
function pickKnown(fromRecord: AnswerMap, answered: AnswerMap): AnswerMap {
  return Object.fromEntries(Object.entries(fromRecord).filter(([id]) => id in answered));
}
import { queueMessageToEach } from "@/lib/mail/queue.server";
import { coordinatorEmails } from "@/lib/mail/recipients.server";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

/**
 * Starts this year's assessment for the open cycle. From the second year on, the last submitted
 * answers are carried over (mapped to the current framework version), each to be confirmed.
 */
export function startAssessment(actor: Actor, partnershipId: number): { assessmentId: number; carriedOver: number } {
  if (!can(actor, "update:assessment:own", { partnershipId })) throw NOT_FOUND();
  const cycle = getOpenCycle();
  const level = getDb()
    .select({ level: partnerships.level })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get()?.level;
  if (!level) throw NOT_FOUND();
  if (!cycle) throw new ActionError(NO_OPEN_CYCLE_MESSAGE, "invalid");
  const db = getDb();
  const existingId = () =>
    db
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.partnershipId, partnershipId), eq(assessments.cycleId, cycle.id)))
      .get()?.id;
  const existing = existingId();
  if (existing) return { assessmentId: existing, carriedOver: 0 };

  const previous = db
    .select({ id: assessments.id, frameworkVersion: assessments.frameworkVersion, cycleId: assessments.cycleId })
    .from(assessments)
    .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
    .where(
      and(
        eq(assessments.partnershipId, partnershipId),
        eq(assessments.status, "submitted"),
        lt(cycles.opensOn, cycle.opensOn),
      ),
    )
    .orderBy(desc(cycles.opensOn))
    .get();
  const previousResponseId = previous ? consolidatedResponseId(previous.id) : null;
  const previousAnswers: AnswerMap = previousResponseId ? answerMapOf(loadAnswers(previousResponseId)) : {};
  const framework = getFramework(CURRENT_FRAMEWORK_VERSION)!;
  // Where the partnership record knows the answer (level, nation, force areas, year set up), it is
  // what carries over: the record is kept up to date between reviews by its administrators too.
  const carried = previous
    ? {
        ...mapAnswers(previous.frameworkVersion, CURRENT_FRAMEWORK_VERSION, previousAnswers),
        ...pickKnown(profileAnswersFromRecord(partnershipId, framework), previousAnswers),
      }
    : {};

  const result = writeTransaction((tx) => {
    // Two coordinators pressing Start at once: the second gets the first one's assessment
    // (insert … on conflict do nothing), not a unique-constraint error.
    const assessmentId = tx
      .insert(assessments)
      .values({ partnershipId, cycleId: cycle.id, frameworkVersion: CURRENT_FRAMEWORK_VERSION })
      .onConflictDoNothing()
      .returning({ id: assessments.id })
      .get()?.id;
    if (assessmentId === undefined) return { assessmentId: existingId()!, carriedOver: 0 };
    const responseId = tx
      .insert(responses)
      .values({ assessmentId, kind: "consolidated" })
      .returning({ id: responses.id })
      .get().id;
    let carriedOver = 0;
    for (const [questionId, value] of Object.entries(carried)) {
      const question = getQuestion(framework, questionId);
      // Only answers still valid under this version's rules, at the partnership's level, are carried over.
      if (!question || !answerValueSchemaFor(question, level).safeParse(value).success) continue;
      tx.insert(answers)
        .values({
          responseId,
          questionId,
          value,
          carriedOverFromCycleId: previous!.cycleId,
          updatedByUserId: actor.userId,
        })
        .run();
      carriedOver++;
    }
    const commentsCarriedOver =
      previous && previousResponseId
        ? carryOverSectionComments(
            tx,
            { responseId: previousResponseId, cycleId: previous.cycleId },
            responseId,
            sectionsOf(framework).map((s) => s.id),
            actor.userId,
          )
        : 0;
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "assessment.start",
      targetType: "assessment",
      targetId: assessmentId,
      outcome: "success",
      detail: { partnershipId, cycle: cycle.label, carriedOver, commentsCarriedOver },
    });
    return { assessmentId, carriedOver };
  });
  return result;
}

/** Submits the consolidated response: locks it and stores the framework version and scores. */
export function submitAssessment(actor: Actor, assessmentId: number): void {
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx || ctx.role !== "consolidated") throw NOT_FOUND();
  if (!ctx.canSubmit)
    throw new ActionError(
      ctx.assessment.status === "submitted" ? "This assessment has already been submitted." : "The cycle is closed.",
      "invalid",
    );
  const records = loadAnswers(ctx.responseId);
  const progress = progressOf(ctx, records);
  const incomplete = ctx.sections.filter((s) => progress.get(s.id)!.status !== "completed");
  const unreviewed = planActionsToFollowUp(ctx).filter((a) => !a.review).length;
  if (incomplete.length || unreviewed) {
    throw new ActionError("There is a problem", "invalid", {
      _form: [
        ...incomplete.map((s) => `Complete the section ‘${s.title}’ before submitting`),
        ...(unreviewed
          ? [
              `Say what became of the ${unreviewed} open action${unreviewed === 1 ? "" : "s"} from last year’s action plan`,
            ]
          : []),
      ],
    });
  }
  const answers = answerMapOf(records);
  const scores = scoreAssessment(ctx.framework, answers);
  const now = new Date().toISOString();
  // Submitted under an older version (not moved yet: that happens at start-up): also scored under
  // the current one now, as the start-up does for older submissions, so that the like-with-like
  // figures are this submission's and not an earlier one's.
  const rescored = rescoreUnderCurrent(ctx.framework.version, answers);
  // The submission, the cache generation and the audit entry commit together, or not at all.
  writeTransaction(() => {
    const res = getDb()
      .update(assessments)
      .set({
        status: "submitted",
        submittedAt: now,
        submittedByUserId: actor.userId,
        scoresSnapshot: { ...scores, computedAt: now },
        rescoredSnapshot: rescored && { ...rescored, computedAt: now },
        rescoredVersion: rescored && CURRENT_FRAMEWORK_VERSION,
        updatedAt: now,
      })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.status, "in_progress")))
      .run();
    if (res.changes === 0) throw new ActionError("This assessment has already been submitted.", "invalid");
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "assessment.submit",
      targetType: "assessment",
      targetId: assessmentId,
      outcome: "success",
      detail: { partnershipId: ctx.partnership.id, cycle: ctx.cycle.label },
    });
    // The receipt to every coordinator, queued with the submission (lib/mail/).
    queueMessageToEach(coordinatorEmails(ctx.partnership.id), {
      kind: "submission-receipt",
      assessmentId,
      partnershipName: ctx.partnership.name,
      cycleLabel: ctx.cycle.label,
      submittedBy: actor.name,
      submittedAt: now,
    });
  });
}

/** Reopens a submitted assessment while its cycle is open (never after it closes). */
export function reopenAssessment(actor: Actor, assessmentId: number): void {
  const ctx = getAssessmentContext(actor, assessmentId);
  if (!ctx || ctx.role !== "consolidated") throw NOT_FOUND();
  if (!ctx.canReopen) {
    throw new ActionError(
      ctx.cycle.status !== "open"
        ? "The cycle has closed, so this assessment can no longer be reopened."
        : "This assessment is not submitted.",
      "invalid",
    );
  }
  writeTransaction(() => {
    const res = getDb()
      .update(assessments)
      // The re-scored figures were the submission's: the next submission records its own.
      .set({
        status: "in_progress",
        rescoredSnapshot: null,
        rescoredVersion: null,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(assessments.id, assessmentId), eq(assessments.status, "submitted")))
      .run();
    if (res.changes === 0) throw new ActionError("This assessment is not submitted.", "invalid");
    bumpGeneration("national");
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "assessment.reopen",
      targetType: "assessment",
      targetId: assessmentId,
      outcome: "success",
      detail: { partnershipId: ctx.partnership.id, cycle: ctx.cycle.label },
    });
  });
}
