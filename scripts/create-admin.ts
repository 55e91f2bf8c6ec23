// `npm run create-admin -- --email EMAIL --name "NAME" [--password-stdin] [--another]`: creates an
// administrator in the configured database (DATABASE_PATH; migrations applied if needed, never any
// demo data) and prints a single-use link, valid 24 hours, to set the password; or, with
// --password-stdin, reads the password from standard input (for automation; the same rules as
// everywhere). Refuses while an active administrator exists, unless --another. Audited as done
// from the command line. The work is in lib/admin/administrators.server.ts.
// Exit codes: 0 created, 1 refused (nothing written), 2 usage or configuration.
import { parseArgs } from "node:util";
import { parseConfig } from "../lib/config-schema.mjs";
import { startUp } from "../db/startup";
import { ActionError } from "../lib/server-action-result";
import { createAdministratorFromCommandLine } from "../lib/admin/administrators.server";
import { createAdminSchema } from "../lib/admin/schemas";

const USAGE = 'Usage: npm run create-admin -- --email EMAIL --name "FULL NAME" [--password-stdin] [--another]';

function fail(code: number, ...lines: string[]): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

let values: { email?: string; name?: string; "password-stdin"?: boolean; another?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      another: { type: "boolean", default: false },
    },
  }));
} catch (e) {
  fail(2, `create-admin: ${(e as Error).message}`, USAGE);
}
if (values.email === undefined || values.name === undefined) fail(2, USAGE);

const checked = parseConfig(process.env);
if (!checked.ok) fail(2, ...checked.errors.map((line) => `create-admin: configuration error: ${line}`));

/** The whole of standard input, less the one line ending `echo` or a file adds. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY)
    fail(2, "create-admin: --password-stdin reads the password from a pipe or a file, not a terminal.");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main() {
  // Checked before the database is opened (or created): a mistyped email changes nothing.
  const input = createAdminSchema.safeParse({ email: values.email, name: values.name });
  if (!input.success) fail(1, `create-admin refused: ${input.error.issues.map((i) => i.message).join("; ")}`);
  const password = values["password-stdin"] ? await readPassword() : undefined;
  const { db } = await startUp({ demo: false });
  // The data layer (db/client.ts) uses this connection: migrated, with the pragmas set.
  (globalThis as unknown as { __toolkitDb?: typeof db }).__toolkitDb = db;
  try {
    const created = await createAdministratorFromCommandLine(
      { email: values.email!, name: values.name! },
      { password, another: values.another ?? false },
    );
    console.log(`Created the administrator ${created.email} in ${db.$client.name}.`);
    if (created.passwordSet) {
      console.log(`They can sign in now with the password given.`);
    } else {
      const base =
        (checked.ok && checked.config.NEXTAUTH_URL) || `http://localhost:${checked.ok ? checked.config.PORT : 3000}`;
      console.log(`To set the password, open this link (it works once, until ${created.expiresAt}):`);
      console.log(`  ${new URL(`reset-password/${created.token}`, base.endsWith("/") ? base : `${base}/`).href}`);
    }
  } catch (e) {
    if (!(e instanceof ActionError)) throw e;
    const details = Object.values(e.fieldErrors ?? {}).flat();
    fail(1, `create-admin refused: ${details.length ? `the password: ${details.join("; ")}` : e.message}`);
  } finally {
    db.$client.close();
  }
}

main().catch((e) => fail(1, `create-admin failed: ${e instanceof Error ? e.message : String(e)}`));
