// What the fuzz checks: tables unchanged, refusals audited, and a clear error for every request.
import { createHash } from "node:crypto";
import { db, queryOne } from "../fixtures";
import type { Payload } from "./generate";

// ---- checks --------------------------------------------------------------------------------------
/**
 * Every table's rows, hashed. The audit log gains entries (refusals are audited), so only its rows
 * up to `auditUpTo` are compared; auditAdded() checks the new ones.
 */
export function tableChecksums(auditUpTo: number): Record<string, string> {
  const conn = db();
  try {
    const tables = (
      conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[]
    ).map((t) => t.name);
    const out: Record<string, string> = {};
    for (const t of tables) {
      const rows = (
        t === "audit_log"
          ? conn.prepare(`SELECT * FROM audit_log WHERE id <= ?`).all(auditUpTo)
          : conn.prepare(`SELECT * FROM "${t}"`).all()
      ) as Record<string, unknown>[];
      // A session's last-seen time moves on every request, and a refusal repeated within the minute
      // raises an earlier audit entry's count (lib/audit/write.ts); nothing else may.
      const lines = rows
        .map((r) =>
          JSON.stringify(
            t === "user_sessions"
              ? { ...r, last_seen_at: undefined }
              : t === "audit_log"
                ? { ...r, repeat_count: undefined, last_at: undefined }
                : r,
          ),
        )
        .sort();
      out[t] = `${rows.length}:${createHash("sha256").update(lines.join("\n")).digest("hex")}`;
    }
    return out;
  } finally {
    conn.close();
  }
}

export const lastAuditId = () => queryOne<{ id: number | null }>("SELECT max(id) id FROM audit_log")!.id ?? 0;

/** The audit entries written after `afterId`, counted by action and outcome. */
export function auditAdded(afterId: number): { action: string; outcome: string; n: number; example: string }[] {
  const conn = db();
  try {
    return conn
      .prepare(
        "SELECT action, outcome, count(*) n, max(coalesce(actor_email, '-') || ' ' || coalesce(target_type, '-') || ':' || coalesce(target_id, '-') || ' ' || coalesce(detail, '')) example FROM audit_log WHERE id > ? GROUP BY action, outcome ORDER BY action, outcome",
      )
      .all(afterId) as { action: string; outcome: string; n: number; example: string }[];
  } finally {
    conn.close();
  }
}

export type ActionResultRow = { ok: boolean; code?: unknown; message?: unknown; fieldErrors?: unknown };

/** The ActionResult in a server action's RSC response (the row whose value has "ok"). */
export function actionResultOf(body: string): ActionResultRow | undefined {
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!m) continue;
    try {
      const v = JSON.parse(m[1]!) as Record<string, unknown>;
      if (typeof v.ok === "boolean") return v as ActionResultRow;
    } catch {
      /* another row */
    }
  }
  return undefined;
}

/** What the fuzz reads of an answer. */
export type Answer = { status: () => number; headers: () => Record<string, string> };

/**
 * Sends a payload exactly as built, with Node's own fetch: no cookie jar (the payload's Cookie
 * header is the only identity sent, so an anonymous request stays anonymous whatever earlier
 * answers set), and the body's bytes as given (Playwright's request API JSON-encodes a string
 * body whose Content-Type is JSON, which once hid a 500 for malformed JSON).
 */
