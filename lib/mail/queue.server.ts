import "server-only";
// Queueing a message: called inside the write transaction of the change that causes it (an
// invitation, a reset, a submission…), so that the change and its message are kept or lost
// together and sending never blocks or breaks the action. The worker in the server's primary
// process sends it (lib/mail/worker.mjs); without SMTP_URL it stays in the outbox.
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { config } from "@/lib/config";
import { renderMessage, type MessageInput } from "@/lib/mail/messages.mjs";

/** "smtp" when SMTP_URL is set; otherwise messages are kept in the outbox (/admin/outbox). */
export function mailDelivery(): "smtp" | "outbox" {
  return config().SMTP_URL ? "smtp" : "outbox";
}

/** The public address links are built from (NEXTAUTH_URL; scripts/start.mjs always sets it). */
export function publicBase(): string {
  return config().NEXTAUTH_URL ?? `http://localhost:${config().PORT}`;
}

/**
 * Queues one message to `to`. `secretLink` is a credential link (invitation, reset): kept apart
 * from the bodies and put in only as the message is sent. `dedupeKey` makes queueing idempotent.
 */
export function queueMessage(
  to: string,
  input: MessageInput,
  options: { secretLink?: string; dedupeKey?: string } = {},
): void {
  const message = renderMessage(input, publicBase());
  if (message.secret !== Boolean(options.secretLink))
    throw new Error(`a ${input.kind} message ${message.secret ? "needs" : "takes no"} secret link`);
  const now = new Date().toISOString();
  getDb()
    .insert(mailOutbox)
    .values({
      kind: input.kind,
      toAddress: to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      secretLink: options.secretLink ?? null,
      dedupeKey: options.dedupeKey ?? null,
      status: mailDelivery() === "smtp" ? "queued" : "outbox",
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: mailOutbox.dedupeKey })
    .run();
}

/** Queues the same message to each address (each coordinator of a partnership, say). */
export function queueMessageToEach(addresses: readonly string[], input: MessageInput): void {
  for (const to of new Set(addresses)) queueMessage(to, input);
}
