// The database schema. One table per thing the partnership talks about; timestamps are ISO 8601
// strings in UTC, dates (cycle opens/closes) are yyyy-mm-dd.
import { sql } from "drizzle-orm";
import {
  sqliteTable,
  text,
  integer,
  primaryKey,
  uniqueIndex,
  index,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";

import {
  GLOBAL_ROLES,
  PARTNERSHIP_ROLES,
  PARTNERSHIP_LEVELS,
  NATIONS,
  CYCLE_STATUSES,
  ASSESSMENT_STATUSES,
  RESPONSE_KINDS,
  AUDIT_OUTCOMES,
  PLAN_ACTION_STATUSES,
  MAIL_STATUSES,
} from "../lib/domain/enums";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(), // stored lower-case
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  globalRole: text("global_role", { enum: GLOBAL_ROLES }),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  // Bumped on disable, role change or forced sign-out: older sessions stop working at once.
  sessionVersion: integer("session_version").notNull().default(1),
  // Set when an administrator erased the person (UK GDPR, lib/admin/erasure.server.ts): name and email are
  // then a pseudonym, the password is gone and the account can never be used or changed again.
  erasedAt: text("erased_at"),
  createdAt: text("created_at").notNull().default(now),
  updatedAt: text("updated_at").notNull().default(now),
});

// Server-side record of each sign-in, so that idle and absolute limits and sign-out are enforced
// by the database rather than trusted to the cookie.
export const userSessions = sqliteTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionVersion: integer("session_version").notNull(),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    endedAt: text("ended_at"),
    endReason: text("end_reason"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

export const partnerships = sqliteTable(
  "partnerships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    level: text("level", { enum: PARTNERSHIP_LEVELS }).notNull(),
    nation: text("nation", { enum: NATIONS }).notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => partnerships.id, {
      onDelete: "set null",
    }),
    yearEstablished: integer("year_established"),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("partnerships_name_uq").on(t.name), index("partnerships_parent_idx").on(t.parentId)],
);

export const forceAreas = sqliteTable("force_areas", {
  id: text("id").primaryKey(), // stable slug, e.g. "west-yorkshire"
  name: text("name").notNull(),
  nation: text("nation", { enum: NATIONS }).notNull(),
  region: text("region").notNull(),
});

export const partnershipForceAreas = sqliteTable(
  "partnership_force_areas",
  {
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    forceAreaId: text("force_area_id")
      .notNull()
      .references(() => forceAreas.id),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.forceAreaId] }), index("pfa_force_idx").on(t.forceAreaId)],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    role: text("role", { enum: PARTNERSHIP_ROLES }).notNull(),
    organisation: text("organisation"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("memberships_user_partnership_uq").on(t.userId, t.partnershipId),
    index("memberships_partnership_idx").on(t.partnershipId),
  ],
);

export const cycles = sqliteTable("cycles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  label: text("label").notNull().unique(), // e.g. "2026/27"
  opensOn: text("opens_on").notNull(),
  closesOn: text("closes_on").notNull(),
  status: text("status", { enum: CYCLE_STATUSES }).notNull().default("planned"),
  createdAt: text("created_at").notNull().default(now),
});

export const reviewAssignments = sqliteTable(
  "review_assignments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reviewerUserId: integer("reviewer_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    assignedByUserId: integer("assigned_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("review_assignments_uq").on(t.reviewerUserId, t.partnershipId, t.cycleId),
    index("review_assignments_partnership_idx").on(t.partnershipId),
  ],
);

export const assessments = sqliteTable(
  "assessments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    status: text("status", { enum: ASSESSMENT_STATUSES }).notNull().default("in_progress"),
    frameworkVersion: text("framework_version").notNull(),
    submittedAt: text("submitted_at"),
    submittedByUserId: integer("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    scoresSnapshot: text("scores_snapshot", { mode: "json" }),
    // A submitted assessment keeps its recorded scores (above, under frameworkVersion); when a
    // later framework version is current, its answers are also re-scored under that version so
    // that trends compare like with like.
    rescoredSnapshot: text("rescored_snapshot", { mode: "json" }),
    rescoredVersion: text("rescored_version"),
    createdAt: text("created_at").notNull().default(now),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("assessments_partnership_cycle_uq").on(t.partnershipId, t.cycleId),
    index("assessments_cycle_idx").on(t.cycleId),
  ],
);

