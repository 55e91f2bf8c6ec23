// Online backup and restore of the SQLite database (`npm run backup`, `npm run restore`).
//
// Both copy with SQLite's backup API (through better-sqlite3), never by copying files: a backup
// taken while the app is serving is a consistent snapshot of the committed data, whatever is in
// the write-ahead log, and a restore is written through SQLite, so the live file's WAL and
// shared-memory files stay coherent. Not for the app's request path: scripts only.
import Database from "better-sqlite3";
import {
  copyFileSync,
  existsSync,
  fsyncSync,
  writeFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_FOLDER, defaultDatabasePath, openDatabase } from "@/db/connection";
import * as schema from "@/db/schema";
import { createHash } from "node:crypto";
import { documentsDirectory, readDocument, STORED_NAME } from "@/lib/evidence/storage";

/** A refusal or failure to report to the operator as it is (no stack trace needed). */
export class BackupError extends Error {}

// One backup step for every page: the copy is made within one read transaction, so it is a
// snapshot. (In small steps, each write by the app between steps would restart the copy.)
const ALL_PAGES = 0x7fffffff;

/** 2026-11-22T21:30:00.123Z → "2026-11-22T21-30-00Z": sortable and valid in file names everywhere. */
export function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replaceAll(":", "-");
}

export function backupFileName(now: Date): string {
  return `toolkit-${timestamp(now)}.db`;
}

/**
 * Copies database `from` into `to` with SQLite's backup API: opened directly (not through the app's client), with the
 * app's busy timeout.
 */
