// Demo self-reviews for the rest of the 42 partnerships over the closed past cycles, so that the
// national pages (overview, map, compare, benchmark, trends, figures) show something on first
// start. Generated deterministically from the framework's seeded PRNG (mulberry32), so every demo
// and test sees the same picture. Every generated answer text and document is labelled "Demo data"
// (README "Demo data"); the partnerships with written history (history.ts) are left out here.
//
// The plan is pure (planDemoNational, unit-tested for determinism and counts); seedDemoNational
// writes it with prepared statements in the caller's transaction.
import type { AnswerMap, Framework, Question } from "../../lib/framework/types";
import { mulberry32 } from "../../lib/framework/generate";
import { scoreAssessment } from "../../lib/framework/scoring";
import type { Nation, PartnershipLevel } from "../../lib/domain/enums";
import { answersAt } from "./history";
import { answersFromRecord, isRecordQuestion } from "../../lib/assessment/profile-record";

type Sqlite = import("better-sqlite3").Database;

export const DEMO_TEXT = "Demo data: generated for demonstration, not this partnership's own answer.";
export const DEMO_DOCUMENT = "Demo document";

/** How many generated partnerships submit in each past cycle, oldest first (the rest do not). */
export const SUBMITTING_BY_CYCLE = [20, 27, 33];
/** Of those not submitting in a cycle, how many started (an unfinished self-review). */
const STARTED_NOT_SUBMITTED = 3;
/** Published peer reviews per past cycle, oldest first. */
const PEER_REVIEWED_BY_CYCLE = [0, 2, 4];

// Where a partnership starts: larger footprints had more time and structure in 2017 (report,
// "Mapping anti-slavery partnerships"), and Scotland and Northern Ireland had national structures.
const LEVEL_BASE: Record<PartnershipLevel, number> = {
  local: 0.26,
  sub_regional: 0.36,
  regional: 0.44,
  national: 0.5,
  other: 0.3,
};
const NATION_OFFSET: Record<Nation, number> = { england: 0, wales: 0.02, scotland: 0.06, northern_ireland: 0.04 };

export type DemoPartnership = {
  id: number;
  name: string;
  level: PartnershipLevel;
  nation: Nation;
  forceAreas: string[];
  /** As the partnership record holds it: the profile's answers agree with the record. */
  yearEstablished: number | null;
};
export type DemoCycle = { id: number; label: string; opensOn: string; closesOn: string };

export type PlannedReview = {
  partnershipId: number;
  cycleId: number;
  status: "submitted" | "in_progress";
  maturity: number;
  /** Submitted after the cycle's closing date. */
  late: boolean;
  submittedAt: string | null;
  /** When its answers were last saved. */
  updatedAt: string;
  answers: AnswerMap;
  peerReviewed: boolean;
};

/** A 32-bit seed from a string (FNV-1a), so each partnership and cycle gets its own stream. */
export function seedOf(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T10:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString();
}

/** Demo answers at maturity m: the framework's questions, profile answers spread like a survey's. */
export function demoAnswers(
  fw: Framework,
  p: DemoPartnership,
  m: number,
  rnd: () => number,
  evidenceDate: string,
): AnswerMap {
  const answers = answersAt(fw, m, () => (rnd() - 0.5) * 0.4, evidenceDate);
  for (const q of fw.profile) {
    if (isRecordQuestion(q.id)) continue; // answered from the record below
    if (q.type === "single") {
      // Earlier options (the report's more common answers) more often.
      answers[q.id] = { kind: "choice", option: q.options[Math.floor(rnd() ** 2 * q.options.length)]!.id };
    } else if (q.type === "multi") {
      const open = q.options.filter((o) => !o.exclusive);
      const picked = open.filter((_, k) => rnd() < 0.7 * (1 - k / open.length) + 0.08 + m * 0.2).map((o) => o.id);
      answers[q.id] = { kind: "choices", options: picked.length ? picked : [open[0]!.id] };
    }
  }
  // What the partnership record knows (level, nation, force areas, year set up) is answered as the
  // record says, every year, as the app itself would carry it into the profile.
  Object.assign(
    answers,
    { "profile.established_year": { kind: "dont_know" } },
    answersFromRecord({
      level: p.level,
      nation: p.nation,
      forceAreaIds: p.forceAreas,
      yearEstablished: p.yearEstablished,
    }),
  );
  for (const q of [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)] as Question[]) {
    const a = answers[q.id];
    if (a?.kind === "text") answers[q.id] = { kind: "text", value: DEMO_TEXT };
    if (a?.kind === "yesno" && a.evidence) answers[q.id] = { ...a, evidence: { ...a.evidence, title: DEMO_DOCUMENT } };
  }
  // A few "Don't know" answers where the framework allows them, fewer as the partnership matures.
  for (const q of fw.dimensions.flatMap((d) => d.questions))
    if (q.allowDontKnow && rnd() < 0.06 * (1 - m)) answers[q.id] = { kind: "dont_know" };
  return answers;
}

/**
 * Which partnership does what in each past cycle. Pure and deterministic: the same framework,
 * partnerships and cycles give the same plan.
 */
