// Where evidence documents are kept: DOCUMENTS_DIR, by default `documents` beside the database,
// outside the web root. Each file is stored under a random name (never the uploader's), written
// in full and synced before its row is committed, so that a row never names a missing file.
// Used by the app (lib/evidence/documents.server.ts) and by backup and restore (lib/ops/backup.ts).
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { defaultDatabasePath } from "@/db/connection";
import { config } from "@/lib/config-schema.mjs";

export function documentsDirectory(databasePath: string = defaultDatabasePath()): string {
  const configured = config().DOCUMENTS_DIR;
  return path.resolve(/*turbopackIgnore: true*/ configured ?? path.join(path.dirname(databasePath), "documents"));
}

/** Only names this module makes: 32 hex characters. Anything else is never opened. */
export const STORED_NAME = /^[0-9a-f]{32}$/;

export function storeDocument(bytes: Uint8Array, dir = documentsDirectory()): { storedName: string; sha256: string } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const storedName = randomBytes(16).toString("hex");
  const partial = path.join(/*turbopackIgnore: true*/ dir, `${storedName}.part`);
  const fd = openSync(partial, "wx", 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path.join(/*turbopackIgnore: true*/ dir, storedName));
  return { storedName, sha256: createHash("sha256").update(bytes).digest("hex") };
}

export function readDocument(storedName: string, dir = documentsDirectory()): Buffer {
  if (!STORED_NAME.test(storedName)) throw new Error("not a stored document name");
  return readFileSync(path.join(/*turbopackIgnore: true*/ dir, storedName));
}

export function deleteDocument(storedName: string, dir = documentsDirectory()): void {
  if (!STORED_NAME.test(storedName)) return;
  rmSync(path.join(/*turbopackIgnore: true*/ dir, storedName), { force: true });
}
