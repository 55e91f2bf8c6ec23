// Calling the app as the access table's walk does (e2e/access-matrix.spec.ts): a server action
// posted as the browser posts it, a cell's expected and actual outcome, and a fingerprint of every
// table to tell whether a call changed anything.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { server } from "../fixtures";
import { allowed, type ActionEntry, type Actor, type Entry, type Ids, type Scope } from "./types";

export const base = () => server().baseURL;
export type Outcome = "allow" | "redirect" | "deny" | "signed-out" | string;

/** The people and data of the walk: each actor's signed-in context and user id, the ids, the database. */
export type World = {
  ids: Ids;
  contexts: Map<Actor, APIRequestContext>;
  userIds: Map<Actor, number | null>;
  conn: Database;
};

// React's own reply encoder, the one the browser bundle uses to send a server action's arguments.
// Every action in the manifest is called with it below, so the proxy's body check
// (lib/security/action-request.ts) is tested against the real encoding of every action (ADR 0009).
const reactClient = createRequire(path.join(process.cwd(), "package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};

/** Calls a server action as the browser does; returns the HTTP status and the ActionResult, if any. */
export async function callAction(
  ctx: APIRequestContext,
  id: string,
  args: unknown,
  headers: Record<string, string> = { Origin: base() },
): Promise<{
  status: number;
  text: string;
  result?: { ok: boolean; code?: string; message?: string; fieldErrors?: unknown; data?: unknown };
}> {
  // A string is a deliberately malformed body, sent as it is.
  const body = typeof args === "string" ? args : await reactClient.encodeReply(args);
  const res = await ctx.post("/how-scoring-works", {
    headers: {
      "Next-Action": id,
      ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
      Accept: "text/x-component",
      ...headers,
    },
    ...(typeof body === "string" ? { data: body } : { multipart: body }),
    maxRedirects: 0,
  });
  const text = await res.text();
  const rows = new Map([...text.matchAll(/^(\w+):(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
  let result;
  try {
    const ref = (JSON.parse(rows.get("0") ?? "null") as { a?: string } | null)?.a;
    if (ref?.startsWith("$@")) result = JSON.parse(rows.get(ref.slice(2)) ?? "null");
  } catch {
    result = undefined;
  }
  return { status: res.status(), text, result };
}

const SIGNED_OUT: Actor[] = ["anonymous", "disabled"];

export function expected(entry: Entry, actor: Actor, scope: Scope): Outcome {
  if (allowed(entry.allow, actor, scope)) return "allow";
  if (entry.kind !== "action" && allowed(entry.redirect, actor, scope)) return "redirect";
  if (SIGNED_OUT.includes(actor) && !(entry.kind === "action" && entry.public)) return "signed-out";
  return "deny";
}

export function scopesOf(entry: Entry): Scope[] {
  if (!entry.scoped) return ["own"];
  return entry.mixed ? ["own", "other", "mixed"] : ["own", "other"];
}

export function outcomeOfResponse(res: APIResponse): Outcome {
  const status = res.status();
  if (status === 200) return "allow";
  if (status === 404) return "deny";
  if (status === 401) return "signed-out";
  if (status >= 300 && status < 400) {
    const location = new URL(res.headers()["location"] ?? "", base());
    return location.pathname === "/sign-in" ? "signed-out" : "redirect";
  }
  return `HTTP ${status}`;
}

export async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/**
 * A hash of each table's rows, for everything the app keeps but the audit log and session
 * bookkeeping (touched by every request). Read once before and once after each cell: "nothing
 * changed" and "only the allowed side effects changed" are both answered from the same two reads.
 */
let fingerprintSql: string | undefined;
export function fingerprint(conn: Database): Map<string, string> {
  // One query, each table's rows quoted and joined by SQLite itself (hashing rows in JS is slow).
  fingerprintSql ??= (
    conn
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'user_sessions', 'data_generations', 'sqlite_sequence') ORDER BY name",
      )
      .all() as { name: string }[]
  )
    .map(({ name }) => {
      const columns = (conn.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[])
        .map((c) => `quote("${c.name}")`)
        .join(" || ',' || ");
      return `SELECT '${name}', (SELECT group_concat(${columns}, char(10)) FROM (SELECT * FROM "${name}" ORDER BY rowid))`;
    })
    .join(" UNION ALL ");
  const tables = new Map<string, string>();
  for (const [name, rows] of conn.prepare(fingerprintSql).raw().iterate() as IterableIterator<[string, string | null]>)
    tables.set(
      name,
      createHash("sha256")
        .update(rows ?? "")
        .digest("hex"),
    );
  return tables;
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

export async function callCell(
  world: World,
  entry: ActionEntry,
  actor: Actor,
  scope: Scope,
  n: number,
  id: string,
): Promise<{ got: Outcome; detail: string }> {
  const { conn, ids } = world;
  const s = ids[scope];
  const ctx = world.contexts.get(actor)!;
  const input = entry.input(s, ids.g, {
    n,
    actor,
    userId: world.userIds.get(actor) ?? null,
    q: (sql, ...params) => conn.prepare(sql).get(...params) as never,
  });
  if (entry.form) {
    // A plain form post, as the button works before JavaScript: Next reads $ACTION_ID_<id>.
    const res = await ctx.post(entry.form.page(s), {
      multipart: { [`$ACTION_ID_${id}`]: "", ...(input as Record<string, string>) },
      headers: { Origin: base() },
      maxRedirects: 0,
    });
    const location = new URL(res.headers()["location"] ?? "", base());
    const where = location.pathname + location.search;
    if (entry.form.allowed.test(where)) return { got: "allow", detail: where };
    if (entry.form.refused.test(where)) {
      // A code, never text (issue 16, item 6).
      const reason = location.searchParams.get("startError") ?? "";
      return {
        got: reason === "signed-out" ? "signed-out" : reason === "not-found" ? "deny" : `refused: ${reason}`,
        detail: where,
      };
    }
    return { got: `HTTP ${res.status()} → ${where}`, detail: where };
  }
  const { status, text, result } = await callAction(ctx, id, input);
  if (!result) return { got: `HTTP ${status}`, detail: text.slice(0, 300) };
  const detail = JSON.stringify(result).slice(0, 300);
  if (result.ok) return { got: "allow", detail };
  if (result.code === "not-found") return { got: "deny", detail };
  if (result.code === "signed-out") return { got: "signed-out", detail };
  if (
    entry.allowed &&
    result.code === entry.allowed.code &&
    entry.allowed.message.test(`${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`)
  )
    return { got: "allow", detail };
  return { got: `${result.code}`, detail };
}