export async function send(p: Payload): Promise<{ res: Answer; body: string }> {
  const response = await fetch(p.url, {
    method: p.method,
    headers: p.headers,
    body: typeof p.body === "string" || p.body === undefined ? p.body : new Uint8Array(p.body),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  const headers = Object.fromEntries(response.headers);
  return { res: { status: () => response.status, headers: () => headers }, body };
}

export function problemWith(p: Payload, res: Answer, body: string): string | null {
  const status = res.status();
  if (status >= 500) return `status ${status}`;
  if (p.expect === "action-error") {
    if (status !== 200) return `expected 200 with an ActionResult, got ${status}`;
    const r = actionResultOf(body);
    if (!r) return "no ActionResult in the response";
    if (r.ok !== false) return "the action accepted invalid input";
    if (typeof r.message !== "string" || !r.message.trim()) return "the refusal has no message";
    if (p.role === "anonymous") {
      // Signed out: refused as such, unless the action is one a visitor may use (then as below).
      if (!p.permitted)
        return r.code === "signed-out" ? null : `expected code "signed-out", got ${JSON.stringify(r.code)}`;
    } else if (r.code === "signed-out") {
      return "refused as signed out: the session was lost";
    }
    if (p.permitted) {
      // The caller may use the action: only the schema can have refused it, with field errors.
      if (r.code !== "invalid") return `expected the schema's refusal (code "invalid"), got ${JSON.stringify(r.code)}`;
      const fieldErrors = r.fieldErrors as Record<string, unknown> | undefined;
      if (
        !fieldErrors ||
        typeof fieldErrors !== "object" ||
        !Object.values(fieldErrors).some(
          (v) => Array.isArray(v) && v.length && v.every((m) => typeof m === "string" && m.trim()),
        )
      )
        return `code "invalid" without field errors: ${JSON.stringify(r.fieldErrors)}`;
    } else if (p.role !== "coordinator" && p.role !== "anonymous" && r.code !== "invalid" && r.code !== "not-found") {
      // May not use it: refused by its schema (when the permission depends on the input) or as not found.
      return `expected code "invalid" or "not-found", got ${JSON.stringify(r.code)}`;
    }
    return null;
  }
  if (p.expect === "form-refused") {
    // A refused start goes back to the partnership page with the reason, or home for an id that
    // names nothing; it never reaches a new assessment.
    const location = res.headers()["location"] ?? res.headers()["x-action-redirect"] ?? "";
    if (status !== 303 && !(status === 200 && res.headers()["x-action-redirect"]))
      return `expected a redirect, got ${status}`;
    if (/\/assessments\//.test(location)) return `redirected to ${location}`;
    if (!/startError=[^&;]+/.test(location) && !/^(https?:\/\/[^/]+)?\/(;push)?$/.test(location))
      return `redirect without an error: ${location}`;
    return null;
  }
  if (p.expect === "upload-refused") {
    const location = res.headers()["location"] ?? "";
    if (status === 303)
      return /\/assessments\/\d+\/evidence\/[^?]+\?error=[a-z-]+$/.test(location)
        ? null
        : `redirect without an error: ${location}`;
    if (status < 400) return `expected a refusal, got ${status}`;
    return body.trim() ? null : `${status} with an empty body`;
  }
  if (p.kind === "route-auth-post" || p.kind === "route-auth-get") {
    // next-auth answers a bad sign-in with a redirect to its error or sign-in page.
    if (status >= 300 && status < 400) return res.headers()["location"] ? null : "redirect without a location";
    if (status === 200) return /error|csrf/i.test(body) ? null : "200 without an error";
  }
  if (p.status !== undefined && status !== p.status) return `expected ${p.status}, got ${status}`;
  if (p.message && !p.message.test(body)) return `expected a body matching ${p.message}`;
  // An address with an empty segment or a trailing slash is first normalised by Next (308 to the
  // same address without it); what that address answers is checked by the payloads that use it.
  if (status === 308 && /\/\/|\/(\?|$)/.test(p.url.replace(/^https?:\/\//, "")))
    return res.headers()["location"] ? null : "redirect without a location";
  if (status < 400) return `expected a 4xx refusal, got ${status}`;
  if (!body.trim()) return `${status} with an empty body`;
  // Whoever may use the route is signed in: a "sign in" answer means the session was lost.
  if (p.permitted && p.role !== "anonymous" && status === 401) return "401 for a signed-in caller the route allows";
  return null;
}