// One response per respondent: the coordinators' consolidated (official) response, and one per
// member who answers for their own organisation.
export const responses = sqliteTable(
  "responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: RESPONSE_KINDS }).notNull(),
    // null for the consolidated response, which any coordinator of the partnership edits.
    respondentUserId: integer("respondent_user_id").references(() => users.id, { onDelete: "set null" }),
    organisation: text("organisation"),
    submittedAt: text("submitted_at"),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("responses_member_uq").on(t.assessmentId, t.respondentUserId),
    uniqueIndex("responses_consolidated_uq")
      .on(t.assessmentId)
      .where(sql`kind = 'consolidated'`),
  ],
);

export const answers = sqliteTable(
  "answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: text("value", { mode: "json" }).notNull(),
    // Optimistic concurrency: every save names the version it was based on.
    rowVersion: integer("row_version").notNull().default(1),
    carriedOverFromCycleId: integer("carried_over_from_cycle_id").references(() => cycles.id),
    confirmedAt: text("confirmed_at"),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [uniqueIndex("answers_response_question_uq").on(t.responseId, t.questionId)],
);

// Answers as they were before an open self-review moved to a later framework version: nothing a
// user saved is lost, even where the new version asks the question differently.
export const answerArchive = sqliteTable(
  "answer_archive",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    frameworkVersion: text("framework_version").notNull(),
    questionId: text("question_id").notNull(),
    value: text("value", { mode: "json" }).notNull(),
    archivedAt: text("archived_at").notNull().default(now),
  },
  (t) => [index("answer_archive_response_idx").on(t.responseId)],
);

// Append-only: the code has no delete path, and triggers in the migrations refuse deletes and
// every update but one: a refusal repeated by the same actor, on the same action and target, from
// the same address within the same minute raises its entry's repeat count (and last time) instead
// of adding a row (lib/audit/write.ts), so that repeating refused requests cannot grow the log
// without bound. Nothing else in a row can change.
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull(),
    actorUserId: integer("actor_user_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull(),
    detail: text("detail"),
    ip: text("ip"),
    repeatCount: integer("repeat_count").notNull().default(1),
    lastAt: text("last_at"),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_actor_idx").on(t.actorUserId)],
);

// Audit retention (lib/ops/audit-retention.mjs): while a row here exists, the audit log's delete
// trigger lets through entries older than its cutoff, and only those. The retention job writes it,
// deletes and removes it in one transaction; nothing else writes here.
export const auditPurgePermits = sqliteTable("audit_purge_permits", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  cutoff: text("cutoff").notNull(),
});

// Erasure of a person (lib/admin/erasure.server.ts): while a row here exists, the audit log's update trigger
// lets through one change only: in entries naming that person, their email (as the actor, or
// anywhere in the detail) and their name (as a whole value in the detail) replaced by the row's
// pseudonym, and only once the user's own row already carries it. The erasure writes it, rewrites
// the entries and removes it in one transaction; nothing else writes here. The *_json columns are
// the names as JSON.stringify writes them into the detail (quotes included), so that only whole
// values match: a short name must not match inside other words or the detail's keys.
export const auditErasurePermits = sqliteTable("audit_erasure_permits", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: integer("user_id").notNull(),
  oldEmail: text("old_email").notNull(),
  newEmail: text("new_email").notNull(),
  oldNameJson: text("old_name_json").notNull(),
  newNameJson: text("new_name_json").notNull(),
});

