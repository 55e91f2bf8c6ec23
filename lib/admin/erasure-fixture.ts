// The shared fixture of the erasure's tests (erasure*.test.ts): a real (temporary) database with a
// person to erase (Jane), their answers, actions, follow-ups, reviews, invitations and audit
// entries, another administrator and a partnership's coordinator. Each test file runs in a process
// of its own, with a database of its own.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import type { ActionError } from "@/lib/server-action-result";

export const dir = mkdtempSync(path.join(tmpdir(), "toolkit-erasure-"));
process.env.DATABASE_PATH = path.join(dir, "erasure.db");

export type Sqlite = import("better-sqlite3").Database;
export let sqlite: Sqlite;
export let erasure: typeof import("./erasure.server") & typeof import("./rules");
export let writeAudit: typeof import("@/lib/audit/write").writeAudit;
export let sessions: typeof import("../auth/sessions.server");
export let run: (q: string, ...p: unknown[]) => number;
export let get: <T>(q: string, ...p: unknown[]) => T;
export let all: <T>(q: string, ...p: unknown[]) => T[];

export const NAME = "Jane Q Erasable";
export const EMAIL = "jane.erasable@example.org";
export let admin: Actor;
export let janeId = 0;
export let otherAdminId = 0;
export let partnershipId = 0;
export let cycleId = 0;
export let memberResponseId = 0;

export function adminActor(userId: number, email: string): Actor {
  return { userId, email, name: email, globalRole: "admin", memberships: [], reviewAssignments: [], sessionId: "t" };
}

/** Every row of every table, as text: what "nowhere" is checked against. */
export function everything(): Map<string, string[]> {
  const tables = all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
  );
  return new Map(
    tables.map(({ name }) => [
      name,
      all<Record<string, unknown>>(`SELECT * FROM "${name}"`).map((r) => JSON.stringify(r)),
    ]),
  );
}

export function fingerprint(): string {
  return createHash("sha256")
    .update(JSON.stringify([...everything()]))
    .digest("hex");
}

export function refusedWith(fn: () => unknown, code: ActionError["code"], message?: RegExp) {
  const before = fingerprint();
  assert.throws(fn, (e: unknown) => {
    const err = e as ActionError;
    assert.equal(err.code, code);
    if (message) assert.match(JSON.stringify(err.fieldErrors ?? {}), message);
    return true;
  });
  assert.equal(fingerprint(), before, "a refusal changes nothing");
}

