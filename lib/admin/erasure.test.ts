// Erasing a person (issue 17, UK GDPR), against a real (temporary) database: the name and email
// are gone from every table, the audit log's included, what they did stays under the pseudonym,
// the account is finished, the audit log still refuses every other change, and each refusal
// (yourself, the last administrator, already erased, unknown id, not an administrator) changes nothing.
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import type { ActionError } from "@/lib/server-action-result";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-erasure-"));
process.env.DATABASE_PATH = path.join(dir, "erasure.db");

type Sqlite = import("better-sqlite3").Database;
let sqlite: Sqlite;
let erasure: typeof import("./erasure.server") & typeof import("./rules");
let writeAudit: typeof import("@/lib/audit/write").writeAudit;
let sessions: typeof import("../auth/sessions.server");
let run: (q: string, ...p: unknown[]) => number;
let get: <T>(q: string, ...p: unknown[]) => T;
let all: <T>(q: string, ...p: unknown[]) => T[];

const NAME = "Jane Q Erasable";
const EMAIL = "jane.erasable@example.org";
let admin: Actor;
let janeId = 0;
let otherAdminId = 0;
let partnershipId = 0;
let cycleId = 0;
let memberResponseId = 0;

function adminActor(userId: number, email: string): Actor {
  return { userId, email, name: email, globalRole: "admin", memberships: [], reviewAssignments: [], sessionId: "t" };
}

