// Three years of plausible history for a few demo partnerships: submitted self-reviews that
// mature year by year, members' responses that do not always agree, an action plan followed up
// each year, and targets. Deterministic, so that demos and tests see the same story.
import type { Question, AnswerMap, AnswerValue, Framework } from "../../lib/framework/types";
import { scoreAssessment } from "../../lib/framework/scoring";
import { answersFromRecord, type PartnershipRecordFields } from "../../lib/assessment/profile-record";

type Sqlite = import("better-sqlite3").Database;

/** A partnership's answers at maturity m (0 = just forming, 1 = leading), nudged by `jitter`. */
export function answersAt(fw: Framework, m: number, jitter: (q: Question) => number, evidenceDate: string): AnswerMap {
  const out: AnswerMap = {};
  const level = (q: Question) => Math.max(0, Math.min(1, m + jitter(q)));
  const pick = (q: Question): AnswerValue => {
    const x = level(q);
    switch (q.type) {
      case "single": {
        const byPoints = [...q.options].sort((a, b) => a.points - b.points);
        return {
          kind: "choice",
          option: byPoints[Math.min(byPoints.length - 1, Math.round(x * (byPoints.length - 1)))]!.id,
        };
      }
      case "multi": {
        const options = q.options.filter((o) => !o.exclusive);
        const n = Math.max(1, Math.round(x * options.length));
        return { kind: "choices", options: options.slice(0, n).map((o) => o.id) };
      }
      case "yesno_evidence":
        return x >= 0.45
          ? { kind: "yesno", answer: "yes", evidence: { title: "Partnership document", date: evidenceDate } }
          : { kind: "yesno", answer: "no" };
      case "number": {
        const top = q.bands.length ? q.bands[q.bands.length - 1]!.atLeast : Math.min(q.max, q.min + 20);
        const v = q.min + x * (Math.min(q.max, Math.max(top, q.min)) - q.min);
        // As people answer: whole numbers, or to one decimal place (hours a week).
        const rounded = q.integer ? Math.round(v) : Math.round(v * 10) / 10;
        return { kind: "number", value: Math.max(q.min, Math.min(q.max, rounded)) };
      }
      case "text":
        return { kind: "text", value: "Recorded in the partnership’s annual review." };
    }
  };
  for (const q of [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)]) out[q.id] = pick(q);
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) / 4294967296;
}

export type HistoryPlan = {
  partnershipId: number;
  /** Maturity in each past cycle, oldest first. */
  maturity: number[];
  /** In the latest year, one governance document's evidence is more than a year old. */
  staleEvidence?: boolean;
  memberUserIds?: number[];
  coordinatorUserId: number;
  /** The partnership record: its profile answers say the same (a year it does not know is "Don't know"). */
  record?: PartnershipRecordFields;
};

/** The generated answers with the record's level, nation, force areas and year set up. */
function withRecord(answers: AnswerMap, record: PartnershipRecordFields | undefined): AnswerMap {
  if (!record) return answers;
  return { ...answers, "profile.established_year": { kind: "dont_know" }, ...answersFromRecord(record) };
}

