// Types for lib/mail/worker.mjs (plain ESM, run by scripts/start.mjs's primary process).
import type Database from "better-sqlite3";

export type SendCounts = { sent: number; retrying: number; failed: number };
export type MailTransport = {
  sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown>;
};

export declare const RETRY_DELAYS_MS: number[];
export declare function nextAttemptAfter(attempts: number, now: Date): Date | null;
export declare function isPermanent(error: unknown): boolean;
export declare function sendDueMessages(
  db: Database.Database,
  transport: MailTransport,
  from: string,
  now?: Date,
): Promise<SendCounts>;
export declare function queueDueReminders(
  db: Database.Database,
  options: { now?: Date; base: string; status: "queued" | "outbox" },
): number;
export declare function smtpTransport(smtpUrl: string): MailTransport;
export declare function startMailWorker(options: {
  file: string;
  smtpUrl: string | undefined;
  from: string;
  base: string;
  log: (message: string) => void;
  pollMs?: number;
  reminderMs?: number;
}): () => void;
export declare function defaultFrom(mailFrom: string | undefined, base: string): string;
