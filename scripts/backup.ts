// `npm run backup [-- --dir DIR]`: a consistent backup of the app's database (DATABASE_PATH), taken
// while the app keeps serving, to DIR/toolkit-<UTC time>.db (DIR: --dir, else BACKUP_DIR, else
// ./backups). The work is in lib/ops/backup.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, backupDatabase } from "../lib/ops/backup";

const { values } = parseArgs({ options: { dir: { type: "string" } } });
const dir = path.resolve(values.dir || process.env.BACKUP_DIR || "backups");

backupDatabase({ dir }).then(
  (r) =>
    console.log(
      `Backed up ${r.source} and ${r.documents} evidence document${r.documents === 1 ? "" : "s"}\n  to ${r.file} (${(r.bytes / 1024).toFixed(0)} KB), integrity ok.`,
    ),
  (e) => {
    console.error(e instanceof BackupError ? `Backup failed: ${e.message}` : e);
    process.exit(1);
  },
);
