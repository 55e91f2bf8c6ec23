import "server-only";
// For coordinators: who among the members has responded, and every member's answer per question.
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, memberships, responses, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { AnswerValue } from "@/lib/framework/types";
import type { MemberResponseSummary } from "@/lib/assessment/types";
import { loadAssessmentRow } from "@/lib/assessment/data.server";

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
