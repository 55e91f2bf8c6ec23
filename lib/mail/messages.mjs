// The messages the toolkit sends, each with a plain-text and an HTML part, the service's name and
// links built from the public address (NEXTAUTH_URL). Plain ESM (typed by messages.d.mts) because
// the server's primary process, which runs without the app's TypeScript, writes the scheduled
// reminders (lib/mail/worker.mjs), and the app writes the rest (lib/mail/queue.server.ts).
//
// A link that is itself a credential (an invitation, a password reset) is never written into the
// bodies: they carry LINK_PLACEHOLDER, and the worker puts the link in only as it sends.

import { formatDate, formatDateTime } from "../dates.mjs";

export const SERVICE_NAME = "Anti-Slavery Partnership Maturity Toolkit";
export const LINK_PLACEHOLDER = "%%LINK%%";

/** The days before a cycle's deadline on which coordinators are reminded. */
export const REMINDER_DAYS = [28, 14, 3];

/** Text as it appears in a message's HTML part (also what the erasure looks for there). */
export const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

const dayWord = (n) => `${n} day${n === 1 ? "" : "s"}`;

/**
 * Builds a message from paragraphs (plain strings) and one call to action. `link` is a URL, or
 * LINK_PLACEHOLDER for a credential link filled in when sent.
 */
function compose({ subject, greeting, paragraphs, action, footer }) {
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    `${action.label}:`,
    action.link,
    "",
    ...(footer ? [footer, ""] : []),
    `— ${SERVICE_NAME}`,
  ].join("\n");
  const html = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${action.link === LINK_PLACEHOLDER ? LINK_PLACEHOLDER : escapeHtml(action.link)}">${escapeHtml(action.label)}</a></p>`,
    ...(footer ? [`<p>${escapeHtml(footer)}</p>`] : []),
    `<p style="color: #505a5f;">${escapeHtml(SERVICE_NAME)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: `${subject} – ${SERVICE_NAME}`, text, html };
}

const url = (base, path) => `${base.replace(/\/+$/, "")}${path}`;

/**
 * One message, ready to queue: { subject, text, html } (and `secret: true` when its link is a
 * credential). `base` is the public address.
 */
export function renderMessage(message, base) {
  switch (message.kind) {
    case "invitation":
      return {
        secret: true,
        ...compose({
          subject: `You are invited to join ${message.partnershipName}`,
          greeting: "Hello,",
          paragraphs: [
            `${message.invitedBy} has invited you to answer the annual self-review of ${message.partnershipName} for ${message.organisation}.`,
            `The link below works once, for ${message.email} only, until ${formatDateTime(message.expiresAt)}. If you did not expect this invitation, you can ignore this email.`,
          ],
          action: { label: "Accept the invitation", link: LINK_PLACEHOLDER },
        }),
      };
    case "password-reset":
      return {
        secret: true,
        ...compose({
          subject: "Set a new password",
          greeting: `Hello ${message.name},`,
          paragraphs: [
            `An administrator has created a password reset link for your account (${message.email}). You have been signed out everywhere until you set a new password.`,
            `The link works once, until ${formatDateTime(message.expiresAt)}. If you did not ask for this, tell your administrator.`,
          ],
          action: { label: "Set a new password", link: LINK_PLACEHOLDER },
        }),
      };
    case "reminder":
    case "chaser":
      return {
        secret: false,
        ...compose({
          subject:
            message.kind === "reminder"
              ? `${dayWord(message.daysLeft)} left to submit your ${message.cycleLabel} self-review`
              : `Please submit your ${message.cycleLabel} self-review`,
          greeting: "Hello,",
          paragraphs: [
            message.kind === "reminder"
              ? `This is a reminder that the ${message.cycleLabel} self-review of ${message.partnershipName} has not been submitted yet. The deadline is ${formatDate(message.closesOn)}, in ${dayWord(message.daysLeft)}.`
              : `The Independent Anti-Slavery Commissioner's office asks you to submit the ${message.cycleLabel} self-review of ${message.partnershipName}. It has not been submitted yet; the deadline is ${formatDate(message.closesOn)}${message.daysLeft >= 0 ? `, in ${dayWord(message.daysLeft)}` : ""}.`,
            "You are receiving this because you coordinate the partnership's self-review.",
          ],
          action: { label: "Go to your partnership", link: url(base, `/partnerships/${message.partnershipId}`) },
        }),
      };
    case "submission-receipt":
      return {
        secret: false,
        ...compose({
          subject: `${message.partnershipName} has submitted its ${message.cycleLabel} self-review`,
          greeting: "Hello,",
          paragraphs: [
            `${message.submittedBy} submitted the ${message.cycleLabel} self-review of ${message.partnershipName} on ${formatDateTime(message.submittedAt)}. Its scores are recorded.`,
            "A coordinator can reopen it while the cycle is open.",
          ],
          action: { label: "See the results", link: url(base, `/assessments/${message.assessmentId}/results`) },
        }),
      };
    case "review-published":
      return {
        secret: false,
        ...compose({
          subject: `Your ${message.cycleLabel} peer review is published`,
          greeting: "Hello,",
          paragraphs: [
            `The peer review of ${message.partnershipName} for ${message.cycleLabel} has been published. You can now see the validated stages beside your own and the reviewer's findings.`,
          ],
          action: { label: "See the peer review", link: url(base, `/partnerships/${message.partnershipId}`) },
        }),
      };
    case "reviewer-assigned":
      return {
        secret: false,
        ...compose({
          subject: `You have been assigned to review ${message.partnershipName}`,
          greeting: `Hello ${message.name},`,
          paragraphs: [
            `You have been assigned as peer reviewer of ${message.partnershipName} for ${message.cycleLabel}. You can read its self-review and prepare your visit until the cycle closes.`,
          ],
          action: { label: "Open your peer reviews", link: url(base, "/peer-reviews") },
        }),
      };
    default:
      throw new Error(`unknown message kind: ${message.kind}`);
  }
}

/**
 * The reminder due for a deadline `daysLeft` days away: the smallest of 28, 14 and 3 that is at
 * least `daysLeft`, or null (more than 28 days, or past the deadline). A reminder missed while the
 * server was down is replaced by the next one, never sent late.
 */
export function reminderDue(daysLeft) {
  if (daysLeft < 0) return null;
  const due = [...REMINDER_DAYS].sort((a, b) => a - b).find((d) => daysLeft <= d);
  return due ?? null;
}

/** Whole days from `today` (yyyy-mm-dd) to `closesOn` (yyyy-mm-dd). */
export function daysBetween(today, closesOn) {
  return Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Fills a credential link into a message's bodies, as it is sent. */
export function withLink(message, link) {
  if (!link) return { text: message.text, html: message.html };
  return {
    text: message.text.split(LINK_PLACEHOLDER).join(link),
    html: message.html.split(LINK_PLACEHOLDER).join(escapeHtml(link)),
  };
}
