// Audit retention: entries older than AUDIT_RETENTION_YEARS (default 6) are removed, once a day, by
// the server's primary process (scripts/start.mjs), so that the log keeps no more personal data
// than it needs (UK GDPR storage limitation) while covering six years of claims. Plain ESM on
// better-sqlite3, because the primary process runs without the app's TypeScript.
//
// The audit log refuses deletes (a trigger); this is the one way past it: in one transaction, a
// permit row with the cutoff, the deletion (the trigger lets through only entries older than the
// cutoff), the permit's removal, and an audit entry saying how many went.
import Database from "better-sqlite3";

/** The instant `years` calendar years before `now` (29 February becomes 1 March). */
export function retentionCutoff(now, years) {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/**
 * Removes audit entries older than `years` from the database file; returns how many and the
 * cutoff. Safe beside running app processes (an immediate transaction, waiting up to 5 s for the lock).
 */
export function removeExpiredAuditEntries(file, { years, now = new Date() }) {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    db.pragma("foreign_keys = ON");
    const cutoff = retentionCutoff(now, years).toISOString();
    const run = db.transaction(() => {
      const permit = db.prepare("INSERT INTO audit_purge_permits (cutoff) VALUES (?)").run(cutoff).lastInsertRowid;
      const removed = db.prepare("DELETE FROM audit_log WHERE at < ?").run(cutoff).changes;
      db.prepare("DELETE FROM audit_purge_permits WHERE id = ?").run(permit);
      if (removed > 0)
        db.prepare(
          "INSERT INTO audit_log (at, actor_email, action, target_type, outcome, detail) VALUES (?, '(retention job)', 'audit.retention', 'audit_log', 'success', ?)",
        ).run(now.toISOString(), JSON.stringify({ removed, olderThan: cutoff, years }));
      return removed;
    });
    return { removed: run.immediate(), cutoff };
  } finally {
    db.close();
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs the job now and then once a day (the timer does not keep the process alive). */
export function scheduleAuditRetention(file, years, log) {
  const once = () => {
    try {
      const { removed, cutoff } = removeExpiredAuditEntries(file, { years });
      log(
        `audit retention: ${removed} entr${removed === 1 ? "y" : "ies"} older than ${cutoff} removed (AUDIT_RETENTION_YEARS=${years})`,
      );
    } catch (error) {
      log(`audit retention failed (will try again in a day): ${error instanceof Error ? error.message : error}`);
    }
  };
  once();
  return setInterval(once, DAY_MS).unref();
}
