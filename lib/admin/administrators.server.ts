import "server-only";
// The first administrator (and, with --another, a further one) made from the server's command line
// (`npm run create-admin`, scripts/create-admin.ts): whoever can run commands on the server is
// trusted with that, as they could edit the database itself. The password is set either from a
// single-use link (the same mechanism and lifetime as an administrator's reset link,
// lib/accounts/passwords.server.ts) or, for automation, given on standard input under the same rules.
import { and, eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { getDb, writeTransaction } from "@/db/client";
import { passwordResets, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { assertAcceptableNewPassword } from "@/lib/auth/common-passwords";
import { newLinkToken } from "@/lib/security/link-tokens";
import { recordAudit } from "@/lib/audit/record.server";
import { PASSWORD_RESET_HOURS } from "@/lib/accounts/schemas";
import { ActionError } from "@/lib/server-action-result";
import { createAdminSchema, type CreateAdminInput } from "@/lib/admin/schemas";

/** The audit log's "who" for changes made on the server's command line. */
export const COMMAND_LINE_ACTOR = "(server command line)";

/** Whether anyone can administer the toolkit: an administrator whose account is not disabled. */
export function hasActiveAdministrator(): boolean {
  return (
    getDb()
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.globalRole, "admin"), eq(users.disabled, false)))
      .limit(1)
      .get() !== undefined
  );
}

export type CreatedAdministrator =
  | { id: number; email: string; passwordSet: true }
  | { id: number; email: string; passwordSet: false; token: string; expiresAt: string };

/**
 * Creates an administrator. Refuses (ActionError, nothing written) when the email has an account,
 * when an active administrator exists and `another` is not set, or when a given password breaks a
 * rule. Without a password, the account has none that can be used until the link is followed.
 */
export async function createAdministratorFromCommandLine(
  input: CreateAdminInput,
  options: { password?: string; another: boolean },
): Promise<CreatedAdministrator> {
  const parsed = createAdminSchema.safeParse(input);
  if (!parsed.success) throw new ActionError(parsed.error.issues.map((i) => i.message).join("; "), "invalid");
  const email = parsed.data.email.toLowerCase();
  const name = parsed.data.name;
  const db = getDb();
  const refuseIfNotAllowed = () => {
    if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get())
      throw new ActionError(
        `An account with the email address ${email} already exists. An administrator can change its role under Users.`,
        "conflict",
      );
    if (!options.another && hasActiveAdministrator())
      throw new ActionError(
        "An active administrator already exists, so nothing was created. Another administrator can add people under Users; to create one here anyway, add --another.",
        "conflict",
      );
  };
  refuseIfNotAllowed();
  if (options.password !== undefined) assertAcceptableNewPassword(options.password, email);
  // Not a scrypt hash, so no password matches it (lib/auth/password.ts) until the link is used.
  const passwordHash =
    options.password !== undefined
      ? await hashPassword(options.password)
      : `unset$${randomBytes(16).toString("base64url")}`;
  return writeTransaction(() => {
    // Again inside the write lock: two runs at once must not both pass.
    refuseIfNotAllowed();
    const now = new Date();
    const row = db
      .insert(users)
      .values({ email, name, globalRole: "admin", passwordHash })
      .returning({ id: users.id })
      .get();
    let link: { token: string; expiresAt: string } | undefined;
    if (options.password === undefined) {
      const { token, tokenHash } = newLinkToken();
      const expiresAt = new Date(now.getTime() + PASSWORD_RESET_HOURS * 3600 * 1000).toISOString();
      db.insert(passwordResets)
        .values({ userId: row.id, tokenHash, issuedByUserId: null, createdAt: now.toISOString(), expiresAt })
        .run();
      link = { token, expiresAt };
    }
    recordAudit({
      actorUserId: null,
      actorEmail: COMMAND_LINE_ACTOR,
      action: "user.create",
      targetType: "user",
      targetId: row.id,
      outcome: "success",
      detail: {
        globalRole: "admin",
        via: "command-line",
        password: link ? "set-password link" : "given on standard input",
        ...(options.another ? { another: true } : {}),
        ...(link ? { linkExpiresAt: link.expiresAt } : {}),
      },
    });
    return link
      ? { id: row.id, email, passwordSet: false as const, ...link }
      : { id: row.id, email, passwordSet: true as const };
  });
}