export function planDemoNational(fw: Framework, ps: DemoPartnership[], past: DemoCycle[]): PlannedReview[] {
  const rndOf = (key: string) => mulberry32(seedOf(`${fw.version}:${key}`));
  // Each partnership's engagement decides when it starts taking part; its own offset its maturity.
  const traits = ps.map((p) => {
    const r = rndOf(`traits:${p.name}`);
    return { p, engagement: r(), offset: (r() - 0.5) * 0.3, growth: 0.04 + r() * 0.06, lateness: r() };
  });
  const byEngagement = [...traits].sort((a, b) => b.engagement - a.engagement);
  const out: PlannedReview[] = [];
  past.forEach((cycle, i) => {
    const n = Math.min(ps.length, SUBMITTING_BY_CYCLE[Math.min(i, SUBMITTING_BY_CYCLE.length - 1)]!);
    const submitting = byEngagement.slice(0, n);
    const started = byEngagement.slice(n, n + STARTED_NOT_SUBMITTED);
    // Peer-reviewed: spread over the submitters, every few places down the ranking.
    const reviews = PEER_REVIEWED_BY_CYCLE[Math.min(i, PEER_REVIEWED_BY_CYCLE.length - 1)]!;
    const step = Math.max(1, Math.floor(submitting.length / Math.max(1, reviews)));
    const reviewed = new Set(
      Array.from({ length: reviews }, (_, k) => submitting[k * step]?.p.id).filter((x) => x !== undefined),
    );
    for (const t of [...submitting, ...started]) {
      const r = rndOf(`${t.p.name}:${cycle.label}`);
      const m = Math.max(
        0.05,
        Math.min(
          0.92,
          LEVEL_BASE[t.p.level] + NATION_OFFSET[t.p.nation] + t.offset + t.growth * i + (r() - 0.5) * 0.06,
        ),
      );
      const submitted = submitting.includes(t);
      const year = Number(cycle.opensOn.slice(0, 4));
      const late = submitted && t.lateness > 0.85;
      const submittedAt = !submitted
        ? null
        : late
          ? addDays(cycle.closesOn, 3 + Math.floor(r() * 25))
          : addDays(cycle.closesOn, -(5 + Math.floor(r() * 120)));
      // Documents dated in the spring the cycle opened; a few out of date.
      const evidenceDate = r() < 0.15 ? `${year - 2}-02-01` : `${year}-05-01`;
      out.push({
        partnershipId: t.p.id,
        cycleId: cycle.id,
        status: submitted ? "submitted" : "in_progress",
        maturity: m,
        late,
        submittedAt,
        updatedAt: submittedAt ?? addDays(cycle.closesOn, -(30 + Math.floor(r() * 60))),
        answers: demoAnswers(fw, t.p, m, r, evidenceDate),
        peerReviewed: submitted && reviewed.has(t.p.id),
      });
    }
  });
  return out;
}

/**
 * Writes the plan: self-reviews with their consolidated response, scores and completed sections,
 * and for the peer-reviewed ones a published review by `reviewerUserId` with validated stages.
 */
export function seedDemoNational(
  sqlite: Sqlite,
  fw: Framework,
  plan: PlannedReview[],
  people: { reviewerUserId: number; assignedByUserId: number },
): void {
  const insAssessment = sqlite.prepare(
    "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, scores_snapshot, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insResponse = sqlite.prepare(
    "INSERT INTO responses (assessment_id, kind, respondent_user_id, organisation, submitted_at) VALUES (?, 'consolidated', NULL, NULL, ?)",
  );
  const insAnswer = sqlite.prepare(
    "INSERT INTO answers (response_id, question_id, value, updated_at) VALUES (?, ?, ?, ?)",
  );
  const insDone = sqlite.prepare(
    "INSERT INTO section_completions (response_id, section_id, completed_at) VALUES (?, ?, ?)",
  );
  const insAssignment = sqlite.prepare(
    "INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id, assigned_by_user_id, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insReview = sqlite.prepare(
    "INSERT INTO peer_reviews (assignment_id, assessment_id, status, overall_feedback, published_at, updated_at) VALUES (?, ?, 'published', ?, ?, ?)",
  );
  const insReviewDim = sqlite.prepare(
    "INSERT INTO peer_review_dimensions (review_id, dimension_id, self_stage, validated_stage, findings, reason) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const sections = ["profile", ...fw.dimensions.map((d) => d.id)];
  for (const r of plan) {
    const touched = r.updatedAt;
    const score = scoreAssessment(fw, r.answers);
    const snapshot = r.status === "submitted" ? JSON.stringify({ ...score, computedAt: r.submittedAt }) : null;
    const assessmentId = Number(
      insAssessment.run(r.partnershipId, r.cycleId, r.status, fw.version, r.submittedAt, snapshot, touched, touched)
        .lastInsertRowid,
    );
    const responseId = Number(insResponse.run(assessmentId, r.submittedAt).lastInsertRowid);
    for (const [qid, v] of Object.entries(r.answers)) insAnswer.run(responseId, qid, JSON.stringify(v), touched);
    // An unfinished one has done the profile and half its dimensions.
    const done = r.status === "submitted" ? sections : sections.slice(0, 1 + Math.floor(fw.dimensions.length / 2));
    for (const s of done) insDone.run(responseId, s, touched);
    if (!r.peerReviewed || !r.submittedAt) continue;
    const visited = addDays(r.submittedAt.slice(0, 10), 30);
    const assignmentId = Number(
      insAssignment.run(people.reviewerUserId, r.partnershipId, r.cycleId, people.assignedByUserId, r.submittedAt)
        .lastInsertRowid,
    );
    const reviewId = Number(
      insReview.run(
        assignmentId,
        assessmentId,
        "Demo data: a generated peer review, not a real visit.",
        visited,
        visited,
      ).lastInsertRowid,
    );
    // The reviewer agrees with most stages and finds two a stage lower than self-assessed.
    score.dimensions.forEach((d, k) => {
      const lower = (k + r.partnershipId) % 5 === 0 && d.stage.index > 1;
      insReviewDim.run(
        reviewId,
        d.dimensionId,
        d.stage.index,
        lower ? d.stage.index - 1 : d.stage.index,
        "Demo data: generated findings.",
        lower ? "Demo data: the evidence seen did not yet show this stage in practice." : null,
      );
    });
  }
}