// Sign-in throttling (lib/auth/throttle.ts): one row per submitted email string ("account:…") and
// per client address ("address:…"), counting failed attempts in the current window. Kept in the
// database so that the limits hold across processes and restarts. Times are epoch milliseconds.
export const signInThrottle = sqliteTable(
  "sign_in_throttle",
  {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull(),
    firstAt: integer("first_at").notNull(),
    lastAt: integer("last_at").notNull(),
  },
  // For pruning rows whose window and lock are long over.
  (t) => [index("sign_in_throttle_last_idx").on(t.lastAt)],
);

// A respondent marks each section of their response complete (GOV.UK task list pattern).
export const sectionCompletions = sqliteTable(
  "section_completions",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    sectionId: text("section_id").notNull(),
    completedAt: text("completed_at").notNull(),
    completedByUserId: integer("completed_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.sectionId] })],
);

// A respondent's comment on one section ("Anything else we should know about …?"): the
// consolidated response's is the partnership's, a member's is theirs. Rolled into next year's
// self-review like answers, marked as carried over until confirmed or edited.
export const sectionComments = sqliteTable(
  "section_comments",
  {
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    sectionId: text("section_id").notNull(),
    body: text("body").notNull(),
    rowVersion: integer("row_version").notNull().default(1),
    carriedOverFromCycleId: integer("carried_over_from_cycle_id").references(() => cycles.id),
    confirmedAt: text("confirmed_at"),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.sectionId] })],
);

// Member invitations. There is no mail server: the coordinator copies the single-use link.
// Only a hash of the token is stored, so the database alone cannot be used to accept one.
export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    organisation: text("organisation"),
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: integer("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    acceptedAt: text("accepted_at"),
    acceptedByUserId: integer("accepted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("invitations_partnership_idx").on(t.partnershipId)],
);

// Password resets issued by an administrator: a single-use link, valid for 24 hours, of which
// only the token's hash is stored. Issuing one ends the user's sessions; using it sets the password.
export const passwordResets = sqliteTable(
  "password_resets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    issuedByUserId: integer("issued_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (t) => [index("password_resets_user_idx").on(t.userId)],
);

// The partnership's action plan: its actions (in code, "plan actions": "action" alone is a server
// action), raised from a cycle's results and followed up the next year. The SQL names are as stored.
export const planActions = sqliteTable(
  "actions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    dimensionId: text("dimension_id").notNull(),
    recommendationId: text("recommendation_id"),
    title: text("title").notNull(),
    ownerOrganisation: text("owner_organisation"),
    ownerPerson: text("owner_person"),
    dueOn: text("due_on"),
    status: text("status", { enum: PLAN_ACTION_STATUSES }).notNull().default("not_started"),
    progressNote: text("progress_note"),
    rowVersion: integer("row_version").notNull().default(1),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: text("created_at").notNull().default(now),
    // Who saved the version shown: a refused (stale) save names them beside their values.
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: text("updated_at").notNull().default(now),
  },
  (t) => [index("actions_partnership_idx").on(t.partnershipId, t.cycleId)],
);

// The follow-up of an open plan action in a later cycle's self-review: what became of it and what
// changed (stored as "action_reviews"; in code a "follow-up", as "review" means a peer review).
export const planActionFollowUps = sqliteTable(
  "action_reviews",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => planActions.id, { onDelete: "cascade" }),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    status: text("status", { enum: PLAN_ACTION_STATUSES }).notNull(),
    whatChanged: text("what_changed"),
    reviewedByUserId: integer("reviewed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: text("reviewed_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.assessmentId] })],
);

