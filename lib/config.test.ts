// The configuration schema (lib/config-schema.mjs): defaults, each kind of bad setting and its
// message; and `npm start` (scripts/start.mjs) refusing to start on a bad setting, before it builds,
// forks or opens a port.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { parseConfig } from "./config-schema.mjs";

const SECRET = "a-secret-for-these-tests-only-0123456789";

describe("the configuration schema", () => {
  test("everything unset: the README's defaults", () => {
    const r = parseConfig({});
    assert.ok(r.ok);
    // The rest (WEB_CONCURRENCY, DATABASE_PATH, DEMO, NEXTAUTH_*, …) stay unset: their defaults
    // depend on the machine or the database's folder and are decided where they are used.
    assert.deepEqual(
      { ...r.config },
      {
        PORT: 3000,
        IDLE_TIMEOUT_MINUTES: 30,
        IDLE_WARNING_SECONDS: 120,
        SIGN_IN_LOCK_MINUTES: 15,
        SIGN_IN_DELAY_MS: 1000,
        AUDIT_RETENTION_YEARS: 6,
        DOCUMENT_MAX_MB: 10,
        REMINDER_CHECK_SECONDS: 3600,
      },
    );
  });

  test("valid values are taken (blank counts as unset; numbers may have spaces around them)", () => {
    const r = parseConfig({
      PORT: " 8080 ",
      WEB_CONCURRENCY: "2",
      DATABASE_PATH: "/var/lib/toolkit/toolkit.db",
      DEMO: "0",
      NODE_ENV: "production",
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: "https://toolkit.example.org",
      IDLE_TIMEOUT_MINUTES: "15",
      IDLE_WARNING_SECONDS: "450",
      SIGN_IN_LOCK_MINUTES: "",
      SIGN_IN_DELAY_MS: "0",
      TRUST_PROXY: "1",
      BACKUP_DIR: "/var/backups/toolkit",
      AUDIT_RETENTION_YEARS: "7",
      OPERATOR_NAME: " Nottinghamshire County Council ",
      OPERATOR_EMAIL: "privacy@example.org",
    });
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.config.PORT, 8080);
    assert.equal(r.config.WEB_CONCURRENCY, 2);
    assert.equal(r.config.IDLE_WARNING_SECONDS, 450); // exactly half of 15 minutes
    assert.equal(r.config.SIGN_IN_LOCK_MINUTES, 15);
    assert.equal(r.config.SIGN_IN_DELAY_MS, 0);
    assert.equal(r.config.AUDIT_RETENTION_YEARS, 7);
    assert.equal(r.config.NEXTAUTH_SECRET, SECRET);
    assert.equal(r.config.OPERATOR_NAME, "Nottinghamshire County Council");
    assert.equal(r.config.OPERATOR_EMAIL, "privacy@example.org");
  });

  // [setting, value, the whole line expected]
  const bad: [string, string, string][] = [
    ["PORT", "eighty", 'PORT must be a whole number from 1 to 65535: it is "eighty".'],
    ["PORT", "70000", 'PORT must be a whole number from 1 to 65535: it is "70000".'],
    ["WEB_CONCURRENCY", "0", 'WEB_CONCURRENCY must be a whole number from 1 to 32: it is "0".'],
    ["IDLE_TIMEOUT_MINUTES", "15.5", 'IDLE_TIMEOUT_MINUTES must be a whole number from 2 to 720: it is "15.5".'],
    ["IDLE_TIMEOUT_MINUTES", "1e3", 'IDLE_TIMEOUT_MINUTES must be a whole number from 2 to 720: it is "1e3".'],
    ["SIGN_IN_LOCK_MINUTES", "-3", 'SIGN_IN_LOCK_MINUTES must be a whole number from 1 to 1440: it is "-3".'],
    ["SIGN_IN_DELAY_MS", "60001", 'SIGN_IN_DELAY_MS must be a whole number from 0 to 60000: it is "60001".'],
    ["AUDIT_RETENTION_YEARS", "0", 'AUDIT_RETENTION_YEARS must be a whole number from 1 to 100: it is "0".'],
    ["DEMO", "yes", 'DEMO must be "0" or "1" (1 seeds demo data into an empty database): it is "yes".'],
    [
      "TRUST_PROXY",
      "true",
      'TRUST_PROXY must be "0" or "1" (1 when a reverse proxy in front sets X-Forwarded-For): it is "true".',
    ],
    [
      "NODE_ENV",
      "prod",
      'NODE_ENV must be "production" or "development" or "test" (production on a real deployment): it is "prod".',
    ],
    [
      "NEXTAUTH_URL",
      "toolkit.example.org",
      'NEXTAUTH_URL must be the app\'s public address, starting https:// (or http:// for a test machine): it is "toolkit.example.org".',
    ],
    [
      "NEXTAUTH_URL",
      "ftp://toolkit.example.org",
      'NEXTAUTH_URL must be the app\'s public address, starting https:// (or http:// for a test machine): it is "ftp://toolkit.example.org".',
    ],
    [
      "SMTP_URL",
      "https://user:password@mail.example.org",
      "SMTP_URL must be an smtp:// or smtps:// address, such as smtp://user:password@mail.example.org:587: it is 38 characters long (the value is not shown).",
    ],
    [
      "MAIL_FROM",
      "toolkit@example.org\r\nBcc: everyone@example.org",
      'MAIL_FROM must be one email address, or a name and address such as "Toolkit <toolkit@example.org>": it is "toolkit@example.org\\r\\nBcc: everyone@example.org".',
    ],
    ["DOCUMENT_MAX_MB", "0", 'DOCUMENT_MAX_MB must be a whole number from 1 to 100: it is "0".'],
    [
      "NEXTAUTH_SECRET",
      "too-short-secret",
      "NEXTAUTH_SECRET must be at least 32 characters long (or unset, to use a generated one): it is 16 characters long (the value is not shown).",
    ],
    [
      "OPERATOR_EMAIL",
      "privacy at example.org",
      'OPERATOR_EMAIL must be an email address such as privacy@example.org: it is "privacy at example.org".',
    ],
    [
      "OPERATOR_NAME",
      "Line one\nLine two",
      'OPERATOR_NAME must be the name of the organisation that runs the toolkit, on one line: it is "Line one\\nLine two".',
    ],
    [
      "DPO_CONTACT",
      "x".repeat(301),
      `DPO_CONTACT must be how to contact the data protection officer (an email address or a name and address), at most 300 characters: it is "${"x".repeat(301)}".`,
    ],
  ];
  for (const [name, value, line] of bad) {
    test(`${name}=${value} is refused with a line naming it`, () => {
      const r = parseConfig({ [name]: value });
      assert.equal(r.ok, false);
      assert.deepEqual(!r.ok && r.errors, [line]);
    });
  }

  test("the idle warning must come at most half the idle limit before it", () => {
    const r = parseConfig({ IDLE_TIMEOUT_MINUTES: "10", IDLE_WARNING_SECONDS: "301" });
    assert.deepEqual(!r.ok && r.errors, [
      'IDLE_WARNING_SECONDS must be a whole number from 10 to 300 (half of IDLE_TIMEOUT_MINUTES, which is 10): it is "301".',
    ]);
    assert.ok(parseConfig({ IDLE_TIMEOUT_MINUTES: "10", IDLE_WARNING_SECONDS: "300" }).ok);
  });

  test("several bad settings: one line each", () => {
    const r = parseConfig({ PORT: "x", DEMO: "2", NEXTAUTH_SECRET: "s" });
    assert.equal(r.ok, false);
    assert.deepEqual(!r.ok && r.errors.map((l) => l.split(" ", 1)[0]), ["PORT", "DEMO", "NEXTAUTH_SECRET"]);
  });
});

