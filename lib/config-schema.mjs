// Every setting in the README's Configuration table, validated once, as one zod schema over the
// environment. Plain ESM (typed by config-schema.d.mts) so that scripts/start.mjs, which Node runs
// as it is, checks the configuration before it builds, forks a worker or opens a port; the app
// (lib/config.ts, /api/health, instrumentation.ts) reads its settings through the same schema, so
// the two can never disagree about what is valid.
import { z } from "zod";

/** Settings whose value is never repeated in a message, only its length. */
export const SECRET_SETTINGS = new Set(["NEXTAUTH_SECRET", "SMTP_URL"]);

/** An unset or blank variable counts as unset (a stray `FOO=` in a unit file means "default"). */
const blankToUndefined = (v) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A whole number from `min` to `max`, or `fallback` when unset. */
function wholeNumber(min, max, fallback) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{1,9}$/, { error: `must be a whole number from ${min} to ${max}` })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { error: `must be a whole number from ${min} to ${max}` })
      .optional()
      .transform((n) => n ?? fallback),
  );
}

function oneOf(values, meaning) {
  return z.preprocess(
    blankToUndefined,
    z.enum(values, { error: `must be ${values.map((v) => `"${v}"`).join(" or ")} (${meaning})` }).optional(),
  );
}

function text(what) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((s) => !s.includes("\0"), { error: `must be ${what}` })
      .optional(),
  );
}

/** Free text for a page, one line, at most `max` characters. */
function line(what, max) {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: `must be ${what}, at most ${max} characters` })
      .refine((s) => !/[\0\r\n]/.test(s), { error: `must be ${what}, on one line` })
      .optional(),
  );
}

function emailAddress() {
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(254, { error: "must be an email address such as privacy@example.org" })
      .regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { error: "must be an email address such as privacy@example.org" })
      .optional(),
  );
}
/** smtp://[user:password@]host[:port] or smtps://… (TLS from the start, usually port 465). */
const smtpUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine(
      (s) => {
        try {
          const u = new URL(s);
          return (u.protocol === "smtp:" || u.protocol === "smtps:") && u.hostname !== "";
        } catch {
          return false;
        }
      },
      { error: "must be an smtp:// or smtps:// address, such as smtp://user:password@mail.example.org:587" },
    )
    .optional(),
);

/** One sender address, bare or as `Name <address>`, on one line. */
const mailFrom = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .refine((s) => /^(?:[^<>\r\n\0]*<)?[^\s<>@,;"]+@[^\s<>@,;"]+\.?[^\s<>@,;"]*>?$/.test(s) && !/[\r\n\0]/.test(s), {
      error: 'must be one email address, or a name and address such as "Toolkit <toolkit@example.org>"',
    })
    .optional(),
);

export const configSchema = z
  .object({
    PORT: wholeNumber(1, 65535, 3000),
    // Unset: the number of cores, at most 4 (decided by scripts/start.mjs, which knows them).
    WEB_CONCURRENCY: wholeNumber(1, 32, undefined),
    DATABASE_PATH: text("a file path"),
    DEMO: oneOf(["0", "1"], "1 seeds demo data into an empty database"),
    NODE_ENV: oneOf(["production", "development", "test"], "production on a real deployment"),
    NEXTAUTH_SECRET: z.preprocess(
      blankToUndefined,
      z
        .string()
        .min(32, { error: "must be at least 32 characters long (or unset, to use a generated one)" })
        .optional(),
    ),
    NEXTAUTH_URL: z.preprocess(
      blankToUndefined,
      z
        .string()
        .refine(
          (s) => {
            try {
              const u = new URL(s);
              return (u.protocol === "https:" || u.protocol === "http:") && !u.username && !u.password;
            } catch {
              return false;
            }
          },
          { error: "must be the app's public address, starting https:// (or http:// for a test machine)" },
        )
        .optional(),
    ),
    IDLE_TIMEOUT_MINUTES: wholeNumber(2, 720, 30),
    IDLE_WARNING_SECONDS: wholeNumber(10, 21600, 120),
    SIGN_IN_LOCK_MINUTES: wholeNumber(1, 1440, 15),
    SIGN_IN_DELAY_MS: wholeNumber(0, 60000, 1000),
    TRUST_PROXY: oneOf(["0", "1"], "1 when a reverse proxy in front sets X-Forwarded-For"),
    BACKUP_DIR: text("a folder path"),
    AUDIT_RETENTION_YEARS: wholeNumber(1, 100, 6),
    CHROMIUM_PATH: text("a file path"),
    // Who runs this copy: the privacy notice, the accessibility statement and the cookies page
    // name them. Unset, those pages say the details have not been given.
    OPERATOR_NAME: line("the name of the organisation that runs the toolkit", 200),
    OPERATOR_ADDRESS: line("the operator's postal address", 300),
    OPERATOR_EMAIL: emailAddress(),
    DPO_CONTACT: line("how to contact the data protection officer (an email address or a name and address)", 300),
    // Email (lib/mail/): unset SMTP_URL keeps every message in the outbox (/admin/outbox).
    SMTP_URL: smtpUrl,
    MAIL_FROM: mailFrom,
    // How often the primary process looks for deadline reminders that are due (the tests shorten it).
    REMINDER_CHECK_SECONDS: wholeNumber(1, 86400, 3600),
    // Evidence documents (lib/evidence/): where they are kept and how large one may be.
    DOCUMENTS_DIR: text("a folder path"),
    DOCUMENT_MAX_MB: wholeNumber(1, 100, 10),
  })
  .superRefine((c, ctx) => {
    // The warning must come before the idle limit, with time to answer it.
    const max = (c.IDLE_TIMEOUT_MINUTES * 60) / 2;
    if (c.IDLE_WARNING_SECONDS > max)
      ctx.addIssue({
        code: "custom",
        path: ["IDLE_WARNING_SECONDS"],
        message: `must be a whole number from 10 to ${max} (half of IDLE_TIMEOUT_MINUTES, which is ${c.IDLE_TIMEOUT_MINUTES})`,
      });
  });

/** What the variable was given, for the message: a secret only by its length. */
function given(name, env) {
  const raw = env[name];
  if (SECRET_SETTINGS.has(name)) return `it is ${String(raw ?? "").length} characters long (the value is not shown)`;
  return `it is ${JSON.stringify(String(raw ?? ""))}`;
}

/**
 * The configuration, or one line per bad setting: `<NAME> must be <what>: it is "<value>".`
 * Never throws.
 */
export function parseConfig(env = process.env) {
  const result = configSchema.safeParse(env);
  if (result.success) return { ok: true, config: result.data };
  const seen = new Set();
  const errors = [];
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "");
    if (seen.has(name)) continue;
    seen.add(name);
    errors.push(`${name} ${issue.message}: ${given(name, env)}.`);
  }
  return { ok: false, errors };
}

export class ConfigError extends Error {
  constructor(errors) {
    super(`The configuration is not valid: ${errors.join(" ")}`);
    this.name = "ConfigError";
    this.errors = errors;
  }
}

let cached;
/** The app's configuration from process.env, parsed once; throws ConfigError naming each bad setting. */
export function config() {
  if (cached) return cached;
  const result = parseConfig(process.env);
  if (!result.ok) throw new ConfigError(result.errors);
  return (cached = result.config);
}