export async function setUp(): Promise<void> {
  const { startUp } = await import("../../db/startup");
  const { db } = await startUp({ demo: false });
  (globalThis as unknown as { __toolkitDb?: unknown }).__toolkitDb = db;
  sqlite = db.$client;
  erasure = { ...(await import("./erasure.server")), ...(await import("./rules")) };
  ({ writeAudit } = await import("@/lib/audit/write"));
  sessions = await import("../auth/sessions.server");
  run = (q, ...p) => Number(sqlite.prepare(q).run(...p).lastInsertRowid);
  get = <T>(q: string, ...p: unknown[]) => sqlite.prepare(q).get(...p) as T;
  all = <T>(q: string, ...p: unknown[]) => sqlite.prepare(q).all(...p) as T[];

  const user = (email: string, name: string, role: string | null = null) =>
    run("INSERT INTO users (email, name, password_hash, global_role) VALUES (?, ?, 'scrypt$x', ?)", email, name, role);
  const adminId = user("admin@example.org", "Ada Admin", "admin");
  otherAdminId = user("second.admin@example.org", "Second Admin", "admin");
  admin = adminActor(adminId, "admin@example.org");
  janeId = user(EMAIL, NAME, "reviewer");
  const coordinatorId = user("coordinator@example.org", "Colin Coordinator");
  partnershipId = run("INSERT INTO partnerships (name, level, nation) VALUES ('P', 'local', 'england')");
  const otherPartnershipId = run("INSERT INTO partnerships (name, level, nation) VALUES ('Q', 'local', 'england')");
  run("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'member')", janeId, partnershipId);
  run(
    "INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')",
    janeId,
    otherPartnershipId,
  );
  run(
    "INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, 'coordinator')",
    coordinatorId,
    partnershipId,
  );
  cycleId = run(
    "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2026/27', '2026-04-01', '2027-03-31', 'open')",
  );
  const assessmentId = run(
    "INSERT INTO assessments (partnership_id, cycle_id, framework_version) VALUES (?, ?, '2026.2')",
    partnershipId,
    cycleId,
  );
  const consolidated = run(
    "INSERT INTO responses (assessment_id, kind, organisation) VALUES (?, 'consolidated', NULL)",
    assessmentId,
  );
  memberResponseId = run(
    "INSERT INTO responses (assessment_id, kind, respondent_user_id, organisation) VALUES (?, 'member', ?, 'Kent Police')",
    assessmentId,
    janeId,
  );
  const answer = (responseId: number, q: string, value: unknown) =>
    run(
      "INSERT INTO answers (response_id, question_id, value, updated_by_user_id) VALUES (?, ?, ?, ?)",
      responseId,
      q,
      JSON.stringify(value),
      janeId,
    );
  answer(memberResponseId, "q1", { kind: "choice", option: "b" });
  answer(memberResponseId, "q2", { kind: "text", value: `Led by ${NAME.toUpperCase()} since 2024` });
  answer(consolidated, "q3", { kind: "yesno", answer: "yes" });
  answer(consolidated, "q4", { kind: "text", value: "Janet Q Erasables chairs it" });
  run(
    "INSERT INTO answer_archive (response_id, framework_version, question_id, value) VALUES (?, '2026.1', 'old', ?)",
    memberResponseId,
    JSON.stringify({ kind: "text", value: `Ask ${NAME}` }),
  );
  run(
    "INSERT INTO section_completions (response_id, section_id, completed_at, completed_by_user_id) VALUES (?, 's1', '2026-05-01T00:00:00.000Z', ?)",
    memberResponseId,
    janeId,
  );
  const actionId = run(
    "INSERT INTO actions (partnership_id, cycle_id, dimension_id, title, owner_person, progress_note, created_by_user_id) VALUES (?, ?, 'd1', 'Train staff', ?, ?, ?)",
    partnershipId,
    cycleId,
    NAME,
    `${NAME}: half done`,
    janeId,
  );
  run(
    "INSERT INTO action_reviews (action_id, assessment_id, status, what_changed, reviewed_by_user_id, reviewed_at) VALUES (?, ?, 'done', ?, ?, '2026-06-01T00:00:00.000Z')",
    actionId,
    assessmentId,
    `Finished by ${NAME}.`,
    janeId,
  );
  const assignment = run(
    "INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)",
    janeId,
    partnershipId,
    cycleId,
  );
  const review = run(
    "INSERT INTO peer_reviews (assignment_id, assessment_id, overall_feedback) VALUES (?, ?, ?)",
    assignment,
    assessmentId,
    `Reviewed by ${NAME}`,
  );
  run(
    "INSERT INTO peer_review_dimensions (review_id, dimension_id, self_stage, validated_stage, findings, reason) VALUES (?, 'd1', 3, 2, ?, 'Evidence thin')",
    review,
    `${NAME} met the board`,
  );
  const now = new Date();
  const inAWeek = new Date(now.getTime() + 7 * 86_400_000).toISOString();
  const invite = (email: string, extra: { acceptedBy?: number; expiresAt?: string } = {}) =>
    run(
      "INSERT INTO invitations (partnership_id, email, token_hash, invited_by_user_id, created_at, expires_at, accepted_at, accepted_by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      partnershipId,
      email,
      createHash("sha256").update(`${email}${Math.random()}`).digest("hex"),
      coordinatorId,
      now.toISOString(),
      extra.expiresAt ?? inAWeek,
      extra.acceptedBy ? now.toISOString() : null,
      extra.acceptedBy ?? null,
    );
  const accepted = invite(EMAIL, { acceptedBy: janeId });
  invite(EMAIL); // pending, for another partnership in real life
  invite(EMAIL, { expiresAt: "2026-01-01T00:00:00.000Z" }); // expired
  invite("someone.else@example.org");
  run(
    "INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) VALUES (?, 'reset-hash', ?, ?)",
    janeId,
    now.toISOString(),
    inAWeek,
  );
  // Email (issue 21): a reset link sent to her, and a receipt to someone else naming her.
  const mail = (to: string, text: string) =>
    run(
      "INSERT INTO mail_outbox (kind, to_address, subject, text_body, html_body, status, next_attempt_at, created_at) VALUES ('x', ?, ?, ?, ?, 'sent', ?, ?)",
      to,
      `About ${text}`,
      text,
      `<p>${text}</p>`,
      now.toISOString(),
      now.toISOString(),
    );
  mail(EMAIL, `Hello ${NAME}, set a new password`);
  mail("someone.else@example.org", `${NAME} submitted the self-review`);
  run("INSERT INTO sign_in_throttle (key, failures, first_at, last_at) VALUES (?, 2, 1, 1)", `account:${EMAIL}`);
  run("INSERT INTO sign_in_throttle (key, failures, first_at, last_at) VALUES ('account:other@example.org', 1, 1, 1)");

  const at = new Date("2026-05-01T09:00:00.000Z");
  writeAudit(
    sqlite,
    { actorUserId: janeId, actorEmail: EMAIL, action: "sign-in", outcome: "success", ip: "198.51.100.7" },
    at,
  );
  writeAudit(sqlite, { actorEmail: EMAIL, action: "sign-in", outcome: "failure", detail: { reason: "locked" } }, at);
  writeAudit(
    sqlite,
    {
      actorUserId: coordinatorId,
      actorEmail: "coordinator@example.org",
      action: "invitation.create",
      targetType: "partnership",
      targetId: partnershipId,
      outcome: "success",
      detail: { invitationId: accepted, email: EMAIL },
    },
    at,
  );
  writeAudit(
    sqlite,
    {
      actorUserId: adminId,
      actorEmail: "admin@example.org",
      action: "export.audit",
      outcome: "success",
      detail: { filters: { actor: `${EMAIL}` }, rows: 3 },
    },
    at,
  );
  writeAudit(
    sqlite,
    {
      actorUserId: adminId,
      actorEmail: "admin@example.org",
      action: "test.named",
      outcome: "success",
      detail: { owner: NAME },
    },
    at,
  );
  writeAudit(
    sqlite,
    {
      actorUserId: adminId,
      actorEmail: "admin@example.org",
      action: "user.create",
      targetType: "user",
      targetId: janeId,
      outcome: "success",
    },
    at,
  );
  writeAudit(
    sqlite,
    { actorUserId: coordinatorId, actorEmail: "coordinator@example.org", action: "sign-in", outcome: "success" },
    at,
  );
}

export function tearDown(): void {
  rmSync(dir, { recursive: true, force: true });
}
