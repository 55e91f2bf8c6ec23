import "server-only";
// The annual self-assessment as the acting user may see it: its context (whose answers, what they
// may do), its answers and each section's progress. Writing: answers.server.ts (saving answers,
// completing sections), lifecycle.server.ts (start, submit, reopen). Every function checks the
// acting user's permission for the assessment's partnership itself.
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, preparedOnce } from "@/db/client";
import { answers, assessments, cycles, partnerships, responses, sectionCompletions, users } from "@/db/schema";
import { can, partnershipRelation, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { getFramework } from "@/lib/framework";
import type { AnswerMap, AnswerValue } from "@/lib/framework/types";
import {
  needsNewAnswer,
  sectionsOf,
  sectionProgress,
  type AnswerState,
  type SectionProgress,
} from "@/lib/assessment/rules";
import type { AnswerRecord, AssessmentContext, ResponseRole } from "@/lib/assessment/types";
import { sectionsForRole } from "@/lib/assessment/member-rules";
import { contentMemo } from "@/lib/cache/content-memo";

type AssessmentRow = {
  id: number;
  status: (typeof assessments.$inferSelect)["status"];
  frameworkVersion: string;
  submittedAt: string | null;
  partnershipId: number;
  cycleId: number;
  partnershipName: string;
  partnershipLevel: (typeof partnerships.$inferSelect)["level"];
  cycleLabel: string;
  opensOn: string;
  closesOn: string;
  cycleStatus: (typeof cycles.$inferSelect)["status"];
};

// Hot paths (every question page, autosave and results page): prepared once per connection.
const statements = preparedOnce((db) => ({
  // Plain SQL prepared once per connection, as the hottest reads are (docs/decisions/0012).
  assessmentRow: db.$client.prepare<{ assessmentId: number }, AssessmentRow>(
    `SELECT a.id, a.status, a.framework_version AS frameworkVersion, a.submitted_at AS submittedAt,
            a.partnership_id AS partnershipId, a.cycle_id AS cycleId, p.name AS partnershipName,
            p.level AS partnershipLevel, c.label AS cycleLabel, c.opens_on AS opensOn, c.closes_on AS closesOn,
            c.status AS cycleStatus
     FROM assessments a
     JOIN partnerships p ON p.id = a.partnership_id
     JOIN cycles c ON c.id = a.cycle_id
     WHERE a.id = :assessmentId`,
  ),
  consolidatedResponse: db.$client.prepare<{ assessmentId: number }, { id: number }>(
    "SELECT id FROM responses WHERE assessment_id = :assessmentId AND kind = 'consolidated'",
  ),
  membershipOrganisation: db.$client.prepare<
    { partnershipId: number; userId: number },
    { organisation: string | null }
  >("SELECT organisation FROM memberships WHERE partnership_id = :partnershipId AND user_id = :userId"),
  memberResponse: db.$client.prepare<
    { assessmentId: number; userId: number },
    { id: number; organisation: string | null; finishedAt: string | null }
  >(
    `SELECT id, organisation, submitted_at AS finishedAt FROM responses
     WHERE assessment_id = :assessmentId AND respondent_user_id = :userId`,
  ),
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
  // A response's answers as one string (question id and JSON value, in question order): the
  // memo's key, and what is parsed when it misses. JSON text holds no raw control characters, so
  // the two separators cannot occur inside a value.
  answerValuesText: db.$client.prepare<[number], { c: string | null }>(
    `SELECT group_concat(question_id || char(31) || value, char(30)) AS c
     FROM (SELECT question_id, value FROM answers WHERE response_id = ? ORDER BY question_id)`,
  ),
}));

export function loadAssessmentRow(assessmentId: number) {
  return statements().assessmentRow.get({ assessmentId });
}

export function consolidatedResponseId(assessmentId: number): number | null {
  return statements().consolidatedResponse.get({ assessmentId })?.id ?? null;
}

export function memberResponseId(assessmentId: number, userId: number): number | null {
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
  let memberResponse: AssessmentContext["memberResponse"] = null;
  if (relation === "coordinator") role = "consolidated";
  if (relation === "member") {
    role = "member";
    // Null until their first save creates it (reading a page never writes).
    const own = statements().memberResponse.get({ assessmentId, userId: actor.userId });
    responseId = own?.id ?? null;
    // Before their first save, the organisation their membership names (the response copies it then).
    const organisation =
      own?.organisation ??
      statements().membershipOrganisation.get({ partnershipId: row.partnershipId, userId: actor.userId })
        ?.organisation ??
      null;
    memberResponse = { organisation, finishedAt: own?.finishedAt ?? null };
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
    sections: sectionsForRole(sectionsOf(framework), role),
    role,
    responseId,
    memberResponse,
    // A member who has marked their response finished changes it only after reopening it.
    canEdit:
      role !== "read-only" &&
      inProgress &&
      open &&
      !memberResponse?.finishedAt &&
      can(actor, editPermission, { partnershipId: row.partnershipId }),
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

// Parsed answers by response, keyed by their stored text: the results, trends and national pages
// score the same answers again and again; a changed answer is different text, so never stale.
const answerValuesMemo = contentMemo<AnswerMap>(2000);
const NO_ANSWERS: AnswerMap = Object.freeze({});

/**
 * One response's answers as question id → value: what scoring reads. The map is frozen and the
 * same object for the same stored answers (so that work derived from it can be memoised too).
 */
export function answerValues(responseId: number | null): AnswerMap {
  if (!responseId) return NO_ANSWERS;
  const text = statements().answerValuesText.get(responseId)?.c ?? "";
  return answerValuesMemo(responseId, text, () => {
    const out: AnswerMap = {};
    if (!text) return out;
    for (const row of text.split("\x1e")) {
      const cut = row.indexOf("\x1f");
      out[row.slice(0, cut)] = JSON.parse(row.slice(cut + 1)) as AnswerValue;
    }
    return out;
  });
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
