// Helpers for the backup and restore tests (lib/ops/backup.test.ts, backup-cli.test.ts): reading a
// database file directly, comparing two of them, and making a damaged one.
import { createHash } from "node:crypto";
import { closeSync, copyFileSync, openSync, readdirSync, readFileSync, statSync, writeSync } from "node:fs";
import Database from "better-sqlite3";

/**
 * Runs a read on its own connection. A read-write connection (the default) that is the last to
 * close removes the -wal and -shm files it opened, so that a folder lists only what the code under
 * test made; `readonly` leaves a live database's files alone.
 */
export function queryFile<T>(file: string, sql: string, options: { readonly?: boolean } = {}): T[] {
  const db = new Database(file, { fileMustExist: true, readonly: options.readonly ?? false });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Everything the tests write, in a fixed order, to compare two databases. */
export function dumpFile(file: string, options: { readonly?: boolean } = {}): string {
  const q = (sql: string) => queryFile(file, sql, options);
  return JSON.stringify([
    q("SELECT id, name, level, nation FROM partnerships ORDER BY id"),
    q("SELECT * FROM partnership_force_areas ORDER BY partnership_id, force_area_id"),
    q("SELECT id, email, name FROM users ORDER BY id"),
  ]);
}

export function integrityOf(file: string, options: { readonly?: boolean } = {}): string {
  return queryFile<{ integrity_check: string }>(file, "PRAGMA integrity_check", options)
    .map((r) => r.integrity_check)
    .join("; ");
}

export const sha256Of = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
export const listing = (dir: string) => readdirSync(dir).sort();

/** A copy of `source` with three pages in the middle overwritten: a damaged database. */
export function damagedCopy(source: string, target: string): string {
  copyFileSync(source, target);
  const pages = statSync(target).size / 4096;
  const fd = openSync(target, "r+");
  writeSync(fd, Buffer.alloc(3 * 4096, 0x5a), 0, 3 * 4096, Math.floor(pages / 2) * 4096);
  closeSync(fd);
  return target;
}