async function copyWithBackupApi(from: string, to: string): Promise<void> {
  const db = new Database(from, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(to, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
}

function integrityOf(db: Database.Database): string {
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    // One line: SQLite puts several findings in one row, separated by line breaks.
    return rows
      .flatMap((r) => r.integrity_check.split(/\r?\n/))
      .map((line) => line.trim())
      .filter(Boolean)
      .join("; ");
  } catch (e) {
    return (e as Error).message; // e.g. "database disk image is malformed"
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

const tableNames = (Object.values(schema) as unknown[]).flatMap((v) => (is(v, SQLiteTable) ? [getTableName(v)] : []));
// Present since the first migration: a database without them is not the toolkit's, at any version.
const CORE_TABLES = [schema.users, schema.partnerships, schema.assessments, schema.responses, schema.answers].map((t) =>
  getTableName(t),
);

export type DatabaseSummary = { migrations: number; knownMigrations: number };

/**
 * Whether an open database is the toolkit's, at this version or an older one: drizzle's migrations
 * table lists only migrations this code knows, and the tables are there (all of them when it is
 * fully migrated). Throws BackupError saying what is wrong.
 */
export function checkToolkitDatabase(db: Database.Database, label: string): DatabaseSummary {
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  if (!tables.has("__drizzle_migrations"))
    throw new BackupError(
      `${label} is an SQLite database but not the toolkit's: it has no migrations table (__drizzle_migrations).`,
    );
  const known = new Set(readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => Number(m.folderMillis)));
  // drizzle identifies an applied migration by its created_at (the journal's "when").
  const applied = (
    db.prepare("SELECT created_at FROM __drizzle_migrations").all() as { created_at: number | string }[]
  ).map((r) => Number(r.created_at));
  if (!applied.length)
    throw new BackupError(`${label} has no migrations applied: it is not a toolkit database (or was never started).`);
  const unknown = applied.filter((a) => !known.has(a));
  if (unknown.length) {
    throw new BackupError(
      `${label} has ${unknown.length} migration(s) this version of the toolkit does not know: it was made by a newer or different version. Restore it with that version.`,
    );
  }
  const expected = applied.length === known.size ? tableNames : CORE_TABLES;
  const missing = expected.filter((t) => !tables.has(t));
  if (missing.length)
    throw new BackupError(
      `${label} is missing the toolkit's table(s) ${missing.join(", ")}: it is not a complete toolkit database.`,
    );
  return { migrations: applied.length, knownMigrations: known.size };
}

// Evidence documents (lib/evidence/) live as files beside the database (DOCUMENTS_DIR). A backup
// carries them inside its own SQLite file, in this table of the copy (never of the live database),
// so that one file restores database and documents together; the restore writes them back and
// drops the table.
const DOCUMENTS_TABLE = "backup_documents";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Copies every document the copy's rows name into the copy itself; returns how many. */
function packDocuments(copy: Database.Database, documentsDir: string): number {
  const hasTable = copy
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'evidence_documents'")
    .get();
  if (!hasTable) return 0;
  const rows = copy.prepare("SELECT stored_name AS name, sha256 FROM evidence_documents").all() as {
    name: string;
    sha256: string;
  }[];
  if (!rows.length) return 0;
  copy.exec(
    `CREATE TABLE ${DOCUMENTS_TABLE} (stored_name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, content BLOB NOT NULL)`,
  );
  const insert = copy.prepare(`INSERT INTO ${DOCUMENTS_TABLE} (stored_name, sha256, content) VALUES (?, ?, ?)`);
  copy.transaction(() => {
    for (const r of rows) {
      let bytes: Buffer;
      try {
        bytes = readDocument(r.name, documentsDir);
      } catch {
        throw new BackupError(
          `The evidence document ${r.name} is missing from ${documentsDir} (DOCUMENTS_DIR). If a document was replaced or removed just now, run the backup again; otherwise restore the folder first. Nothing was kept.`,
        );
      }
      if (sha256(bytes) !== r.sha256)
        throw new BackupError(
          `The evidence document ${r.name} in ${documentsDir} does not match its recorded SHA-256: it has been changed or damaged. Nothing was kept.`,
        );
      insert.run(r.name, r.sha256, bytes);
    }
  })();
  return rows.length;
}

/** Writes the backup's documents (if it carries any) into `documentsDir`, checked, and drops their table. */
function unpackDocuments(staged: Database.Database, documentsDir: string, label: string): number {
  const hasTable = staged
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${DOCUMENTS_TABLE}'`)
    .get();
  if (!hasTable) return 0;
  const rows = staged.prepare(`SELECT stored_name AS name, sha256, content FROM ${DOCUMENTS_TABLE}`).all() as {
    name: string;
    sha256: string;
    content: Buffer;
  }[];
  for (const r of rows)
    if (!STORED_NAME.test(r.name) || sha256(r.content) !== r.sha256)
      throw new BackupError(
        `${label} holds a damaged evidence document (${r.name.slice(0, 40)}): it cannot be restored.`,
      );
  if (rows.length) mkdirSync(documentsDir, { recursive: true, mode: 0o700 });
  for (const r of rows) {
    const file = path.join(documentsDir, r.name);
    const partial = `${file}.restoring`;
    writeFileSync(partial, r.content, { mode: 0o600 });
    const fd = openSync(partial, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  }
  staged.exec(`DROP TABLE ${DOCUMENTS_TABLE}`);
  return rows.length;
}

export type BackupResult = { file: string; bytes: number; source: string; documents: number };

/**
 * Writes a consistent backup of the live database (`source`, by default the app's) to a dated file
 * in `dir`, while the app goes on serving. The copy is written under a temporary name, checked
 * (integrity_check, the toolkit's tables), switched to a single self-contained file (no WAL) and
 * only then given its final name, so a file named toolkit-*.db is always a complete backup.
 */
export async function backupDatabase(options: { dir: string; source?: string; now?: Date }): Promise<BackupResult> {
  const source = path.resolve(options.source ?? defaultDatabasePath());
  if (!existsSync(source))
    throw new BackupError(`There is no database at ${source} (set DATABASE_PATH to the app's database).`);
  const dir = path.resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const now = options.now ?? new Date();
  let file = path.join(dir, backupFileName(now));
  for (let i = 2; existsSync(file); i++) file = path.join(dir, backupFileName(now).replace(/\.db$/, `-${i}.db`));
  const partial = `${file}.partial`;
  let documents = 0;
  try {
    await copyWithBackupApi(source, partial);
    const copy = new Database(partial, { fileMustExist: true });
    try {
      copy.pragma("journal_mode = DELETE");
      documents = packDocuments(copy, documentsDirectory(source));
      const integrity = integrityOf(copy);
      if (integrity !== "ok")
        throw new BackupError(
          `The backup failed its integrity check (${integrity}); the live database may be damaged. Nothing was kept.`,
        );
      checkToolkitDatabase(copy, `The database at ${source}`);
    } finally {
      copy.close();
    }
    renameSync(partial, file);
  } catch (e) {
    removeWithSidecars(partial);
    throw e;
  }
  return { file, bytes: statSync(file).size, source, documents };
}

/**
 * True when another connection has the database open. In WAL mode every open connection holds a
 * shared lock on the database file for as long as it is open, even when idle (SQLite needs it to
 * leave WAL mode safely), so an exclusive lock is refused while the app, or any other process, has
 * the file open. The probe does not wait and changes no data.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const probe = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma("locking_mode = EXCLUSIVE");
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("COMMIT");
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === "SQLITE_BUSY") return true;
    return false; // not a readable database (say, damaged): nothing can be serving from it
  } finally {
    probe.close();
  }
}

const SQLITE_HEADER = "SQLite format 3\0";

/** Copies the backup into `dir` and checks the copy, so that the operator's file is never opened for writing. */
function stageBackup(backup: string, dir: string): { staged: string; summary: DatabaseSummary } {
  const label = `The file ${backup}`;
  if (!existsSync(backup) || !statSync(backup).isFile()) throw new BackupError(`There is no file ${backup}.`);
  const header = Buffer.alloc(16);
  const fd = openSync(backup, "r");
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString("latin1") !== SQLITE_HEADER) throw new BackupError(`${label} is not an SQLite database.`);
  // A live database's last commits may still be in its -wal file, which a file copy would miss.
  if (existsSync(`${backup}-wal`) && statSync(`${backup}-wal`).size > 0) {
    throw new BackupError(
      `${label} has a write-ahead log beside it (${backup}-wal): it is a live database, not a backup. Make a backup of it with \`npm run backup\` and restore that.`,
    );
  }
  const staged = path.join(dir, "restore.db");
  copyFileSync(backup, staged);
  const db = new Database(staged, { fileMustExist: true });
  try {
    const integrity = integrityOf(db);
    if (integrity !== "ok") throw new BackupError(`${label} failed its integrity check (${integrity}): it is damaged.`);
    const summary = checkToolkitDatabase(db, label);
    db.pragma("journal_mode = DELETE"); // the copy is ours: one self-contained file to copy from
    return { staged, summary };
  } finally {
    db.close();
  }
}

export type RestoreResult = {
  target: string;
  safetyCopy: string | null;
  migrations: number;
  pendingMigrations: number;
  documents: number;
};

/**
 * Replaces the database at `target` (by default the app's) with the backup's contents. Refuses,
 * changing nothing, if the backup is not an intact toolkit database, or if the database is in use
 * (unless `force`). Before writing, keeps a safety copy of the current database beside it
 * (<target>.before-restore-<time>); writes through the backup API; checks integrity afterwards.
 */
export async function restoreDatabase(options: {
  backup: string;
  target?: string;
  force?: boolean;
  now?: Date;
}): Promise<RestoreResult> {
  const backup = path.resolve(options.backup);
  const target = path.resolve(options.target ?? defaultDatabasePath());
  if (backup === target) throw new BackupError("The backup and the database are the same file.");
  const staging = mkdtempSync(path.join(tmpdir(), "toolkit-restore-"));
  try {
    const { staged, summary } = stageBackup(backup, staging);
    if (!options.force && databaseInUse(target)) {
      throw new BackupError(
        `The database ${target} is in use: stop the app (and anything else using the database) first, then restore. --force restores anyway.`,
      );
    }
    let safetyCopy: string | null = null;
    if (existsSync(target)) {
      safetyCopy = `${target}.before-restore-${timestamp(options.now ?? new Date())}`;
      await keepSafetyCopy(target, safetyCopy);
    } else {
      mkdirSync(path.dirname(target), { recursive: true });
    }
    // The documents first, into the target's folder (files not in the backup stay), then the
    // database, which names them.
    const stagedDb = new Database(staged, { fileMustExist: true });
    let documents: number;
    try {
      documents = unpackDocuments(stagedDb, documentsDirectory(target), `The file ${backup}`);
    } finally {
      stagedDb.close();
    }
    await copyWithBackupApi(staged, target);
    // Opened as the app opens it (WAL and the other pragmas), then the log folded into the file.
    const restored = openDatabase(target).$client;
    try {
      restored.pragma("wal_checkpoint(TRUNCATE)");
      const integrity = integrityOf(restored);
      if (integrity !== "ok") {
        throw new BackupError(
          `The restored database failed its integrity check (${integrity}).${safetyCopy ? ` The previous database is kept at ${safetyCopy}.` : ""}`,
        );
      }
    } finally {
      restored.close();
    }
    return {
      target,
      safetyCopy,
      migrations: summary.migrations,
      pendingMigrations: summary.knownMigrations - summary.migrations,
      documents,
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A backup of the current database; if it cannot be read as one (damaged), its files as they are. */
async function keepSafetyCopy(target: string, copy: string): Promise<void> {
  try {
    await copyWithBackupApi(target, copy);
  } catch {
    removeWithSidecars(copy);
    copyFileSync(target, copy);
    if (existsSync(`${target}-wal`)) copyFileSync(`${target}-wal`, `${copy}-wal`);
  }
}
