// The mail worker: runs in the server's primary process only (scripts/start.mjs), so that one
// process sends, however many serve pages. Plain ESM on better-sqlite3 and nodemailer, because the
// primary process runs without the app's TypeScript.
//
// - Sending: every few seconds it claims the messages that are due (status "queued", next attempt
//   passed) one by one, with a conditional update, so that even a second `npm start` on the same
//   database never sends a message twice while the first holds it. A message that fails for a
//   reason that may pass (connection refused, a 4xx answer) is tried again after 30 s, 2, 10, 30
//   and 120 minutes, then marked failed; a 5xx answer fails it at once. The server's answer is
//   kept either way. A message left "sending" by a crash is tried again once its claim lapses
//   (10 minutes): at least once, never lost.
// - Reminders: hourly, it queues the reminder due (28, 14 or 3 days before the deadline) to each
//   coordinator of each partnership whose self-review for an open cycle is not submitted. Each has
//   a unique key, so a restart or a second process can try again and never queue one twice.
import Database from "better-sqlite3";
import nodemailer from "nodemailer";
import { todayIso } from "../dates.mjs";
import { daysBetween, reminderDue, renderMessage, withLink } from "./messages.mjs";

export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 7_200_000];
const CLAIM_MS = 10 * 60_000;

/** When to try again after `attempts` failed attempts, or null to give up. */
export function nextAttemptAfter(attempts, now) {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}

/** A 5xx answer will not change by trying again; anything else (4xx, network) may. */
export function isPermanent(error) {
  const code = Number(error?.responseCode);
  return code >= 500 && code < 600;
}

function describeError(error) {
  const text = error?.response ?? error?.message ?? String(error);
  return String(text).slice(0, 1000);
}

/**
 * Sends every message due now, one at a time; returns counts. `transport` is nodemailer's (or
 * anything with `sendMail`).
 */
export async function sendDueMessages(db, transport, from, now = new Date()) {
  const at = now.toISOString();
  // Claims that lapsed (the process died while sending): due again.
  db.prepare("UPDATE mail_outbox SET status = 'queued' WHERE status = 'sending' AND next_attempt_at <= ?").run(at);
  const due = db
    .prepare(
      "SELECT id FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 50",
    )
    .all(at);
  const claim = db.prepare(
    "UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, next_attempt_at = ? WHERE id = ? AND status = 'queued' RETURNING *",
  );
  // Each message ends one of three ways; the statements are prepared once for the batch.
  const markSent = db.prepare(
    "UPDATE mail_outbox SET status = 'sent', sent_at = ?, secret_link = NULL, last_error = NULL, next_attempt_at = ? WHERE id = ?",
  );
  const markRetry = db.prepare(
    "UPDATE mail_outbox SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE id = ?",
  );
  // Given up: the credential link goes too (a new invitation or reset replaces it).
  const markFailed = db.prepare(
    "UPDATE mail_outbox SET status = 'failed', secret_link = NULL, last_error = ? WHERE id = ?",
  );
  const counts = { sent: 0, retrying: 0, failed: 0 };
  for (const { id } of due) {
    const row = claim.get(new Date(Date.now() + CLAIM_MS).toISOString(), id);
    if (!row) continue; // another process took it
    const { text, html } = withLink({ text: row.text_body, html: row.html_body }, row.secret_link);
    try {
      await transport.sendMail({ from, to: row.to_address, subject: row.subject, text, html });
      const sentAt = new Date().toISOString();
      markSent.run(sentAt, sentAt, id);
      counts.sent++;
    } catch (error) {
      const retryAt = isPermanent(error) ? null : nextAttemptAfter(row.attempts, new Date());
      if (retryAt) {
        markRetry.run(retryAt.toISOString(), describeError(error), id);
        counts.retrying++;
      } else {
        markFailed.run(describeError(error), id);
        counts.failed++;
      }
    }
  }
  return counts;
}

/**
 * Queues the reminders due today (UTC) for every open cycle; returns how many were new. `status`
 * is "queued" with SMTP, "outbox" without.
 */