// The stage a partnership aims to reach next year in each dimension ("now" beside "target").
export const dimensionTargets = sqliteTable(
  "dimension_targets",
  {
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id),
    dimensionId: text("dimension_id").notNull(),
    targetStage: integer("target_stage").notNull(),
    setByUserId: integer("set_by_user_id").references(() => users.id, { onDelete: "set null" }),
    setAt: text("set_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.cycleId, t.dimensionId] })],
);

// A counter per kind of derived data, bumped in the same transaction as any change that affects
// it, so that caches (the national overview) know when they are stale, across processes too.
export const dataGenerations = sqliteTable("data_generations", {
  name: text("name").primaryKey(),
  generation: integer("generation").notNull().default(0),
});

// A peer review of one assignment: per dimension, what the reviewer found and the stage they
// validate; drafted, then published to the partnership and the national view.
export const peerReviews = sqliteTable(
  "peer_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id")
      .notNull()
      .unique()
      .references(() => reviewAssignments.id, { onDelete: "cascade" }),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["draft", "published"] })
      .notNull()
      .default("draft"),
    overallFeedback: text("overall_feedback"),
    publishedAt: text("published_at"),
    updatedAt: text("updated_at").notNull().default(now),
  },
  // Every view of a partnership's results looks up its published review by assessment.
  (t) => [index("peer_reviews_assessment_idx").on(t.assessmentId)],
);

export const peerReviewDimensions = sqliteTable(
  "peer_review_dimensions",
  {
    reviewId: integer("review_id")
      .notNull()
      .references(() => peerReviews.id, { onDelete: "cascade" }),
    dimensionId: text("dimension_id").notNull(),
    selfStage: integer("self_stage").notNull(),
    validatedStage: integer("validated_stage").notNull(),
    findings: text("findings"),
    reason: text("reason"),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.dimensionId] })],
);

// The codes that stand for partnerships in a cycle's anonymised national exports: random, one per
// partnership and cycle, never derived from the id (which is in every URL), so that an anonymised
// file cannot be linked back without this table. The named export lists them beside the names, so
// the Commissioner's office can re-identify a partnership when it needs to.
export const anonymisedCodes = sqliteTable(
  "anonymised_codes",
  {
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    createdAt: text("created_at").notNull().default(now),
  },
  (t) => [
    primaryKey({ columns: [t.cycleId, t.partnershipId] }),
    uniqueIndex("anonymised_codes_cycle_code_uq").on(t.cycleId, t.code),
  ],
);

// Email (lib/mail/): every message is written here in the same transaction as the change that
// causes it, and sent afterwards by the one worker in the server's primary process
// (lib/mail/worker.mjs), with retries and back-off. Without SMTP_URL a message stays here with
// status "outbox", for administrators to read at /admin/outbox. A link that is itself a credential
// (an invitation or a reset) is kept apart in secret_link, and the bodies hold the placeholder
// %%LINK%% instead: the link is put in only when the message is sent, and forgotten once it is.
export const mailOutbox = sqliteTable(
  "mail_outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    secretLink: text("secret_link"),
    // Scheduled reminders carry a key (kind, cycle, partnership, person, days): a second process
    // or a restart that tries to queue the same reminder again is refused by this index.
    dedupeKey: text("dedupe_key").unique(),
    status: text("status", { enum: MAIL_STATUSES }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at").notNull(),
    lastError: text("last_error"),
    createdAt: text("created_at").notNull(),
    sentAt: text("sent_at"),
  },
  (t) => [index("mail_outbox_due_idx").on(t.status, t.nextAttemptAt), index("mail_outbox_created_idx").on(t.createdAt)],
);

// Evidence documents (lib/evidence/): a file uploaded beside an evidence item (a yes/no question's
// evidence, in one response). The file itself is kept outside the web root (DOCUMENTS_DIR, by
// default `documents` beside the database) under a random name; this row holds its name as the
// uploader gave it, the type read from its content, its size and its SHA-256. One per evidence
// item: a new upload replaces the old.
export const evidenceDocuments = sqliteTable(
  "evidence_documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assessmentId: integer("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    fileName: text("file_name").notNull(),
    storedName: text("stored_name").notNull().unique(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    uploadedByUserId: integer("uploaded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: text("uploaded_at").notNull(),
  },
  (t) => [
    uniqueIndex("evidence_documents_item_uq").on(t.responseId, t.questionId),
    index("evidence_documents_assessment_idx").on(t.assessmentId),
  ],
);
