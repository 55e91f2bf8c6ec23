// Types for lib/config-schema.mjs (plain ESM, so that scripts/start.mjs can run it as it is).
import type { z } from "zod";

export type Config = {
  PORT: number;
  WEB_CONCURRENCY: number | undefined;
  DATABASE_PATH: string | undefined;
  DEMO: "0" | "1" | undefined;
  NODE_ENV: "production" | "development" | "test" | undefined;
  NEXTAUTH_SECRET: string | undefined;
  NEXTAUTH_URL: string | undefined;
  IDLE_TIMEOUT_MINUTES: number;
  IDLE_WARNING_SECONDS: number;
  SIGN_IN_LOCK_MINUTES: number;
  SIGN_IN_DELAY_MS: number;
  TRUST_PROXY: "0" | "1" | undefined;
  BACKUP_DIR: string | undefined;
  AUDIT_RETENTION_YEARS: number;
  CHROMIUM_PATH: string | undefined;
  OPERATOR_NAME: string | undefined;
  OPERATOR_ADDRESS: string | undefined;
  OPERATOR_EMAIL: string | undefined;
  DPO_CONTACT: string | undefined;
  SMTP_URL: string | undefined;
  MAIL_FROM: string | undefined;
  REMINDER_CHECK_SECONDS: number;
  DOCUMENTS_DIR: string | undefined;
  DOCUMENT_MAX_MB: number;
};

export declare const SECRET_SETTINGS: Set<string>;
export declare const configSchema: z.ZodType<Config>;
export declare function parseConfig(
  env?: Record<string, string | undefined>,
): { ok: true; config: Config } | { ok: false; errors: string[] };
export declare class ConfigError extends Error {
  constructor(errors: string[]);
  errors: string[];
}
export declare function config(): Config;
