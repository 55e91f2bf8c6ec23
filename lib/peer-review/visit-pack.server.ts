import "server-only";
// The printable visit pack of a peer-review assignment: the partnership's profile, its self-review
// under the current framework version, strengths and areas for development, lines of enquiry
// (lib/peer-review/rules.ts), documents to request and the last review's findings. It shows the
// partnership as it stood in the assignment's cycle: members who had joined and actions that had
// been raised by its close, not people or actions added since.
import { and, desc, eq, lt, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  assessments,
  cycles,
  memberships,
  partnerships,
  peerReviewDimensions,
  peerReviews,
  reviewAssignments,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { answerValues, consolidatedResponseId } from "@/lib/assessment/data.server";
import { consolidatedAnswers, memberResponseIds } from "@/lib/results/history.server";
import { getFramework, getQuestion, mapAnswers } from "@/lib/framework";
import { scoreAssessment, type AssessmentScore } from "@/lib/framework/scoring";
import type { AnswerMap } from "@/lib/framework/types";
import { dimensionSpread } from "@/lib/framework/respondents";
import { describeAnswer } from "@/lib/assessment/describe";
import { linesOfEnquiry, strengthsAndDevelopment } from "@/lib/peer-review/rules";
import { assignmentFor, endOfCycle, reviewedAssessment } from "@/lib/peer-review/data.server";
import { loadSectionComments } from "@/lib/assessment/comments.server";
import { sectionsOf } from "@/lib/assessment/rules";
import { documentsOfAssessment } from "@/lib/evidence/documents.server";
import { evidenceIsOutOfDate } from "@/lib/framework/schema";
import { todayIso } from "@/lib/format";

export function visitPack(actor: Actor, assignmentId: number) {
  const a = assignmentFor(actor, assignmentId);
  if (!a) return null;
  const fw = getFramework()!;
  const db = getDb();
  const reviewed = reviewedAssessment(a);
  const cycleEnd = endOfCycle(a.cycleClosesOn);
  const people = db
    .select({ name: users.name, role: memberships.role, organisation: memberships.organisation })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.partnershipId, a.partnershipId), lte(memberships.createdAt, cycleEnd)))
    .all();
  const forceAreas = db.$client
    .prepare(
      "SELECT fa.name FROM partnership_force_areas x JOIN force_areas fa ON fa.id = x.force_area_id WHERE x.partnership_id = ? ORDER BY fa.name",
    )
    .all(a.partnershipId) as { name: string }[];
  const p = db.select().from(partnerships).where(eq(partnerships.id, a.partnershipId)).get()!;
  if (!reviewed)
    return { assignment: a, partnership: p, forceAreas: forceAreas.map((f) => f.name), people, reviewed: null };

  // The pack reads the self-review under the current framework version (answers rolled forward,
  // scores as re-scored), so that every line of enquiry rests on one version; it says which.
  const toCurrent = (version: string, a: AnswerMap) =>
    version === fw.version ? a : mapAnswers(version, fw.version, a);
  const comparable = (row: {
    frameworkVersion: string;
    scores: unknown;
    rescored: unknown;
    rescoredVersion: string | null;
    id: number;
  }) =>
    row.frameworkVersion === fw.version
      ? (row.scores as AssessmentScore)
      : row.rescoredVersion === fw.version && row.rescored
        ? (row.rescored as AssessmentScore)
        : scoreAssessment(fw, toCurrent(row.frameworkVersion, consolidatedAnswers(row.id)));
  const answers = toCurrent(reviewed.frameworkVersion, consolidatedAnswers(reviewed.id));
  const scores = comparable(reviewed).dimensions;
  // Finished responses only, as on the results page.
  const spread = dimensionSpread(
    fw,
    memberResponseIds(reviewed.id).map((id) => ({
      respondentId: String(id),
      answers: toCurrent(reviewed.frameworkVersion, answerValues(id)),
    })),
    answers,
  );
  const previous = db
    .select({
      id: assessments.id,
      frameworkVersion: assessments.frameworkVersion,
      scores: assessments.scoresSnapshot,
      rescored: assessments.rescoredSnapshot,
      rescoredVersion: assessments.rescoredVersion,
      label: cycles.label,
    })
    .from(assessments)
    .innerJoin(cycles, eq(cycles.id, assessments.cycleId))
    .where(
      and(
        eq(assessments.partnershipId, a.partnershipId),
        eq(assessments.status, "submitted"),
        lt(cycles.opensOn, reviewed.opensOn),
      ),
    )
    .orderBy(desc(cycles.opensOn))
    .get();
  // The plan as it stood in the assignment's cycle: actions raised in it or before, by its close.
  const actionRows = db.$client
    .prepare(
      `SELECT a.title, a.dimension_id AS dimensionId, a.due_on AS dueOn, a.status
       FROM actions a JOIN cycles c ON c.id = a.cycle_id
       WHERE a.partnership_id = ? AND c.opens_on <= ? AND a.created_at <= ?`,
    )
    .all(a.partnershipId, a.cycleOpensOn, cycleEnd) as {
    title: string;
    dimensionId: string;
    dueOn: string | null;
    status: string;
  }[];
  const lines = linesOfEnquiry({
    framework: fw,
    answers,
    scores,
    spread,
    previous: previous ? { cycleLabel: previous.label, scores: comparable(previous).dimensions } : null,
    actions: actionRows,
    cycleOpensOn: reviewed.opensOn,
    today: todayIso(),
  });
  const { strengths, development } = strengthsAndDevelopment(scores);
  const name = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;
  // The documents the partnership uploaded (issue 21), each dated by its evidence's date (else its
  // upload) and flagged when older than the freshness rule, as evidence dates are.
  const uploaded = new Map(documentsOfAssessment(reviewed.id).map((d) => [d.questionId, d]));
  const documents = fw.dimensions.flatMap((d) =>
    d.questions
      .filter((q) => q.type === "yesno_evidence")
      .map((q) => {
        const a = answers[q.id];
        // A document is evidence for a "Yes": beside any other answer it is not listed to request.
        const file = a?.kind === "yesno" && a.answer === "yes" ? uploaded.get(q.id) : undefined;
        const date = file
          ? ((a?.kind === "yesno" ? a.evidence?.date : undefined) ?? file.uploadedAt.slice(0, 10))
          : null;
        return {
          question: q.text,
          answer: describeAnswer(q, answers[q.id]),
          prompt: q.type === "yesno_evidence" ? (q.evidencePrompt ?? null) : null,
          file: file
            ? {
                assessmentId: reviewed.id,
                questionId: q.id,
                fileName: file.fileName,
                date: date!,
                outOfDate: evidenceIsOutOfDate(date, reviewed.opensOn),
              }
            : null,
        };
      }),
  );
  const profile = [
    "profile.chair_org",
    "profile.coordinator_org",
    "profile.activities",
    "profile.funding_sources",
    "profile.member_types",
  ].map((id) => {
    const q = getQuestion(fw, id);
    return { id, text: q?.text ?? id, answer: q ? describeAnswer(q, answers[id]) : "" };
  });
  const lastReview = db
    .select({ id: peerReviews.id, feedback: peerReviews.overallFeedback, cycleLabel: cycles.label })
    .from(peerReviews)
    .innerJoin(reviewAssignments, eq(reviewAssignments.id, peerReviews.assignmentId))
    .innerJoin(cycles, eq(cycles.id, reviewAssignments.cycleId))
    .where(
      and(
        eq(reviewAssignments.partnershipId, a.partnershipId),
        eq(peerReviews.status, "published"),
        lt(cycles.opensOn, a.cycleOpensOn),
      ),
    )
    .orderBy(desc(cycles.opensOn))
    .get();
  return {
    assignment: a,
    partnership: p,
    forceAreas: forceAreas.map((f) => f.name),
    people,
    reviewed: {
      id: reviewed.id,
      cycleLabel: reviewed.cycleLabel,
      recordedVersion: reviewed.frameworkVersion,
      version: fw.version,
    },
    profile,
    scores,
    strengths: strengths.map((s) => ({ name: name(s.dimensionId), stage: s.stage, score: s.score })),
    development: development.map((s) => ({ name: name(s.dimensionId), stage: s.stage, score: s.score })),
    lines,
    documents,
    // The partnership's own comments on each section of the self-review (issue 19, part A).
    comments: commentsInSectionOrder(fw, loadSectionComments(consolidatedResponseId(reviewed.id))),
    lastReview: lastReview
      ? {
          cycleLabel: lastReview.cycleLabel,
          feedback: lastReview.feedback,
          dimensions: db
            .select()
            .from(peerReviewDimensions)
            .where(eq(peerReviewDimensions.reviewId, lastReview.id))
            .all(),
        }
      : null,
  };
}

/**
 * The partnership's section comments in the self-review's order, each under its section's title as
 * the self-review shows it; a comment on a section this framework version does not have (one
 * written under another version) comes last, under its id, rather than being lost.
 */
function commentsInSectionOrder(
  fw: Parameters<typeof sectionsOf>[0],
  comments: ReadonlyMap<string, { body: string }>,
): { sectionId: string; section: string; body: string }[] {
  const sections = sectionsOf(fw);
  const known = new Set(sections.map((s) => s.id));
  return [
    ...sections.flatMap((s) => {
      const c = comments.get(s.id);
      return c ? [{ sectionId: s.id, section: s.title, body: c.body }] : [];
    }),
    ...[...comments]
      .filter(([id]) => !known.has(id))
      .map(([sectionId, c]) => ({ sectionId, section: sectionId, body: c.body })),
  ];
}
