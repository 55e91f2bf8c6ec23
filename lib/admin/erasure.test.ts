// Erasing a person (issue 17, UK GDPR), against a real (temporary) database: the name and email
// are gone from every table (the audit log's too), what they did stays under the pseudonym, the
// account is finished, and the audit log still refuses every other change (refusals: erasure-refusals.test.ts).
import { test, before, after, describe } from "node:test";
import assert from "node:assert/strict";
import {
  EMAIL,
  NAME,
  admin,
  all,
  cycleId,
  erasure,
  everything,
  get,
  janeId,
  memberResponseId,
  partnershipId,
  refusedWith,
  run,
  sessions,
  sqlite,
  writeAudit,
  setUp,
  tearDown,
} from "./erasure-fixture";

before(setUp);
after(tearDown);

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

  test("(a message naming them is waiting in the outbox, to someone else)", () => {
    run(
      `INSERT INTO mail_outbox (kind, to_address, subject, text_body, html_body, status, next_attempt_at, created_at)
       VALUES ('review-published', 'coordinator@example.org', ?, ?, ?, 'failed', '2026-07-01T00:00:00Z', '2026-07-01T00:00:00Z')`,
      `Assigned by ${NAME}`,
      `${NAME.toUpperCase()} assigned you. Regards`,
      `<p>${NAME} assigned you.</p>`,
    );
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

  test("the outbox's message to someone else stays, naming the pseudonym", () => {
    assert.equal(result.mailPseudonymised, 2); // this one and the fixture's receipt to someone else
    const m = get<{ subject: string; text_body: string; html_body: string }>(
      "SELECT subject, text_body, html_body FROM mail_outbox WHERE to_address = 'coordinator@example.org'",
    )!;
    assert.equal(m.subject, `Assigned by ${result.pseudonym}`);
    assert.equal(m.text_body, `${result.pseudonym} assigned you. Regards`);
    assert.equal(m.html_body, `<p>${result.pseudonym} assigned you.</p>`);
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
