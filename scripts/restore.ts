// `npm run restore -- <backup file> [--force]`: replaces the app's database (DATABASE_PATH) with a
// backup. Stop the app first: the restore refuses while the database is open anywhere, unless
// --force. Keeps the current database as <database>.before-restore-<UTC time>. The work is in
// lib/ops/backup.ts.
import { parseArgs } from "node:util";
import { BackupError, restoreDatabase } from "../lib/ops/backup";

const { values, positionals } = parseArgs({
  options: { force: { type: "boolean", default: false } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("Usage: npm run restore -- <backup file> [--force]");
  process.exit(2);
}

restoreDatabase({ backup: positionals[0]!, force: values.force }).then(
  (r) => {
    console.log(
      `Restored ${positionals[0]} into ${r.target}, with ${r.documents} evidence document${r.documents === 1 ? "" : "s"}; integrity ok.`,
    );
    if (r.safetyCopy) console.log(`The database as it was before is kept at ${r.safetyCopy}.`);
    if (r.pendingMigrations > 0)
      console.log(
        `The backup is from an older version: ${r.pendingMigrations} migration(s) will be applied when the app next starts.`,
      );
    console.log("Start the app again (or restart it, if --force restored under it).");
  },
  (e) => {
    console.error(e instanceof BackupError ? `Restore refused: ${e.message}` : e);
    process.exit(1);
  },
);
