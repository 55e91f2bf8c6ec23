// The access table's server actions about a partnership's work (e2e/access-matrix.ts): the
// self-assessment, the action plan and peer review.
import { ANY, COORDINATOR, action, type ActionEntry } from "./types";

export const WORK_ACTIONS: ActionEntry[] = [
  // Evidence documents (issue 21): removing one (uploading is a route handler's POST).
  action("lib/evidence/actions.ts#removeDocumentAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    // The consolidated answer's document, put back before each call; a member has none of their own.
    prepare: (s, g, run) =>
      run(
        `INSERT OR IGNORE INTO evidence_documents (assessment_id, response_id, question_id, file_name, stored_name, content_type, size_bytes, sha256, uploaded_at)
         SELECT ?, r.id, ?, 'Terms of reference.pdf', lower(hex(randomblob(16))), 'application/pdf', 1, 'x', '2026-01-01T00:00:00.000Z'
           FROM responses r WHERE r.assessment_id = ? AND r.kind = 'consolidated'`,
        s.currentAssessmentId,
        g.evidenceQuestionId,
        s.currentAssessmentId,
      ),
    input: (s, g) => [{ assessmentId: String(s.currentAssessmentId), questionId: g.evidenceQuestionId }],
    probe: (s) => ANY("SELECT count(*) n FROM evidence_documents WHERE assessment_id = ?", s.currentAssessmentId),
    allowed: { code: "invalid", message: /There is no document to remove/ },
    sideEffects: ["evidence_documents"],
    why: "the caller's own response's document: a coordinator the partnership's, a member their own (none here)",
  }),
  // The self-assessment.
  action("lib/assessment/actions.ts#startAssessmentAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s) => [{ partnershipId: String(s.partnershipId) }],
    idempotent: true,
    why: "already started when the test begins: starting again answers the same assessment",
  }),
  action("lib/assessment/actions.ts#startAssessmentFromForm", {
    scoped: true,
    allow: COORDINATOR,
    form: {
      page: (s) => `/partnerships/${s.partnershipId}`,
      allowed: /^\/assessments\/\d+$/,
      refused: /^\/partnerships\/\d+\?startError=/,
    },
    input: (s) => ({ partnershipId: String(s.partnershipId) }),
    idempotent: true,
  }),
  action("lib/assessment/actions.ts#saveAnswerAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    // The caller's own response (a member's, else the consolidated one), a different option, and
    // the stored answer's version, so that an allowed save really changes it.
    // A member's response exists only once they have saved (pages never create it): none means version 0.
    input: (s, g, { actor, userId, q }) => {
      const response =
        actor === "member"
          ? q<{ id: number }>(
              "SELECT id FROM responses WHERE assessment_id = ? AND kind = 'member' AND respondent_user_id = ?",
              s.currentAssessmentId,
              userId,
            )
          : q<{ id: number }>(
              "SELECT id FROM responses WHERE assessment_id = ? AND kind = 'consolidated'",
              s.currentAssessmentId,
            );
      const stored = response
        ? q<{ value: string; row_version: number }>(
            "SELECT value, row_version FROM answers WHERE response_id = ? AND question_id = ?",
            response.id,
            g.questionId,
          )
        : undefined;
      const current = stored ? (JSON.parse(stored.value) as { option?: string }).option : undefined;
      const option = g.questionOptions.find((o) => o !== current)!;
      return [
        {
          assessmentId: String(s.currentAssessmentId),
          questionId: g.questionId,
          value: { kind: "choice", option },
          baseVersion: stored?.row_version ?? 0,
        },
      ];
    },
    probe: (s, g) =>
      ANY(
        "SELECT group_concat(a.row_version) v FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.assessment_id = ? AND a.question_id = ?",
        s.currentAssessmentId,
        g.questionId,
      ),
  }),
  action("lib/assessment/actions.ts#setSectionCompleteAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    input: (s) => [{ assessmentId: String(s.currentAssessmentId), sectionId: s.sectionId, complete: "no" }],
    // Every response has the section completed first; "no" undoes the caller's.
    prepare: (s, _, run) =>
      run(
        "INSERT OR IGNORE INTO section_completions (response_id, section_id, completed_at) SELECT id, ?, '2026-01-01T00:00:00.000Z' FROM responses WHERE assessment_id = ?",
        s.sectionId,
        s.currentAssessmentId,
      ),
    probe: (s) =>
      ANY(
        "SELECT count(*) n FROM section_completions sc JOIN responses r ON r.id = sc.response_id WHERE r.assessment_id = ? AND sc.section_id = ?",
        s.currentAssessmentId,
        s.sectionId,
      ),
  }),
  action("lib/assessment/actions.ts#confirmSectionAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    input: (s) => [{ assessmentId: String(s.currentAssessmentId), sectionId: s.sectionId }],
    why: "confirms the caller's own carried-over answers (often none: then it says so); lib/assessment/carried-over.test.ts checks what it changes",
  }),
  action("lib/assessment/actions.ts#saveSectionCommentAction", {
    scoped: true,
    allow: ["coordinator:own", "member:own"],
    // The caller's own comment (a member's, else the partnership's), based on its stored version.
    input: (s, _, { actor, userId, q, n }) => {
      const mine =
        actor === "member"
          ? ["AND r.kind = 'member' AND r.respondent_user_id = ?", userId]
          : ["AND r.kind = 'consolidated'"];
      const stored = q<{ row_version: number }>(
        `SELECT c.row_version FROM section_comments c JOIN responses r ON r.id = c.response_id WHERE r.assessment_id = ? AND c.section_id = ? ${mine[0]}`,
        s.currentAssessmentId,
        s.sectionId,
        ...mine.slice(1),
      );
      return [
        {
          assessmentId: String(s.currentAssessmentId),
          sectionId: s.sectionId,
          comment: `Matrix comment ${n}`,
          baseVersion: String(stored?.row_version ?? 0),
        },
      ];
    },
    probe: (s) =>
      ANY(
        "SELECT group_concat(c.row_version || ':' || c.body) v FROM section_comments c JOIN responses r ON r.id = c.response_id WHERE r.assessment_id = ? AND c.section_id = ?",
        s.currentAssessmentId,
        s.sectionId,
      ),
  }),
  // A member's own response: every member of the partnership has one with an answer first.
  action("lib/assessment/actions.ts#finishMemberResponseAction", {
    scoped: true,
    allow: ["member:own"],
    input: (s) => [{ assessmentId: String(s.currentAssessmentId) }],
    prepare: (s, g, run) =>
      memberResponsesWithAnAnswer(s.currentAssessmentId, s.partnershipId, g.questionId, null, run),
    probe: (s) => memberResponsesFinished(s.currentAssessmentId),
  }),
  action("lib/assessment/actions.ts#reopenMemberResponseAction", {
    scoped: true,
    allow: ["member:own"],
    input: (s) => [{ assessmentId: String(s.currentAssessmentId) }],
    prepare: (s, g, run) =>
      memberResponsesWithAnAnswer(
        s.currentAssessmentId,
        s.partnershipId,
        g.questionId,
        "2026-01-01T00:00:00.000Z",
        run,
      ),
    probe: (s) => memberResponsesFinished(s.currentAssessmentId),
  }),
  action("lib/assessment/actions.ts#submitAssessmentAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s) => [{ assessmentId: String(s.currentAssessmentId) }],
    allowed: { code: "invalid", message: /Complete the section/ },
    why: "allowed, then refused because sections are incomplete",
  }),
  action("lib/assessment/actions.ts#reopenAssessmentAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s) => [{ assessmentId: String(s.currentAssessmentId) }],
    allowed: { code: "invalid", message: /not submitted/ },
    why: "allowed, then refused because this year's is still in progress",
  }),
  // The action plan.
  action("lib/action-plan/actions.ts#createPlanActionAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s, _, { n }) => [
      {
        partnershipId: String(s.partnershipId),
        dimensionId: s.sectionId,
        recommendationId: "",
        title: `Matrix action ${n}`,
        ownerOrganisation: "",
        ownerPerson: "",
        dueOn: "",
        status: "not_started",
        progressNote: "",
      },
    ],
    probe: (s) => ANY("SELECT count(*) n FROM actions WHERE partnership_id = ?", s.partnershipId),
  }),
  action("lib/action-plan/actions.ts#updatePlanActionAction", {
    scoped: true,
    mixed: true,
    allow: COORDINATOR,
    input: (s) => [
      {
        partnershipId: String(s.partnershipId),
        actionId: String(s.actionId),
        baseVersion: String(s.actionVersion),
        dimensionId: s.sectionId,
        recommendationId: "",
        title: "Matrix action updated",
        ownerOrganisation: "Matrix organisation",
        ownerPerson: "",
        dueOn: "",
        status: "in_progress",
        progressNote: "",
      },
    ],
    probe: (s) => ANY("SELECT title, row_version FROM actions WHERE id = ?", s.actionId),
  }),
  action("lib/action-plan/actions.ts#addRecommendationAction", {
    scoped: true,
    allow: COORDINATOR,
    input: (s, g) => [{ assessmentId: String(s.currentAssessmentId), recommendationId: g.recommendationId }],
    probe: (s) => ANY("SELECT count(*) n FROM actions WHERE partnership_id = ?", s.partnershipId),
  }),
  action("lib/action-plan/actions.ts#setTargetsAction", {
    scoped: true,
    allow: COORDINATOR,
    // Based on what is stored (as the page would show it), and a different stage, so that an allowed call changes it.
    input: (s, _, { n, q }) => {
      const stored = q<{ t: number }>(
        `SELECT t.target_stage t FROM dimension_targets t WHERE t.partnership_id = ? AND t.dimension_id = ? AND t.cycle_id =
           (SELECT a.cycle_id FROM assessments a JOIN cycles c ON c.id = a.cycle_id WHERE a.partnership_id = ? ORDER BY c.opens_on DESC LIMIT 1)`,
        s.partnershipId,
        s.sectionId,
        s.partnershipId,
      )?.t;
      const next = stored ? (stored % 5) + 1 : (n % 5) + 1;
      return [
        {
          partnershipId: String(s.partnershipId),
          targets: { [s.sectionId]: String(next) },
          base: { [s.sectionId]: stored ? String(stored) : "" },
          // Confirmed: the next stage round may be below the dimension's current one (then asked).
          confirmAnyway: "yes",
        },
      ];
    },
    probe: (s) =>
      ANY(
        "SELECT group_concat(target_stage) t, count(*) n FROM dimension_targets WHERE partnership_id = ?",
        s.partnershipId,
      ),
  }),
  action("lib/action-plan/actions.ts#saveFollowUpAction", {
    scoped: true,
    mixed: true,
    allow: COORDINATOR,
    input: (s, _, { q }) => [
      {
        assessmentId: String(s.currentAssessmentId),
        reviews: {
          [`a${s.actionId}`]: {
            status: "done",
            whatChanged: "Finished during the matrix test",
            baseVersion: String(
              q<{ v: number }>("SELECT row_version v FROM actions WHERE id = ?", s.actionId)?.v ?? s.actionVersion,
            ),
          },
        },
      },
    ],
    probe: (s) =>
      ANY(
        "SELECT count(*) n FROM action_reviews WHERE action_id = ? AND assessment_id = ?",
        s.actionId,
        s.currentAssessmentId,
      ),
  }),
  // Peer review: any signed-in user may call it; only the assignment's own reviewer gets past the data layer.
  action("lib/peer-review/actions.ts#savePeerReviewAction", {
    scoped: true,
    allow: ["reviewer:own"],
    input: (s) => [
      { assignmentId: String(s.assignmentId), publish: false, overallFeedback: "Matrix draft", dimensions: {} },
    ],
    probe: (s) => ANY("SELECT count(*) n, max(updated_at) u FROM peer_reviews WHERE assignment_id = ?", s.assignmentId),
  }),
];

/** Every member of the partnership with a response to the assessment holding one answer, finished or not. */
function memberResponsesWithAnAnswer(
  assessmentId: number,
  partnershipId: number,
  questionId: string,
  finishedAt: string | null,
  run: (sql: string, ...params: unknown[]) => void,
) {
  run(
    "INSERT OR IGNORE INTO responses (assessment_id, kind, respondent_user_id, organisation) SELECT ?, 'member', user_id, organisation FROM memberships WHERE partnership_id = ? AND role = 'member'",
    assessmentId,
    partnershipId,
  );
  run(
    `INSERT OR IGNORE INTO answers (response_id, question_id, value) SELECT id, ?, '{"kind":"dont_know"}' FROM responses WHERE assessment_id = ? AND kind = 'member'`,
    questionId,
    assessmentId,
  );
  run("UPDATE responses SET submitted_at = ? WHERE assessment_id = ? AND kind = 'member'", finishedAt, assessmentId);
}

const memberResponsesFinished = (assessmentId: number) =>
  ANY(
    "SELECT group_concat(coalesce(submitted_at, '-')) v FROM responses WHERE assessment_id = ? AND kind = 'member'",
    assessmentId,
  );
