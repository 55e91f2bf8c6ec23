import "server-only";
// The annual self-assessment: starting it (rolling last year's answers forward), answering with
// optimistic concurrency, completing sections, submitting and reopening. Every function checks
// the acting user's permission for the assessment's partnership itself.
import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb, preparedOnce, writeTransaction, type Transaction } from "@/db/client";
import {
  answers,
  assessments,
  cycles,
  memberships,
  partnerships,
  responses,
  sectionCompletions,
  users,
} from "@/db/schema";
import { can, partnershipRelation, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { NO_OPEN_CYCLE_MESSAGE } from "@/lib/assessment/start-errors";
import { ActionError } from "@/lib/action-result";
import { recordAudit } from "@/lib/data/audit";
import { CURRENT_FRAMEWORK_VERSION, getFramework, getQuestion } from "@/lib/framework";
import { answerValueSchemaFor } from "@/lib/framework/schema";
import { LEVEL_PHRASE, notOfferedIn } from "@/lib/framework/levels";
import { scoreAssessment } from "@/lib/framework/scoring";
import { mapAnswers } from "@/lib/framework/versions";
import type { AnswerMap, AnswerValue, Framework, Level } from "@/lib/framework/types";
import { decideSave } from "@/lib/assessment/save-rules";
import {
  sectionsOf,
  sectionProgress,
  type AnswerState,
  type SectionProgress,
  type Section,
} from "@/lib/assessment/sections";
import { getOpenCycle } from "@/lib/data/cycles";
import { actionsToReview } from "@/lib/data/action-reviews";
import { bumpGeneration } from "@/lib/data/generations";

const NOT_FOUND = () => new ActionError("Page not found", "not-found");

export type ResponseRole = "consolidated" | "member" | "read-only";

export type AnswerRecord = {
  value: AnswerValue;
  rowVersion: number;
  carriedOverFrom: string | null; // cycle label
  needsConfirmation: boolean;
  updatedByName: string | null;
  updatedAt: string;
};

export type AssessmentContext = {
  assessment: {
    id: number;
    status: "in_progress" | "submitted";
    frameworkVersion: string;
    submittedAt: string | null;
    partnershipId: number;
    cycleId: number;
  };
  /** `level` decides which "Done at … level for us" options are offered (framework LevelRule). */
  partnership: { id: number; name: string; level: Level };
  cycle: { id: number; label: string; opensOn: string; closesOn: string; status: "planned" | "open" | "closed" };
  framework: Framework;
  sections: Section[];
  /** Whose answers this actor sees and (maybe) edits. */
  role: ResponseRole;
  responseId: number | null;
  canEdit: boolean;
  canSubmit: boolean;
  canReopen: boolean;
};

// Hot paths (every question page, autosave and results page): prepared once per connection.
const statements = preparedOnce((db) => ({
  assessmentRow: db
    .select({
      id: assessments.id,
      status: assessments.status,
      frameworkVersion: assessments.frameworkVersion,
      submittedAt: assessments.submittedAt,
      partnershipId: assessments.partnershipId,
      cycleId: assessments.cycleId,
      partnershipName: partnerships.name,
      partnershipLevel: partnerships.level,
      cycleLabel: cycles.label,
      opensOn: cycles.opensOn,
      closesOn: cycles.closesOn,
      cycleStatus: cycles.status,
    })
    .from(assessments)
    .innerJoin(partnerships, eq(partnerships.id, assessments.partnershipId))
    .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
    .where(eq(assessments.id, sql.placeholder("assessmentId")))
    .prepare(),
  consolidatedResponse: db
    .select({ id: responses.id })
    .from(responses)
    .where(and(eq(responses.assessmentId, sql.placeholder("assessmentId")), eq(responses.kind, "consolidated")))
    .prepare(),
  memberResponse: db
    .select({ id: responses.id })
    .from(responses)
    .where(
      and(
        eq(responses.assessmentId, sql.placeholder("assessmentId")),
        eq(responses.respondentUserId, sql.placeholder("userId")),
      ),
    )
    .prepare(),
  answersOf: db
    .select({
      questionId: answers.questionId,
      value: answers.value,
      rowVersion: answers.rowVersion,
      carriedOverFrom: cycles.label,
      carriedOverFromCycleId: answers.carriedOverFromCycleId,
      confirmedAt: answers.confirmedAt,
      updatedByName: users.name,
      updatedAt: answers.updatedAt,
    })
    .from(answers)
    .leftJoin(cycles, eq(cycles.id, answers.carriedOverFromCycleId))
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(eq(answers.responseId, sql.placeholder("responseId")))
    .prepare(),
}));

function loadAssessmentRow(assessmentId: number) {
  return statements().assessmentRow.get({ assessmentId });
}

export function consolidatedResponseId(assessmentId: number): number | null {
  return statements().consolidatedResponse.get({ assessmentId })?.id ?? null;
}

function memberResponseId(assessmentId: number, userId: number): number | null {
  return statements().memberResponse.get({ assessmentId, userId })?.id ?? null;
}

/**
 * The assessment as this actor may see it, or null if they may not (the caller answers 404).
 * Coordinators work on the consolidated response; members on their own, created by their first save;
 * reviewers, the commissioner and admin read the consolidated response.
 */
export function getAssessmentContext(actor: Actor, assessmentId: number): AssessmentContext | null {
  const row = loadAssessmentRow(assessmentId);
  if (!row || !can(actor, "read:assessment", { partnershipId: row.partnershipId })) return null;
  const framework = getFramework(row.frameworkVersion);
  if (!framework) throw new Error(`Framework version ${row.frameworkVersion} is not available`);
  const relation = partnershipRelation(actor, row.partnershipId);
  const open = row.cycleStatus === "open";
  const inProgress = row.status === "in_progress";
  let role: ResponseRole = "read-only";
  let responseId: number | null = consolidatedResponseId(assessmentId);
  if (relation === "coordinator") role = "consolidated";
  if (relation === "member") {
    role = "member";
    // Null until their first save creates it (reading a page never writes).
    responseId = memberResponseId(assessmentId, actor.userId);
  }
  const editPermission: Permission = role === "member" ? "respond:assessment:own" : "update:assessment:own";
  return {
    assessment: {
      id: row.id,
      status: row.status,
      frameworkVersion: row.frameworkVersion,
      submittedAt: row.submittedAt,
      partnershipId: row.partnershipId,
      cycleId: row.cycleId,
    },
    partnership: { id: row.partnershipId, name: row.partnershipName, level: row.partnershipLevel },
    cycle: {
      id: row.cycleId,
      label: row.cycleLabel,
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      status: row.cycleStatus,
    },
    framework,
    sections: sectionsOf(framework),
    role,
    responseId,
    canEdit:
      role !== "read-only" && inProgress && open && can(actor, editPermission, { partnershipId: row.partnershipId }),
    canSubmit:
      role === "consolidated" &&
      inProgress &&
      open &&
      can(actor, "submit:assessment:own", { partnershipId: row.partnershipId }),
    canReopen:
      role === "consolidated" &&
      !inProgress &&
      open &&
      can(actor, "submit:assessment:own", { partnershipId: row.partnershipId }),
  };
}

export function loadAnswers(responseId: number | null): Map<string, AnswerRecord> {
  const out = new Map<string, AnswerRecord>();
  if (!responseId) return out;
  const rows = statements().answersOf.all({ responseId });
  for (const r of rows) {
    out.set(r.questionId, {
      value: r.value as AnswerValue,
      rowVersion: r.rowVersion,
      carriedOverFrom: r.carriedOverFrom,
      needsConfirmation: r.carriedOverFromCycleId !== null && r.confirmedAt === null,
      updatedByName: r.updatedByName,
      updatedAt: r.updatedAt,
    });
  }
  return out;
}

export function answerMapOf(records: Map<string, AnswerRecord>): AnswerMap {
  return Object.fromEntries([...records].map(([id, r]) => [id, r.value]));
}

function completedSections(responseId: number | null): Set<string> {
  if (!responseId) return new Set();
  return new Set(
    getDb()
      .select({ sectionId: sectionCompletions.sectionId })
      .from(sectionCompletions)
      .where(eq(sectionCompletions.responseId, responseId))
      .all()
      .map((r) => r.sectionId),
  );
}

/**
 * Whether a stored answer chooses an option the partnership's level is not offered (given before
 * its level changed): it keeps its score, and is shown as needing a new answer.
 */
export function needsNewAnswer(ctx: AssessmentContext, questionId: string, value: AnswerValue): boolean {
  const question = getQuestion(ctx.framework, questionId);
  return !!question && notOfferedIn(question, value, ctx.partnership.level).length > 0;
}

export function progressOf(ctx: AssessmentContext, records: Map<string, AnswerRecord>): Map<string, SectionProgress> {
  const states = new Map<string, AnswerState>(
    [...records].map(([id, r]) => [
      id,
      { answered: true, needsConfirmation: r.needsConfirmation, needsNewAnswer: needsNewAnswer(ctx, id, r.value) },
    ]),
  );
  const done = completedSections(ctx.responseId);
  // Every question needs an answer; "Don't know" and "Not applicable" are answers.
  return new Map(ctx.sections.map((s) => [s.id, sectionProgress(s, states, done.has(s.id))]));
}

/** The assessment of a partnership for a cycle (for the partnership's home page). */
export function findAssessment(actor: Actor, partnershipId: number, cycleId: number) {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  return (
    getDb()
      .select({ id: assessments.id, status: assessments.status, submittedAt: assessments.submittedAt })
      .from(assessments)
      .where(and(eq(assessments.partnershipId, partnershipId), eq(assessments.cycleId, cycleId)))
      .get() ?? null
  );
}

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
  const previousAnswers: AnswerMap = previous ? answerMapOf(loadAnswers(consolidatedResponseId(previous.id))) : {};
  const carried = previous ? mapAnswers(previous.frameworkVersion, CURRENT_FRAMEWORK_VERSION, previousAnswers) : {};
  const framework = getFramework(CURRENT_FRAMEWORK_VERSION)!;

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
    recordAudit({
      actorUserId: actor.userId,
      actorEmail: actor.email,
      action: "assessment.start",
      targetType: "assessment",
      targetId: assessmentId,
      outcome: "success",
      detail: { partnershipId, cycle: cycle.label, carriedOver },
    });
    return { assessmentId, carriedOver };
  });
  return result;
}

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
function withEditableResponse<T>(
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

export type SaveAnswerResult =
  | { status: "saved"; rowVersion: number; savedAt: string }
  | {
      status: "conflict";
      current: { value: AnswerValue | null; rowVersion: number; updatedByName: string | null; updatedAt: string };
    };

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
      return { status: "saved" as const, rowVersion: decision.nextVersion, savedAt: now };
  }
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
  const unreviewed = actionsToReview(ctx).filter((a) => !a.review).length;
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
  const scores = scoreAssessment(ctx.framework, answerMapOf(records));
  const now = new Date().toISOString();
  // The submission, the cache generation and the audit entry commit together, or not at all.
  writeTransaction(() => {
    const res = getDb()
      .update(assessments)
      .set({
        status: "submitted",
        submittedAt: now,
        submittedByUserId: actor.userId,
        scoresSnapshot: { ...scores, computedAt: now },
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
      .set({ status: "in_progress", updatedAt: new Date().toISOString() })
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

export type MemberResponseSummary = {
  respondents: {
    userId: number | null;
    name: string | null;
    organisation: string | null;
    answered: number;
    lastSavedAt: string | null;
  }[];
  invitedNotResponded: { name: string; organisation: string | null }[];
  answersByQuestion: Map<string, { name: string | null; organisation: string | null; value: AnswerValue }[]>;
};

/** For coordinators: who has responded, and every member's answer per question. */
export function memberResponses(actor: Actor, assessmentId: number): MemberResponseSummary | null {
  const row = loadAssessmentRow(assessmentId);
  if (!row || !can(actor, "read:member-responses:own", { partnershipId: row.partnershipId })) return null;
  const db = getDb();
  const rs = db
    .select({
      id: responses.id,
      userId: responses.respondentUserId,
      name: users.name,
      organisation: responses.organisation,
    })
    .from(responses)
    .leftJoin(users, eq(users.id, responses.respondentUserId))
    .where(and(eq(responses.assessmentId, assessmentId), eq(responses.kind, "member")))
    .orderBy(asc(users.name))
    .all();
  const answerRows = rs.length
    ? db
        .select({
          responseId: answers.responseId,
          questionId: answers.questionId,
          value: answers.value,
          updatedAt: answers.updatedAt,
        })
        .from(answers)
        .where(
          inArray(
            answers.responseId,
            rs.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const byResponse = new Map(rs.map((r) => [r.id, r]));
  const answersByQuestion: MemberResponseSummary["answersByQuestion"] = new Map();
  const counts = new Map<number, { answered: number; last: string | null }>();
  for (const a of answerRows) {
    const r = byResponse.get(a.responseId)!;
    const list = answersByQuestion.get(a.questionId) ?? [];
    list.push({ name: r.name, organisation: r.organisation, value: a.value as AnswerValue });
    answersByQuestion.set(a.questionId, list);
    const c = counts.get(a.responseId) ?? { answered: 0, last: null };
    c.answered++;
    if (!c.last || a.updatedAt > c.last) c.last = a.updatedAt;
    counts.set(a.responseId, c);
  }
  const respondedUserIds = new Set(rs.map((r) => r.userId));
  const invitedNotResponded = db
    .select({ userId: users.id, name: users.name, organisation: memberships.organisation })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.partnershipId, row.partnershipId), eq(memberships.role, "member"), eq(users.disabled, false)),
    )
    .orderBy(asc(users.name))
    .all()
    .filter((m) => !respondedUserIds.has(m.userId));
  return {
    respondents: rs.map((r) => ({
      userId: r.userId,
      name: r.name,
      organisation: r.organisation,
      answered: counts.get(r.id)?.answered ?? 0,
      lastSavedAt: counts.get(r.id)?.last ?? null,
    })),
    invitedNotResponded: invitedNotResponded.map(({ name, organisation }) => ({ name, organisation })),
    answersByQuestion,
  };
}

/** For the partnership page: how many members have started a response. */
export function countMemberResponses(assessmentId: number): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(responses)
      .where(and(eq(responses.assessmentId, assessmentId), eq(responses.kind, "member")))
      .get()?.n ?? 0
  );
}

/** The partnership an assessment belongs to, for permission checks before anything else. */
export function partnershipIdOfAssessment(assessmentId: number): number | undefined {
  return getDb()
    .select({ p: assessments.partnershipId })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .get()?.p;
}

/** The partnership's most recent submitted assessment, for links to its results. */
export function latestSubmittedAssessment(
  actor: Actor,
  partnershipId: number,
): { id: number; cycleLabel: string } | null {
  if (!can(actor, "read:assessment", { partnershipId })) return null;
  return (
    getDb()
      .select({ id: assessments.id, cycleLabel: cycles.label })
      .from(assessments)
      .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
      .where(and(eq(assessments.partnershipId, partnershipId), eq(assessments.status, "submitted")))
      .orderBy(desc(cycles.opensOn))
      .get() ?? null
  );
}
