import "server-only";
// For coordinators: where each member's response stands (finished, started, not started), the
// response rate, and the finished responses' answers per question.
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { answers, memberships, responses, users } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { AnswerValue } from "@/lib/framework/types";
import type { MemberResponseSummary } from "@/lib/assessment/types";
import { loadAssessmentRow } from "@/lib/assessment/data.server";
import { memberResponseStatus, responseRate } from "@/lib/assessment/member-rules";

const STATUS_ORDER = { finished: 0, started: 1, not_started: 2 } as const;

/** For coordinators: every member's status, the response rate, and finished responses' answers. */
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
      finishedAt: responses.submittedAt,
    })
    .from(responses)
    .leftJoin(users, eq(users.id, responses.respondentUserId))
    .where(and(eq(responses.assessmentId, assessmentId), eq(responses.kind, "member")))
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
    const c = counts.get(a.responseId) ?? { answered: 0, last: null };
    c.answered++;
    if (!c.last || a.updatedAt > c.last) c.last = a.updatedAt;
    counts.set(a.responseId, c);
    // Only finished responses are views to compare: one half-written is not counted yet.
    if (!r.finishedAt) continue;
    const list = answersByQuestion.get(a.questionId) ?? [];
    list.push({ name: r.name, organisation: r.organisation, value: a.value as AnswerValue });
    answersByQuestion.set(a.questionId, list);
  }
  const withResponse = new Set(rs.map((r) => r.userId));
  const notResponded = db
    .select({ userId: users.id, name: users.name, organisation: memberships.organisation })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.partnershipId, row.partnershipId), eq(memberships.role, "member"), eq(users.disabled, false)),
    )
    .orderBy(asc(users.name))
    .all()
    .filter((m) => !withResponse.has(m.userId));
  const members: MemberResponseSummary["members"] = [
    ...rs.map((r) => {
      const c = counts.get(r.id);
      const answered = c?.answered ?? 0;
      return {
        name: r.name,
        organisation: r.organisation,
        status: memberResponseStatus({ finishedAt: r.finishedAt, answered }),
        answered,
        lastSavedAt: c?.last ?? null,
        finishedAt: r.finishedAt,
      };
    }),
    ...notResponded.map((m) => ({
      name: m.name,
      organisation: m.organisation,
      status: "not_started" as const,
      answered: 0,
      lastSavedAt: null,
      finishedAt: null,
    })),
  ].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff"),
  );
  return { members, rate: responseRate(members.map((m) => m.status)), answersByQuestion };
}