export function queueDueReminders(db, { now = new Date(), base, status }) {
  const today = todayIso(now);
  const rows = db
    .prepare(
      `SELECT c.id AS cycleId, c.label AS cycleLabel, c.closes_on AS closesOn,
              p.id AS partnershipId, p.name AS partnershipName, u.id AS userId, u.email AS email
         FROM cycles c
         JOIN partnerships p
         JOIN memberships m ON m.partnership_id = p.id AND m.role = 'coordinator'
         JOIN users u ON u.id = m.user_id AND u.disabled = 0 AND u.erased_at IS NULL
         LEFT JOIN assessments a ON a.partnership_id = p.id AND a.cycle_id = c.id
        WHERE c.status = 'open' AND c.closes_on >= ? AND (a.id IS NULL OR a.status <> 'submitted')
        ORDER BY c.id, p.id, u.id`,
    )
    .all(today);
  const insert = db.prepare(
    `INSERT INTO mail_outbox (kind, to_address, subject, text_body, html_body, dedupe_key, status, next_attempt_at, created_at)
     VALUES ('reminder', ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING`,
  );
  let queued = 0;
  const run = db.transaction(() => {
    for (const r of rows) {
      const daysLeft = daysBetween(today, r.closesOn);
      const due = reminderDue(daysLeft);
      if (due === null) continue;
      const m = renderMessage(
        {
          kind: "reminder",
          partnershipId: r.partnershipId,
          partnershipName: r.partnershipName,
          cycleLabel: r.cycleLabel,
          closesOn: r.closesOn,
          daysLeft,
        },
        base,
      );
      const key = `reminder:${r.cycleId}:${r.partnershipId}:${r.userId}:${due}`;
      queued += insert.run(
        r.email,
        m.subject,
        m.text,
        m.html,
        key,
        status,
        now.toISOString(),
        now.toISOString(),
      ).changes;
    }
  });
  run.immediate();
  return queued;
}

/** An SMTP transport for SMTP_URL (smtp:// upgrades with STARTTLS when offered; smtps:// is TLS). */
export function smtpTransport(smtpUrl) {
  return nodemailer.createTransport(smtpUrl);
}

const HOUR_MS = 60 * 60_000;

/**
 * Starts the worker in this process: reminders now and every `reminderMs` (an hour), sending every `pollMs` (only when
 * SMTP_URL is set). The timers do not keep the process alive. Returns a stop function.
 */
export function startMailWorker({ file, smtpUrl, from, base, log, pollMs = 2000, reminderMs = HOUR_MS }) {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  const status = smtpUrl ? "queued" : "outbox";
  const reminders = () => {
    try {
      const n = queueDueReminders(db, { base, status });
      if (n > 0) log(`mail: ${n} deadline reminder${n === 1 ? "" : "s"} queued`);
    } catch (error) {
      log(`mail: queueing reminders failed (will try again in an hour): ${describeError(error)}`);
    }
  };
  reminders();
  const timers = [setInterval(reminders, reminderMs).unref()];
  if (smtpUrl) {
    const transport = smtpTransport(smtpUrl);
    let busy = false;
    const tick = async () => {
      if (busy) return;
      busy = true;
      try {
        const c = await sendDueMessages(db, transport, from, new Date());
        if (c.sent || c.retrying || c.failed)
          log(`mail: ${c.sent} sent, ${c.retrying} to try again, ${c.failed} failed`);
      } catch (error) {
        log(`mail: sending failed (will try again): ${describeError(error)}`);
      } finally {
        busy = false;
      }
    };
    timers.push(setInterval(tick, pollMs).unref());
    log(`mail: sending by SMTP to ${new URL(smtpUrl).host}, from ${from}`);
  } else {
    log("mail: SMTP_URL is not set, so messages are kept in the outbox for administrators (/admin/outbox)");
  }
  return () => {
    for (const t of timers) clearInterval(t);
    db.close();
  };
}

/** MAIL_FROM, or the service's name at no-reply@ the public address's host. */
export function defaultFrom(mailFrom, base) {
  if (mailFrom) return mailFrom;
  return `"Anti-Slavery Partnership Maturity Toolkit" <no-reply@${new URL(base).hostname}>`;
}
