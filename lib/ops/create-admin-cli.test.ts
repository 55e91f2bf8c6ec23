// `npm run create-admin` as an operator runs it (tsx with the react-server condition, from the
// project's root), against temporary databases: the set-password link, --password-stdin, the
// refusal while an active administrator exists, --another, and what the audit log records.
import { test, describe, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { hashLinkToken } from "../security/link-tokens";
import { verifyPassword } from "../auth/password";
import { queryFile } from "./test-files";

const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "toolkit-create-admin-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const PASSWORD = "lantern quietly orchard bicycle";

type Run = { code: number | null; stdout: string; stderr: string };

function createAdmin(database: string, args: string[], stdin?: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [TSX, "--conditions=react-server", path.join("scripts", "create-admin.ts"), ...args],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          DATABASE_PATH: database,
          NEXTAUTH_URL: "https://toolkit.example.org",
          ...env,
        } as unknown as NodeJS.ProcessEnv,
        stdio: ["pipe", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

type UserRow = { id: number; email: string; name: string; global_role: string | null; password_hash: string };
type AuditRow = {
  actor_user_id: number | null;
  actor_email: string | null;
  action: string;
  target_id: string;
  detail: string;
};
const usersIn = (db: string) =>
  queryFile<UserRow>(db, "SELECT id, email, name, global_role, password_hash FROM users ORDER BY id");
const auditIn = (db: string) =>
  queryFile<AuditRow>(db, "SELECT actor_user_id, actor_email, action, target_id, detail FROM audit_log ORDER BY id");

describe("npm run create-admin", { concurrency: 2 }, () => {
  test("on a fresh database: migrates, creates the administrator, prints a single-use link valid 24 hours", async () => {
    const db = path.join(dir, "link", "toolkit.db");
    const started = Date.now();
    const run = await createAdmin(db, ["--email", "First.Admin@Example.org", "--name", "Priya Shah"]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, "");
    const lines = run.stdout.trimEnd().split("\n");
    assert.equal(lines[0], `Created the administrator first.admin@example.org in ${db}.`);
    const until = /^To set the password, open this link \(it works once, until (.+)\):$/.exec(lines[1] ?? "");
    assert.ok(until, run.stdout);
    const link = /^ {2}https:\/\/toolkit\.example\.org\/reset-password\/([A-Za-z0-9_-]{43})$/.exec(lines[2] ?? "");
    assert.ok(link, run.stdout);
    const hours = (Date.parse(until[1]!) - started) / 3_600_000;
    assert.ok(hours > 23.9 && hours <= 24.01, `valid 24 hours (${hours})`);

    const [user, ...others] = usersIn(db);
    assert.equal(others.length, 0);
    assert.equal(user!.email, "first.admin@example.org");
    assert.equal(user!.name, "Priya Shah");
    assert.equal(user!.global_role, "admin");
    // No password works until the link is used.
    assert.equal(await verifyPassword("", user!.password_hash), false);
    assert.ok(!user!.password_hash.startsWith("scrypt$"));
    // The link is a password reset like an administrator's: only its hash stored, unused, 24 hours.
    const [reset] = queryFile<{ user_id: number; token_hash: string; used_at: string | null; expires_at: string }>(
      db,
      "SELECT user_id, token_hash, used_at, expires_at FROM password_resets",
    );
    assert.equal(reset!.user_id, user!.id);
    assert.equal(reset!.token_hash, hashLinkToken(link[1]!));
    assert.equal(reset!.used_at, null);
    assert.equal(reset!.expires_at, until[1]);
    // Every migration applied, and no demo data.
    assert.equal(queryFile<{ n: number }>(db, "SELECT count(*) AS n FROM partnerships")[0]!.n, 0);
    assert.ok(queryFile<{ n: number }>(db, "SELECT count(*) AS n FROM __drizzle_migrations")[0]!.n >= 8);
    // Audited as done from the command line.
    assert.deepEqual(
      auditIn(db).map((a) => ({ ...a, detail: JSON.parse(a.detail) })),
      [
        {
          actor_user_id: null,
          actor_email: "(server command line)",
          action: "user.create",
          target_id: String(user!.id),
          detail: { globalRole: "admin", via: "command-line", password: "set-password link", linkExpiresAt: until[1] },
        },
      ],
    );
  });

  test("--password-stdin: the password read from standard input, hashed; no link", async () => {
    const db = path.join(dir, "stdin", "toolkit.db");
    const run = await createAdmin(
      db,
      ["--email", "ops@example.org", "--name", "Ops Robot", "--password-stdin"],
      `${PASSWORD}\n`,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      `Created the administrator ops@example.org in ${db}.\nThey can sign in now with the password given.\n`,
    );
    const [user] = usersIn(db);
    assert.equal(user!.global_role, "admin");
    assert.equal(await verifyPassword(PASSWORD, user!.password_hash), true);
    assert.equal(queryFile<{ n: number }>(db, "SELECT count(*) AS n FROM password_resets")[0]!.n, 0);
    assert.equal(JSON.parse(auditIn(db)[0]!.detail).password, "given on standard input");
  });

  test("--password-stdin refuses a password that breaks the rules, and writes nothing", async () => {
    const db = path.join(dir, "weak", "toolkit.db");
    for (const [password, message] of [
      ["short pass", "Password must be at least 12 characters"],
      ["password1234", "This password is too common"],
      ["weakling-ops-robot-weakling", "Password must not contain the email address or the name before the @"],
    ] as const) {
      const run = await createAdmin(
        db,
        ["--email", "weakling@example.org", "--name", "Weak", "--password-stdin"],
        password,
      );
      assert.equal(run.code, 1, `${password}: ${run.stdout}`);
      assert.equal(run.stdout, "");
      assert.ok(run.stderr.startsWith(`create-admin refused: the password: ${message}`), run.stderr);
      assert.deepEqual(usersIn(db), []);
      assert.deepEqual(auditIn(db), []);
    }
  });

  test("refuses while an active administrator exists; --another creates one; a taken email is refused", async () => {
    const db = path.join(dir, "refusal", "toolkit.db");
    assert.equal((await createAdmin(db, ["--email", "one@example.org", "--name", "One"])).code, 0);
    const before = { users: usersIn(db), audit: auditIn(db) };

    const refused = await createAdmin(db, ["--email", "two@example.org", "--name", "Two"]);
    assert.equal(refused.code, 1);
    assert.equal(refused.stdout, "");
    assert.equal(
      refused.stderr,
      "create-admin refused: An active administrator already exists, so nothing was created. Another administrator can add people under Users; to create one here anyway, add --another.\n",
    );
    assert.deepEqual({ users: usersIn(db), audit: auditIn(db) }, before);

    const taken = await createAdmin(db, ["--email", "ONE@example.org", "--name", "Again", "--another"]);
    assert.equal(taken.code, 1);
    assert.match(
      taken.stderr,
      /^create-admin refused: An account with the email address one@example\.org already exists/,
    );
    assert.deepEqual({ users: usersIn(db), audit: auditIn(db) }, before);

    const another = await createAdmin(db, ["--email", "two@example.org", "--name", "Two", "--another"]);
    assert.equal(another.code, 0, another.stderr);
    assert.deepEqual(
      usersIn(db).map((u) => [u.email, u.global_role]),
      [
        ["one@example.org", "admin"],
        ["two@example.org", "admin"],
      ],
    );
    assert.equal(JSON.parse(auditIn(db).at(-1)!.detail).another, true);

    // A disabled administrator is not an active one: the refusal no longer applies.
    const sqlite = new Database(db);
    sqlite.prepare("UPDATE users SET disabled = 1").run();
    sqlite.close();
    const afterDisabled = await createAdmin(db, ["--email", "three@example.org", "--name", "Three"]);
    assert.equal(afterDisabled.code, 0, afterDisabled.stderr);
  });

  test("usage and bad input: exit code 2, or 1 for a bad email; no database created", async () => {
    const db = path.join(dir, "usage", "toolkit.db");
    const noName = await createAdmin(db, ["--email", "a@example.org"]);
    assert.equal(noName.code, 2);
    assert.match(noName.stderr, /^Usage: npm run create-admin -- --email EMAIL --name "FULL NAME"/);
    const unknown = await createAdmin(db, ["--email", "a@example.org", "--name", "A", "--admin"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^create-admin: Unknown option '--admin'/);
    const badConfig = await createAdmin(db, ["--email", "a@example.org", "--name", "A"], undefined, {
      NEXTAUTH_URL: "toolkit.example.org",
    });
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /^create-admin: configuration error: NEXTAUTH_URL must be/);
    assert.equal(existsSync(db), false);
    const badEmail = await createAdmin(db, ["--email", "not-an-email", "--name", "A"]);
    assert.equal(badEmail.code, 1);
    assert.match(badEmail.stderr, /^create-admin refused: Enter an email address in the correct format/);
    assert.equal(existsSync(db), false);
  });
});
