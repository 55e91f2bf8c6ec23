// The mail worker (lib/mail/worker.mjs) on a real, migrated database: a credential link is put
// into the message only as it is sent and then forgotten; a failure that may pass is retried with
// back-off and a 5xx answer fails at once, the server's answer kept; two workers on one database
// never send a message twice; and the deadline reminders are queued once per person and deadline,
// however often the job runs.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { startUp } from "../../db/startup";
import { nextAttemptAfter, queueDueReminders, sendDueMessages, type MailTransport } from "./worker.mjs";
import { LINK_PLACEHOLDER, daysBetween, reminderDue, renderMessage } from "./messages.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "toolkit-mail-"));
const file = path.join(dir, "toolkit.db");
const BASE = "https://toolkit.example.org";
let db: Database.Database;

before(async () => {
  const started = await startUp({ demo: false, file });
  started.db.$client.close();
  db = new Database(file);
  db.pragma("busy_timeout = 5000");
});
after(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

type Sent = { to: string; subject: string; text: string; html: string };
function recorder(fail?: (n: number) => Error | null): MailTransport & { sent: Sent[] } {
  const sent: Sent[] = [];
  let n = 0;
  return {
    sent,
    async sendMail(m) {
      const error = fail?.(++n);
      if (error) throw error;
      sent.push(m);
      return {};
    },
  };
}
const smtpError = (code: number, response: string) =>
  Object.assign(new Error(response), { responseCode: code, response });

function queue(to: string, secretLink: string | null, at = "2026-01-01T00:00:00.000Z"): number {
  const m = renderMessage(
    {
      kind: "invitation",
      email: to,
      partnershipName: "Testshire Partnership",
      organisation: "Testshire Council",
      invitedBy: "Pat Coordinator",
      expiresAt: "2026-01-15T00:00:00.000Z",
    },
    BASE,
  );
  return Number(
    db
      .prepare(
        "INSERT INTO mail_outbox (kind, to_address, subject, text_body, html_body, secret_link, status, next_attempt_at, created_at) VALUES ('invitation', ?, ?, ?, ?, ?, 'queued', ?, ?)",
      )
      .run(to, m.subject, m.text, m.html, secretLink, at, at).lastInsertRowid,
  );
}
const row = (id: number) =>
  db.prepare("SELECT * FROM mail_outbox WHERE id = ?").get(id) as {
    status: string;
    attempts: number;
    secret_link: string | null;
    last_error: string | null;
    next_attempt_at: string;
    text_body: string;
  };

test("a credential link is put in as the message is sent, and forgotten once it is sent", async () => {
  const id = queue("new.person@example.org", `${BASE}/invite/abc123`);
  assert.ok(row(id).text_body.includes(LINK_PLACEHOLDER));
  assert.ok(!row(id).text_body.includes("abc123"));
  const t = recorder();
  const counts = await sendDueMessages(db, t, "toolkit@example.org", new Date("2026-01-01T00:00:01Z"));
  assert.deepEqual(counts, { sent: 1, retrying: 0, failed: 0 });
  assert.equal(t.sent[0]!.to, "new.person@example.org");
  assert.ok(t.sent[0]!.text.includes(`${BASE}/invite/abc123`));
  assert.ok(t.sent[0]!.html.includes(`href="${BASE}/invite/abc123"`));
  assert.ok(!t.sent[0]!.text.includes(LINK_PLACEHOLDER));
  assert.equal(row(id).status, "sent");
  assert.equal(row(id).secret_link, null);
  // Sent once: nothing is due any more.
  assert.deepEqual(await sendDueMessages(db, t, "toolkit@example.org", new Date("2026-01-02T00:00:00Z")), {
    sent: 0,
    retrying: 0,
    failed: 0,
  });
});

test("a failure that may pass is tried again after a back-off; a 5xx answer fails at once, with the answer", async () => {
  const retried = queue("retry@example.org", null, "2026-02-01T00:00:00.000Z");
  const now = new Date("2026-02-01T00:00:01Z");
  const before = Date.now();
  const t = recorder(() => smtpError(451, "451 4.3.0 Try again later"));
  assert.deepEqual(await sendDueMessages(db, t, "toolkit@example.org", now), { sent: 0, retrying: 1, failed: 0 });
  const r = row(retried);
  assert.equal(r.status, "queued");
  assert.equal(r.attempts, 1);
  assert.equal(r.last_error, "451 4.3.0 Try again later");
  assert.ok(Date.parse(r.next_attempt_at) >= before + 30_000, "tried again no sooner than 30 s later");
  // Not due yet: nothing happens.
  assert.deepEqual(await sendDueMessages(db, recorder(), "x@example.org", now), { sent: 0, retrying: 0, failed: 0 });

  const refused = queue("nobody@example.org", `${BASE}/invite/secret`, "2026-02-01T00:00:00.000Z");
  db.prepare("UPDATE mail_outbox SET next_attempt_at = '2099-01-01T00:00:00.000Z' WHERE id = ?").run(retried);
  const t5 = recorder(() => smtpError(550, "550 5.1.1 No such user"));
  assert.deepEqual(await sendDueMessages(db, t5, "toolkit@example.org", now), { sent: 0, retrying: 0, failed: 1 });
  assert.equal(row(refused).status, "failed");
  assert.equal(row(refused).last_error, "550 5.1.1 No such user");
  assert.equal(row(refused).secret_link, null, "a link that cannot be delivered is not kept");
  db.prepare("DELETE FROM mail_outbox WHERE id = ?").run(retried);
});

test("the back-off grows, and gives up after six attempts", () => {
  const now = new Date("2026-01-01T00:00:00Z");
  const delays = [1, 2, 3, 4, 5].map((n) => nextAttemptAfter(n, now)!.getTime() - now.getTime());
  assert.deepEqual(delays, [30_000, 120_000, 600_000, 1_800_000, 7_200_000]);
  assert.equal(nextAttemptAfter(6, now), null);
});

test("two workers on one database send each message once", async () => {
  const ids = Array.from({ length: 6 }, (_, i) => queue(`twice${i}@example.org`, null, "2026-03-01T00:00:00.000Z"));
  const other = new Database(file);
  other.pragma("busy_timeout = 5000");
  try {
    const a = recorder();
    const b = recorder();
    const now = new Date("2026-03-01T00:00:01Z");
    await Promise.all([sendDueMessages(db, a, "f@example.org", now), sendDueMessages(other, b, "f@example.org", now)]);
    const to = [...a.sent, ...b.sent].map((m) => m.to).sort();
    assert.deepEqual(to, ids.map((_, i) => `twice${i}@example.org`).sort());
  } finally {
    other.close();
  }
});

test("the reminder due: 28, 14 or 3 days before the deadline, never after it", () => {
  assert.equal(daysBetween("2027-03-01", "2027-03-31"), 30);
  assert.deepEqual([40, 29, 28, 15, 14, 4, 3, 1, 0, -1].map(reminderDue), [null, null, 28, 28, 14, 14, 3, 3, 3, null]);
});

test("reminders go to each coordinator of a partnership not yet submitted, once however often the job runs", () => {
  const p = (name: string) =>
    Number(
      db.prepare("INSERT INTO partnerships (name, level, nation) VALUES (?, 'local', 'england')").run(name)
        .lastInsertRowid,
    );
  const u = (email: string) =>
    Number(
      db.prepare("INSERT INTO users (email, name, password_hash) VALUES (?, ?, 'x')").run(email, email).lastInsertRowid,
    );
  const waiting = p("Waiting Partnership");
  const done = p("Submitted Partnership");
  const cycle = Number(
    db
      .prepare(
        "INSERT INTO cycles (label, opens_on, closes_on, status) VALUES ('2030/31', '2030-04-01', '2031-03-31', 'open')",
      )
      .run().lastInsertRowid,
  );
  for (const [email, partnership, role] of [
    ["coord1@example.org", waiting, "coordinator"],
    ["coord2@example.org", waiting, "coordinator"],
    ["member@example.org", waiting, "member"],
    ["coord3@example.org", done, "coordinator"],
  ] as const)
    db.prepare("INSERT INTO memberships (user_id, partnership_id, role) VALUES (?, ?, ?)").run(
      u(email),
      partnership,
      role,
    );
  db.prepare(
    "INSERT INTO assessments (partnership_id, cycle_id, status, framework_version) VALUES (?, ?, 'submitted', '2026.2')",
  ).run(done, cycle);
  const reminders = () =>
    db.prepare("SELECT to_address, subject, dedupe_key FROM mail_outbox WHERE kind = 'reminder' ORDER BY id").all() as {
      to_address: string;
      subject: string;
      dedupe_key: string;
    }[];

  // 20 days before: the 28-day reminder, to the two coordinators only.
  const first = new Date("2031-03-11T09:00:00Z");
  assert.equal(queueDueReminders(db, { now: first, base: BASE, status: "queued" }), 2);
  assert.equal(queueDueReminders(db, { now: first, base: BASE, status: "queued" }), 0, "run again: nothing new");
  assert.equal(queueDueReminders(db, { now: new Date("2031-03-12T09:00:00Z"), base: BASE, status: "queued" }), 0);
  assert.deepEqual(
    reminders().map((r) => r.to_address),
    ["coord1@example.org", "coord2@example.org"],
  );
  assert.match(reminders()[0]!.subject, /^20 days left to submit your 2030\/31 self-review/);
  // 3 days before: the 3-day one (the 14-day one was missed while "down", and is not sent late).
  assert.equal(queueDueReminders(db, { now: new Date("2031-03-28T09:00:00Z"), base: BASE, status: "queued" }), 2);
  assert.deepEqual(
    reminders().map((r) => r.dedupe_key.split(":").pop()),
    ["28", "28", "3", "3"],
  );
  // After the deadline: none.
  assert.equal(queueDueReminders(db, { now: new Date("2031-04-01T09:00:00Z"), base: BASE, status: "queued" }), 0);
  const reminderBody = db.prepare("SELECT text_body FROM mail_outbox WHERE kind = 'reminder' LIMIT 1").get() as {
    text_body: string;
  };
  assert.ok(reminderBody.text_body.includes(`${BASE}/partnerships/${waiting}`));
});