export function seedHistory(
  sqlite: Sqlite,
  fw: Framework,
  pastCycles: { id: number; label: string; opensOn: string }[],
  plan: HistoryPlan,
): void {
  const insAssessment = sqlite.prepare(
    "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version, submitted_at, submitted_by_user_id, scores_snapshot) VALUES (?, ?, 'submitted', ?, ?, ?, ?)",
  );
  const insResponse = sqlite.prepare(
    "INSERT INTO responses (assessment_id, kind, respondent_user_id, organisation, submitted_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insAnswer = sqlite.prepare(
    "INSERT INTO answers (response_id, question_id, value, updated_by_user_id, updated_at) VALUES (?, ?, ?, ?, ?)",
  );
  const insDone = sqlite.prepare(
    "INSERT INTO section_completions (response_id, section_id, completed_at) VALUES (?, ?, ?)",
  );
  const insAction = sqlite.prepare(
    "INSERT INTO actions (partnership_id, cycle_id, dimension_id, recommendation_id, title, owner_organisation, owner_person, due_on, status, progress_note, created_by_user_id, created_at) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insReview = sqlite.prepare(
    "INSERT INTO action_reviews (action_id, assessment_id, status, what_changed, reviewed_by_user_id, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const insTarget = sqlite.prepare(
    "INSERT INTO dimension_targets (partnership_id, cycle_id, dimension_id, target_stage, set_by_user_id, set_at) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const sections = ["profile", ...fw.dimensions.map((d) => d.id)];
  let openActions: { id: number; dimensionId: string }[] = [];

  pastCycles.forEach((cycle, i) => {
    const m = plan.maturity[i]!;
    const year = Number(cycle.opensOn.slice(0, 4));
    const submittedAt = `${year + 1}-02-20T10:00:00.000Z`;
    // Evidence dated the spring the cycle opened; the oldest year's documents are two years older (out of date).
    const evidenceDate = i === 0 ? `${year - 2}-03-01` : `${year}-05-01`;
    const answers = withRecord(
      answersAt(fw, m, (q) => (hash(`${plan.partnershipId}:${q.id}:${i}`) - 0.5) * 0.3, evidenceDate),
      plan.record,
    );
    if (plan.staleEvidence && i === pastCycles.length - 1) {
      const doc = fw.dimensions.flatMap((d) => d.questions).find((q) => q.type === "yesno_evidence")!;
      answers[doc.id] = {
        kind: "yesno",
        answer: "yes",
        evidence: { title: "Terms of reference", date: `${year - 2}-01-15` },
      };
    }
    const snapshot = { ...scoreAssessment(fw, answers), computedAt: submittedAt };
    const assessmentId = Number(
      insAssessment.run(
        plan.partnershipId,
        cycle.id,
        fw.version,
        submittedAt,
        plan.coordinatorUserId,
        JSON.stringify(snapshot),
      ).lastInsertRowid,
    );
    const responseId = Number(insResponse.run(assessmentId, "consolidated", null, null, null).lastInsertRowid);
    for (const [qid, v] of Object.entries(answers))
      insAnswer.run(responseId, qid, JSON.stringify(v), plan.coordinatorUserId, submittedAt);
    for (const s of sections) insDone.run(responseId, s, submittedAt);

    // Members answer for their own organisations in the latest year, not always in agreement.
    if (i === pastCycles.length - 1) {
      (plan.memberUserIds ?? []).forEach((uid, k) => {
        const rid = Number(
          // Finished: members mark their response finished before the coordinator submits.
          insResponse.run(assessmentId, "member", uid, `Member organisation ${k + 1}`, submittedAt).lastInsertRowid,
        );
        const mine = withRecord(
          answersAt(
            fw,
            Math.max(0, Math.min(1, m + [-0.35, 0.1, 0.3][k % 3]!)),
            (q) => (hash(`${uid}:${q.id}`) - 0.5) * 0.5,
            evidenceDate,
          ),
          plan.record,
        );
        // Members answer the dimensions, not the partnership profile (lib/assessment/member-rules.ts).
        for (const [qid, v] of Object.entries(mine))
          if (!qid.startsWith("profile.")) insAnswer.run(rid, qid, JSON.stringify(v), uid, submittedAt);
      });
    }

    // Follow up last year's open actions in this year's review.
    openActions.forEach((a, k) => {
      const status = k % 3 === 2 ? "in_progress" : "done";
      insReview.run(
        a.id,
        assessmentId,
        status,
        status === "done" ? "Completed and reported to the partnership board." : "Started; carried into this year.",
        plan.coordinatorUserId,
        submittedAt,
      );
      sqlite
        .prepare("UPDATE actions SET status = ?, progress_note = ? WHERE id = ?")
        .run(
          status,
          status === "done" ? "Completed and reported to the partnership board." : "Started; carried into this year.",
          a.id,
        );
    });

    // This year's action plan: one action for each of the three lowest dimensions.
    const lowest = [...snapshot.dimensions].sort((a, b) => (a.score ?? 0) - (b.score ?? 0)).slice(0, 3);
    openActions = lowest.map((d, k) => {
      const dim = fw.dimensions.find((x) => x.id === d.dimensionId)!;
      const next = d.unmetForNextStage[0]?.text ?? `Strengthen ${dim.name.toLowerCase()}`;
      const id = Number(
        insAction.run(
          plan.partnershipId,
          cycle.id,
          dim.id,
          next,
          ["Police", "City Council", "County Council"][k],
          ["Sam Patel", "Jo Evans", "Alex Morgan"][k],
          `${year + 1}-12-31`,
          "not_started",
          null,
          plan.coordinatorUserId,
          submittedAt,
        ).lastInsertRowid,
      );
      return { id, dimensionId: dim.id };
    });
    for (const d of snapshot.dimensions)
      insTarget.run(
        plan.partnershipId,
        cycle.id,
        d.dimensionId,
        Math.min(5, d.stage.index + 1),
        plan.coordinatorUserId,
        submittedAt,
      );
  });
  // The latest year's actions are under way as the new cycle opens.
  if (openActions[0])
    sqlite
      .prepare(
        "UPDATE actions SET status = 'in_progress', progress_note = 'Draft circulated to partners.' WHERE id = ?",
      )
      .run(openActions[0].id);
}