type Run = { code: number | null; stdout: string; stderr: string };

/** `npm start` as the operator runs it, with `env` over a clean environment. */
function start(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join("scripts", "start.mjs")], {
      cwd: process.cwd(),
      // PATH only: nothing of this shell's own settings leaks in.
      env: { PATH: process.env.PATH ?? "", PORT: "3189", ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start with a bad setting", { concurrency: 2 }, () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      "a secret under 32 characters",
      { NEXTAUTH_SECRET: "only-twenty-chars-xx" },
      "NEXTAUTH_SECRET must be at least 32 characters long (or unset, to use a generated one): it is 20 characters long (the value is not shown).",
    ],
    ["a port that is not a number", { PORT: "http" }, 'PORT must be a whole number from 1 to 65535: it is "http".'],
    ["a switch that is not 0 or 1", { TRUST_PROXY: "yes" }, 'TRUST_PROXY must be "0" or "1"'],
    ["an address without its scheme", { NEXTAUTH_URL: "toolkit.example.org" }, "NEXTAUTH_URL must be the app's"],
    [
      "a warning longer than half the idle limit",
      { IDLE_TIMEOUT_MINUTES: "4", IDLE_WARNING_SECONDS: "200" },
      "IDLE_WARNING_SECONDS must be a whole number from 10 to 120",
    ],
  ];
  for (const [label, env, expected] of cases) {
    test(`${label}: exit code 1, the line, nothing started`, async () => {
      const run = await start(env);
      assert.equal(run.code, 1, `exit code (stdout: ${run.stdout})`);
      const lines = run.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 2, run.stderr);
      assert.ok(lines[0]!.startsWith(`[toolkit] configuration error: ${expected}`), lines[0]);
      assert.equal(
        lines[1],
        "[toolkit] not started: correct the setting(s) above (see the README's Configuration table).",
      );
      // Refused before building, forking or listening: nothing on stdout at all (a build, a worker
      // or a listening server each says so there). Not timed: on a loaded machine a process's
      // start-up alone took 12 s once while every check ran at once, which says nothing of this.
      assert.equal(run.stdout, "");
      if (env.NEXTAUTH_SECRET) assert.ok(!run.stderr.includes(env.NEXTAUTH_SECRET), "the secret is never printed");
    });
  }
});
