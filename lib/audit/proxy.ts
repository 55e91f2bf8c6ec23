// Audit entries for requests the proxy refuses itself (a foreign or missing Origin, a malformed
// action body), which never reach a page or action that could record them. The proxy runs in the
// server's own Node process, so this writes on the app's connection (opened here if the app has
// not yet). Auditing must never turn a clean refusal into an error: a failure to write is logged.
import { openDatabase, type Db } from "@/db/connection";
import { writeAudit, type AuditEntry } from "@/lib/audit/write";

const globalForDb = globalThis as unknown as { __toolkitDb?: Db };

export function auditFromProxy(entry: AuditEntry): void {
  try {
    globalForDb.__toolkitDb ??= openDatabase();
    writeAudit(globalForDb.__toolkitDb.$client, entry);
  } catch (e) {
    console.error("[toolkit] could not audit a refused request", e);
  }
}