/** Every row of every table, as text: what "nowhere" is checked against. */
function everything(): Map<string, string[]> {
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

function fingerprint(): string {
  return createHash("sha256")
    .update(JSON.stringify([...everything()]))
    .digest("hex");
}

function refusedWith(fn: () => unknown, code: ActionError["code"], message?: RegExp) {
  const before = fingerprint();
  assert.throws(fn, (e: unknown) => {
    const err = e as ActionError;
    assert.equal(err.code, code);
    if (message) assert.match(JSON.stringify(err.fieldErrors ?? {}), message);
    return true;
  });
  assert.equal(fingerprint(), before, "a refusal changes nothing");
}

before(async () => {
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
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe("nameMatcher", () => {
  test("the full name as a whole phrase, in any case and spacing, never inside longer words", () => {
    const m = erasure.nameMatcher("Ann Lee")!;
    assert.equal("Ask ann  LEE, or Ann Lee.".replace(m, "X"), "Ask X, or X.");
    assert.equal("Joann Leeds and Ann Leeson".replace(m, "X"), "Joann Leeds and Ann Leeson");
    assert.equal("Zoë-Ann Lee".replace(erasure.nameMatcher("Zoë-Ann Lee")!, "X"), "X");
    assert.equal(
      "Ask (A.J.) now".replace(erasure.nameMatcher("(A.J.)")!, "X"),
      "Ask X now",
      "regex characters are literal",
    );
  });
  test("a name under three characters is not looked for in free text", () => {
    assert.equal(erasure.nameMatcher("Al"), null);
    assert.equal(erasure.nameMatcher("  J  "), null);
  });
});

describe("refusals change nothing", () => {
  test("someone who is not an administrator is told the page does not exist", () => {
    const coordinator: Actor = {
      ...admin,
      userId: 999,
      globalRole: null,
      memberships: [{ partnershipId, role: "coordinator" }],
    };
    for (const who of [
      coordinator,
      { ...admin, globalRole: "commissioner" as const },
      { ...admin, globalRole: "reviewer" as const },
    ]) {
      refusedWith(() => erasure.eraseUser(who, janeId), "not-found");
      assert.throws(() => erasure.erasurePreview(who, janeId), { code: "not-found" });
    }
  });
  test("an unknown id", () => {
    refusedWith(() => erasure.eraseUser(admin, 987_654), "not-found");
    assert.equal(erasure.erasurePreview(admin, 987_654), null);
  });
  test("yourself", () => {
    refusedWith(() => erasure.eraseUser(admin, admin.userId), "invalid", /cannot erase your own account/);
    assert.match(erasure.erasurePreview(admin, admin.userId)!.refusal!, /cannot erase your own account/);
  });
  test("the last active administrator", () => {
    // The only other active administrator, erased by someone whose own account is no longer an
    // active administrator's (disabled since their session was checked).
    run("UPDATE users SET disabled = 1 WHERE id = ?", admin.userId);
    try {
      refusedWith(() => erasure.eraseUser(admin, otherAdminId), "invalid", /last active administrator/);
      assert.match(erasure.erasurePreview(admin, otherAdminId)!.refusal!, /last active administrator/);
    } finally {
      run("UPDATE users SET disabled = 0 WHERE id = ?", admin.userId);
    }
    assert.equal(erasure.erasurePreview(admin, otherAdminId)!.refusal, null, "with another active one, it may go");
  });
});

describe("erasing a person", () => {
  let before: {
    answers: { id: number; question_id: string; value: string; row_version: number; response_id: number }[];
  };
  let beforeAudit: Record<string, unknown>[];
  let result: ReturnType<typeof import("./erasure.server").eraseUser>;
  let sessionIds: string[];

  test("shows what will happen first", () => {
    const preview = erasure.erasurePreview(admin, janeId)!;
    assert.equal(preview.name, NAME);
    assert.deepEqual(preview.memberships.map((m) => m.partnershipName).sort(), ["P", "Q"]);
    assert.equal(preview.answers, 2);
    assert.equal(preview.refusal, null);
  });

  test("replaces the name and email everywhere, keeps what they did, and is audited with the pseudonym only", () => {
    sessionIds = [sessions.startSession(janeId, 1), sessions.startSession(janeId, 1)];
    assert.ok(sessions.loadActorForSession(janeId, sessionIds[0]!, 1).actor, "signed in before");
    before = {
      answers: all("SELECT id, question_id, value, row_version, response_id FROM answers ORDER BY id"),
    };
    beforeAudit = all("SELECT * FROM audit_log ORDER BY id");
    result = erasure.eraseUser(admin, janeId, new Date("2026-07-01T12:00:00.000Z"));
    assert.match(result.pseudonym, /^Erased person [0-9a-f]{4}$/);
    assert.equal(result.email, `erased-${janeId}@erased.invalid`);

    // Nowhere: not in any column of any table, in any case.
    const found: string[] = [];
    for (const [table, rows] of everything())
      for (const row of rows)
        if (row.toLowerCase().includes(NAME.toLowerCase()) || row.toLowerCase().includes(EMAIL))
          found.push(`${table}: ${row}`);
    assert.deepEqual(found, []);

    const user = get<Record<string, unknown>>("SELECT * FROM users WHERE id = ?", janeId);
    assert.equal(user.name, result.pseudonym);
    assert.equal(user.email, result.email);
    assert.equal(user.password_hash, "");
    assert.equal(user.disabled, 1);
    assert.equal(user.erased_at, "2026-07-01T12:00:00.000Z");
    assert.equal(user.session_version, 2);

    // The erasure's own entry: by the administrator, naming only the pseudonym.
    const entry = get<Record<string, unknown>>("SELECT * FROM audit_log WHERE action = 'user.erase'");
    assert.equal(entry.actor_user_id, admin.userId);
    assert.equal(entry.actor_email, admin.email);
    assert.equal(entry.target_type, "user");
    assert.equal(entry.target_id, String(janeId));
    const detail = JSON.parse(String(entry.detail)) as Record<string, unknown>;
    assert.equal(detail.pseudonym, result.pseudonym);
    assert.equal(detail.email, result.email);
    assert.equal(detail.membershipsClosed, 2);
    assert.equal(detail.sessionsEnded, 2);
    assert.equal(detail.auditEntriesPseudonymised, 5);
  });

  test("their answers stay with the partnership, attributed to the pseudonym", () => {
    const afterAnswers = all<(typeof before.answers)[number]>(
      "SELECT id, question_id, value, row_version, response_id FROM answers ORDER BY id",
    );
    assert.equal(afterAnswers.length, before.answers.length);
    const byQ = new Map(afterAnswers.map((a) => [a.question_id, a]));
    assert.deepEqual(JSON.parse(byQ.get("q1")!.value), { kind: "choice", option: "b" });
    assert.equal(byQ.get("q1")!.row_version, 1, "an answer without the name is untouched");
    assert.deepEqual(JSON.parse(byQ.get("q2")!.value), {
      kind: "text",
      value: `Led by ${result.pseudonym} since 2024`,
    });
    assert.equal(byQ.get("q2")!.row_version, 2, "a changed answer's version moves on, so a stale save conflicts");
    assert.deepEqual(JSON.parse(byQ.get("q4")!.value), { kind: "text", value: "Janet Q Erasables chairs it" });
    assert.equal(
      get<{ r: number }>("SELECT respondent_user_id r FROM responses WHERE id = ?", memberResponseId).r,
      janeId,
      "the response is still theirs, so it reads as the pseudonym's",
    );
    assert.equal(
      get<{ n: number }>("SELECT count(*) n FROM section_completions WHERE completed_by_user_id = ?", janeId).n,
      1,
    );
    const action = get<{ owner_person: string; progress_note: string; title: string; row_version: number }>(
      "SELECT owner_person, progress_note, title, row_version FROM actions",
    );
    assert.deepEqual(action, {
      owner_person: result.pseudonym,
      progress_note: `${result.pseudonym}: half done`,
      title: "Train staff",
      row_version: 2,
    });
    assert.equal(
      get<{ f: string }>("SELECT findings f FROM peer_review_dimensions").f,
      `${result.pseudonym} met the board`,
    );
    assert.equal(
      get<{ n: number }>("SELECT count(*) n FROM review_assignments WHERE reviewer_user_id = ?", janeId).n,
      1,
    );
    assert.equal(
      get<{ g: number } | undefined>("SELECT generation g FROM data_generations WHERE name = 'national'")?.g,
      1,
      "the national figures' cache, built from answers, is stale now",
    );
  });

  test("their sessions are over, they belong to no partnership, and no link can give them a password", async () => {
    for (const sid of sessionIds) {
      assert.equal(sessions.loadActorForSession(janeId, sid, 1).actor, null);
      assert.equal(sessions.loadActorForSession(janeId, sid, 2).actor, null);
    }
    assert.deepEqual(
      all("SELECT end_reason FROM user_sessions WHERE user_id = ?", janeId),
      sessionIds.map(() => ({ end_reason: "erased" })),
    );
    assert.equal(get<{ n: number }>("SELECT count(*) n FROM memberships WHERE user_id = ?", janeId).n, 0);
    assert.equal(get<{ n: number }>("SELECT count(*) n FROM password_resets WHERE user_id = ?", janeId).n, 0);
    const { verifyPassword } = await import("@/lib/auth/password");
    const { password_hash } = get<{ password_hash: string }>("SELECT password_hash FROM users WHERE id = ?", janeId);
    for (const guess of ["", "scrypt$x", "demo-password-2026"])
      assert.equal(await verifyPassword(guess, password_hash), false);
    assert.equal(sessions.findUserByEmail(EMAIL), null);
    // Invitations: the pending one removed; the accepted and expired ones kept as the pseudonym's.
    assert.deepEqual(all("SELECT email, accepted_by_user_id a FROM invitations ORDER BY id"), [
      { email: result.email, a: janeId },
      { email: result.email, a: null },
      { email: "someone.else@example.org", a: null },
    ]);
    assert.deepEqual(all("SELECT key FROM sign_in_throttle"), [{ key: "account:other@example.org" }]);
  });

  test("audit entries keep everything but the name and email, which are the pseudonym's", () => {
    const afterAudit = all<Record<string, unknown>>("SELECT * FROM audit_log WHERE action <> 'user.erase' ORDER BY id");
    assert.equal(afterAudit.length, beforeAudit.length);
    let changed = 0;
    for (const [i, was] of beforeAudit.entries()) {
      const now = afterAudit[i]!;
      const { actor_email: e0, detail: d0, ...rest0 } = was;
      const { actor_email: e1, detail: d1, ...rest1 } = now;
      assert.deepEqual(rest1, rest0, "no other column changes");
      if (e0 !== e1 || d0 !== d1) changed++;
      assert.equal(e1, e0 === EMAIL ? result.email : e0);
      const expected =
        typeof d0 === "string"
          ? d0.split(EMAIL).join(result.email).split(JSON.stringify(NAME)).join(JSON.stringify(result.pseudonym))
          : d0;
      assert.equal(d1, expected);
    }
    assert.equal(changed, 5);
    assert.equal(get<{ n: number }>("SELECT count(*) n FROM audit_erasure_permits").n, 0, "no permit is left");
  });

  test("an erasure cannot be repeated or undone", async () => {
    refusedWith(() => erasure.eraseUser(admin, janeId), "invalid", /already been erased/);
    const users = await import("./users.server");
    const passwords = await import("../accounts/passwords.server");
    refusedWith(
      () => users.updateUser(admin, { userId: String(janeId), name: NAME, globalRole: "", disabled: false }),
      "invalid",
      /has been erased/,
    );
    refusedWith(
      () =>
        users.addMembership(admin, {
          userId: String(janeId),
          partnershipId: String(partnershipId),
          role: "member",
          organisation: "",
        }),
      "invalid",
      /has been erased/,
    );
    refusedWith(
      () =>
        users.addAssignment(admin, {
          reviewerUserId: String(janeId),
          partnershipId: String(partnershipId),
          cycleId: String(cycleId),
        }),
      "invalid",
      /has been erased/,
    );
    refusedWith(() => passwords.issuePasswordReset(admin, janeId), "invalid", /has been erased/);
    assert.equal(erasure.erasurePreview(admin, janeId)!.refusal?.includes("already been erased"), true);
  });
});

describe("the audit log still refuses every other change", () => {
  test("without a permit, nothing in an entry can change; with one, only the exact replacement", () => {
    const entry = get<{ id: number; actor_email: string; detail: string | null }>(
      "SELECT id, actor_email, detail FROM audit_log WHERE action = 'sign-in' AND actor_user_id = ?",
      janeId,
    );
    const pseudonym = get<{ email: string; name: string }>("SELECT email, name FROM users WHERE id = ?", janeId);
    const update =
      (set: string, id = entry.id) =>
      () =>
        sqlite.prepare(`UPDATE audit_log SET ${set} WHERE id = ${id}`).run();
    // No permit: even putting the old email back, or repeating the erasure's change, is refused.
    for (const set of [`actor_email = '${EMAIL}'`, "actor_email = 'x@y'", "detail = '{}'", "action = 'x'"])
      assert.throws(update(set), /append-only/, set);

    // A permit for the erased person: still only the email → pseudonym and the exact detail replacement.
    const invitationEntry = get<{ id: number; detail: string }>(
      "SELECT id, detail FROM audit_log WHERE action = 'invitation.create'",
    );
    const permit = (userId: number, oldEmail: string, newEmail: string) =>
      run(
        "INSERT INTO audit_erasure_permits (user_id, old_email, new_email, old_name_json, new_name_json) VALUES (?, ?, ?, ?, ?)",
        userId,
        oldEmail,
        newEmail,
        JSON.stringify("Someone"),
        JSON.stringify("Erased person 0000"),
      );
    // "Erasing" the erased person's pseudonym into an address of one's choosing.
    const p1 = permit(janeId, pseudonym.email, "attacker@example.org");
    try {
      assert.throws(update("actor_email = 'attacker@example.org'"), /append-only/, "the user's row does not carry it");
      assert.throws(
        update(`detail = replace(detail, '${pseudonym.email}', 'attacker@example.org')`, invitationEntry.id),
        /append-only/,
      );
      // The permit's own pseudonym matches the user row only when it is theirs: even then, only the listed change.
      run("DELETE FROM audit_erasure_permits WHERE id = ?", p1);
      permit(janeId, "old@example.org", pseudonym.email);
      for (const set of [
        'detail = \'{"reason":"other"}\'',
        "actor_user_id = 1",
        "ip = '203.0.113.9'",
        "at = '2000-01-01T00:00:00.000Z'",
        "repeat_count = repeat_count + 1, last_at = 'x'",
        "outcome = 'failure'",
        `actor_email = '${pseudonym.email}', action = 'edited'`,
        "actor_email = NULL",
      ])
        assert.throws(update(set), /append-only/, set);
      assert.throws(update("actor_email = 'x@y'", invitationEntry.id), /append-only/, "another actor's email");
      assert.throws(update("detail = NULL", invitationEntry.id), /append-only/);
    } finally {
      run("DELETE FROM audit_erasure_permits");
    }
    // A permit naming someone who has not been erased opens nothing, even one matching their row.
    const coordinatorId = get<{ id: number }>("SELECT id FROM users WHERE email = 'coordinator@example.org'").id;
    permit(coordinatorId, pseudonym.email, "coordinator@example.org");
    try {
      assert.throws(update("actor_email = 'coordinator@example.org'"), /append-only/);
    } finally {
      run("DELETE FROM audit_erasure_permits");
    }
    assert.throws(() => sqlite.prepare("DELETE FROM audit_log WHERE id = ?").run(entry.id), /append-only/);
  });

  test("a refusal's repeat count still grows, and nothing else about it", () => {
    writeAudit(
      sqlite,
      { actorEmail: "probe@x.org", action: "access.test", outcome: "denied" },
      new Date("2026-08-01T10:00:00.000Z"),
    );
    writeAudit(
      sqlite,
      { actorEmail: "probe@x.org", action: "access.test", outcome: "denied" },
      new Date("2026-08-01T10:00:30.000Z"),
    );
    assert.deepEqual(all("SELECT repeat_count, last_at FROM audit_log WHERE action = 'access.test'"), [
      { repeat_count: 2, last_at: "2026-08-01T10:00:30.000Z" },
    ]);
    assert.throws(
      () => sqlite.prepare("UPDATE audit_log SET actor_email = 'p@x.org' WHERE action = 'access.test'").run(),
      /append-only/,
    );
  });
});
