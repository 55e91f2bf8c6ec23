import "server-only";
// The outbox, as administrators read it (/admin/outbox): every message the toolkit queued, newest
// first, with its state. Without SMTP_URL this is where messages go, and a credential link
// (invitation, reset) is shown here as it was to the person who created it. With SMTP_URL set,
// such a link goes by email only: it is shown to nobody here.
import { count, desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { mailDelivery } from "@/lib/mail/queue.server";
import { withLink } from "@/lib/mail/messages.mjs";
import type { MailStatus } from "@/lib/domain/enums";

export const OUTBOX_PAGE_SIZE = 50;
export const LINK_NOT_SHOWN = "[the link was sent by email only and is not shown here]";

export type OutboxMessage = {
  id: number;
  kind: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};

export function listOutbox(
  actor: Actor,
  page: number,
): { delivery: "smtp" | "outbox"; messages: OutboxMessage[]; page: number; hasNext: boolean; total: number } | null {
  if (!can(actor, "read:outbox")) return null;
  const db = getDb();
  const delivery = mailDelivery();
  const rows = db
    .select()
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE + 1)
    .offset((page - 1) * OUTBOX_PAGE_SIZE)
    .all();
  const total = db.select({ n: count() }).from(mailOutbox).get()?.n ?? 0;
  const messages = rows.slice(0, OUTBOX_PAGE_SIZE).map((r) => ({
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    // Only a message kept in the outbox (no SMTP) shows its credential link: it has no other way
    // to reach the person. Once sent, failed or queued for SMTP, the link is not shown.
    text: withLink(
      { text: r.textBody, html: "" },
      r.status === "outbox" && delivery === "outbox" && r.secretLink ? r.secretLink : LINK_NOT_SHOWN,
    ).text,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
  }));
  return { delivery, messages, page, hasNext: rows.length > OUTBOX_PAGE_SIZE, total };
}
