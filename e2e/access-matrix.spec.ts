// Walks every cell of the access table (e2e/access-matrix.ts) against the running app: each
// actor signed in once, every page and route handler requested, every server action posted
// directly (as the browser does, not through the UI). Fails on any unexpected allow or deny, on
// any change a refused action made, and on any page, route or action missing from the table.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Database } from "better-sqlite3";
import { test, expect, db, createPartnershipWithPeople, signedInRequest, demoPasswordHash, server } from "./fixtures";
import {
  ACTIONS,
  ACTORS,
  PAGES,
  ROUTES,
  TABLE,
  allowed,
  type ActionEntry,
  type Actor,
  type Entry,
  type GlobalIds,
  type Ids,
  type Scope,
  type ScopeIds,
} from "./access-matrix";
import { getFramework } from "../lib/framework";
import { sectionsOf } from "../lib/assessment/rules";
import { seedHistory } from "../db/seed/history";

const base = () => server().baseURL;
type Outcome = "allow" | "redirect" | "deny" | "signed-out" | string;

// ---- What exists in the app --------------------------------------------------------------------

/**
 * Every page and route handler under app/, as the route Next serves it ("/partnerships/[id]"), in
 * any of the file types Next accepts. Files that Next serves by themselves (sitemap, robots, icons,
 * Open Graph images, the web manifest) and parallel-route slots are listed as routes too, so that
 * adding one without an entry in the table fails the test.
 */
function appRoutes(): { page: string[]; route: string[] } {
  const out = { page: [] as string[], route: [] as string[] };
  const servedByNext =
    /^(sitemap|robots|manifest|icon|apple-icon|opengraph-image|twitter-image)\d*\.(ts|tsx|js|jsx|xml|txt|json|webmanifest|ico|png|jpg|jpeg|svg|gif)$/;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      const segments = path
        .relative("app", dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      const at = "/" + segments.join("/");
      if (e.isDirectory()) walk(full);
      else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(e.name)) out.page.push(at);
      else if (/^route\.(ts|js)$/.test(e.name)) out.route.push(at);
      else if (servedByNext.test(e.name)) out.route.push(`${at === "/" ? "" : at}/${e.name}`);
    }
  };
  walk("app");
  return out;
}

type Manifest = {
  node: Record<string, { filename: string; exportedName: string }>;
  edge?: Record<string, { filename: string; exportedName: string }>;
};
function manifest(): Manifest {
  return JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
}
function actionIds(): Map<string, string> {
  const m = manifest();
  const ids = new Map<string, string>();
  for (const [id, v] of [...Object.entries(m.node), ...Object.entries(m.edge ?? {})])
    ids.set(`${v.filename}#${v.exportedName}`, id);
  return ids;
}

test("the access table names every page, route handler and server action, and nothing else", () => {
  const found = appRoutes();
  const sorted = (xs: string[]) => [...xs].sort();
  expect(sorted(PAGES.map((e) => e.route)), "pages (app/**/page.tsx) in e2e/access-matrix.ts").toEqual(
    sorted(found.page),
  );
  expect(sorted(ROUTES.map((e) => e.route)), "route handlers (app/**/route.ts) in e2e/access-matrix.ts").toEqual(
    sorted(found.route),
  );
  expect(
    sorted(ACTIONS.map((e) => e.route)),
    "server actions (server-reference-manifest.json) in e2e/access-matrix.ts",
  ).toEqual(sorted([...actionIds().keys()]));
  expect(new Set(TABLE.map((e) => e.route)).size, "each route once").toBe(TABLE.length);
});

// ---- The people and data of the test ------------------------------------------------------------

type World = { ids: Ids; contexts: Map<Actor, APIRequestContext>; userIds: Map<Actor, number | null>; conn: Database };
let world: World;

// React's own reply encoder, the one the browser bundle uses to send a server action's arguments.
// Every action in the manifest is called with it below, so the proxy's body check
// (lib/security/action-request.ts) is tested against the real encoding of every action (ADR 0009).
const reactClient = createRequire(path.join(process.cwd(), "package.json"))(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};

/** Calls a server action as the browser does; returns the HTTP status and the ActionResult, if any. */
async function callAction(
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

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const fw = getFramework()!;
  const own = await createPartnershipWithPeople("matrix", 1);
  const other = await createPartnershipWithPeople("matrix-other", 1);
  const conn = db();
  const hash = await demoPasswordHash();
  const suffix = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const addUser = (label: string, globalRole: string | null) =>
    Number(
      conn
        .prepare("INSERT INTO users (email, name, password_hash, global_role) VALUES (?, ?, ?, ?)")
        .run(`${label}.${suffix}@example.org`, `Matrix ${label}`, hash, globalRole).lastInsertRowid,
    );
  const one = <T>(sql: string, ...params: unknown[]) => conn.prepare(sql).get(...params) as T;

  // Three years of submitted history for both partnerships, as the demo partnerships have.
  // The three closed cycles before the current one (other specs may have added older or later ones).
  const past = (
    conn
      .prepare(
        "SELECT id, label, opens_on AS opensOn FROM cycles WHERE status = 'closed' AND opens_on < (SELECT min(opens_on) FROM cycles WHERE status = 'open') ORDER BY opens_on DESC LIMIT 3",
      )
      .all() as { id: number; label: string; opensOn: string }[]
  ).reverse();
  for (const p of [own, other]) {
    seedHistory(conn, fw, past, {
      partnershipId: p.partnershipId,
      maturity: [0.2, 0.35, 0.5],
      coordinatorUserId: p.coordinator.userId,
      memberUserIds: [p.members[0]!.userId],
    });
  }
  const currentCycleId = one<{ id: number }>(
    "SELECT id FROM cycles WHERE status = 'open' ORDER BY opens_on LIMIT 1",
  ).id;

  const users: Record<Exclude<Actor, "anonymous" | "member" | "coordinator">, number> & {
    otherReviewer: number;
    spareUser: number;
    spareReviewer: number;
    erasable: number;
  } = {
    reviewer: addUser("reviewer", "reviewer"),
    "reviewer-unassigned": addUser("reviewer-unassigned", "reviewer"),
    commissioner: addUser("commissioner", "commissioner"),
    admin: addUser("admin", "admin"),
    disabled: addUser("disabled", null),
    otherReviewer: addUser("other-reviewer", "reviewer"),
    spareUser: addUser("spare", null),
    spareReviewer: addUser("spare-reviewer", "reviewer"),
    erasable: addUser("erasable", null),
  };
  conn
    .prepare(
      "INSERT INTO memberships (user_id, partnership_id, role, organisation) VALUES (?, ?, 'coordinator', 'Matrix organisation')",
    )
    .run(users.disabled, own.partnershipId);
  const assign = (reviewer: number, partnershipId: number, cycleId: number) =>
    Number(
      conn
        .prepare("INSERT INTO review_assignments (reviewer_user_id, partnership_id, cycle_id) VALUES (?, ?, ?)")
        .run(reviewer, partnershipId, cycleId).lastInsertRowid,
    );
  const ownAssignment = assign(users.reviewer, own.partnershipId, currentCycleId);
  const otherAssignment = assign(users.otherReviewer, other.partnershipId, currentCycleId);
  const pool = (
    conn.prepare("SELECT id FROM partnerships WHERE name NOT LIKE 'Test partnership %' ORDER BY id LIMIT 16").all() as {
      id: number;
    }[]
  ).map((r) => r.id);
  const spareAssignmentIds = pool.slice(8, 16).map((p) => assign(users.spareReviewer, p, past[0]!.id));
  // A year of its own each time the set-up runs (it runs again in a new worker after a failure).
  const plannedYear = 2070 + Math.floor(Math.random() * 900);
  const plannedCycleId = Number(
    conn
      .prepare("INSERT INTO cycles (label, opens_on, closes_on, status) VALUES (?, ?, ?, 'planned')")
      .run(
        `${plannedYear}/${String((plannedYear + 1) % 100).padStart(2, "0")}`,
        `${plannedYear}-04-01`,
        `${plannedYear + 1}-03-31`,
      ).lastInsertRowid,
  );

  // Sign everyone in once.
  const emails: Record<Actor, string | null> = {
    anonymous: null,
    member: own.members[0]!.email,
    coordinator: own.coordinator.email,
    reviewer: `reviewer.${suffix}@example.org`,
    "reviewer-unassigned": `reviewer-unassigned.${suffix}@example.org`,
    commissioner: `commissioner.${suffix}@example.org`,
    admin: `admin.${suffix}@example.org`,
    disabled: `disabled.${suffix}@example.org`,
  };
  const contexts = new Map<Actor, APIRequestContext>();
  for (const actor of ACTORS) contexts.set(actor, await signedInRequest(emails[actor]));
  const userIds = new Map<Actor, number | null>(
    ACTORS.map((a) => [
      a,
      a === "anonymous"
        ? null
        : a === "member"
          ? own.members[0]!.userId
          : a === "coordinator"
            ? own.coordinator.userId
            : users[a],
    ]),
  );
  // Signed in, then disabled: every later request must treat them as signed out.
  conn.prepare("UPDATE users SET disabled = 1 WHERE id = ?").run(users.disabled);

  // This year's self-reviews, started by their coordinators as the app does (carrying answers over).
  const otherCoordinator = await signedInRequest(other.coordinator.email);
  const ids = actionIds();
  for (const [ctx, p] of [
    [contexts.get("coordinator")!, own],
    [otherCoordinator, other],
  ] as const) {
    const r = await callAction(ctx, ids.get("lib/assessment/actions.ts#startAssessmentAction")!, [
      { partnershipId: String(p.partnershipId) },
    ]);
    expect(r.result, "starting this year's self-review").toMatchObject({ ok: true });
  }
  await otherCoordinator.dispose();

  const dimension = sectionsOf(fw).find((s) => s.kind === "dimension")!;
  const question = fw.dimensions
    .find((d) => d.id === dimension.id)!
    .questions.find((q) => q.type === "single" && dimension.topics[0]!.questionIds.includes(q.id))!;
  const scopeIds = (p: { partnershipId: number }, assignmentId: number): ScopeIds => {
    const current = one<{ id: number }>(
      "SELECT id FROM assessments WHERE partnership_id = ? AND cycle_id = ?",
      p.partnershipId,
      currentCycleId,
    ).id;
    const pastAssessment = one<{ id: number }>(
      "SELECT id FROM assessments WHERE partnership_id = ? AND cycle_id = ?",
      p.partnershipId,
      past[past.length - 1]!.id,
    ).id;
    const act = one<{ id: number; row_version: number }>(
      "SELECT id, row_version FROM actions WHERE partnership_id = ? AND cycle_id = ? AND status NOT IN ('done', 'dropped') ORDER BY id LIMIT 1",
      p.partnershipId,
      past[past.length - 1]!.id,
    );
    const invitationId = Number(
      conn
        .prepare(
          "INSERT INTO invitations (partnership_id, email, organisation, token_hash, created_at, expires_at) VALUES (?, ?, 'Matrix organisation', ?, ?, ?)",
        )
        .run(
          p.partnershipId,
          `matrix.pending.${p.partnershipId}@example.org`,
          randomBytes(32).toString("hex"),
          new Date().toISOString(),
          new Date(Date.now() + 7 * 86_400_000).toISOString(),
        ).lastInsertRowid,
    );
    return {
      partnershipId: p.partnershipId,
      currentAssessmentId: current,
      pastAssessmentId: pastAssessment,
      actionId: act.id,
      actionVersion: act.row_version,
      invitationId,
      assignmentId,
      sectionId: dimension.id,
      topicId: dimension.topics[0]!.id,
    };
  };
  const ownIds = scopeIds(own, ownAssignment);
  const otherIds = scopeIds(other, otherAssignment);

  // The member's own response to this year's review, as their first save creates it (opening the
  // page writes nothing: issue 16, item 11).
  expect((await contexts.get("member")!.get(`/assessments/${ownIds.currentAssessmentId}`)).status()).toBe(200);
  conn
    .prepare(
      "INSERT INTO responses (assessment_id, kind, respondent_user_id, organisation) VALUES (?, 'member', ?, 'Matrix organisation')",
    )
    .run(ownIds.currentAssessmentId, own.members[0]!.userId);
  // A recommendation the coordinator could add to the plan, as the results page offers it.
  const results = await (
    await contexts.get("coordinator")!.get(`/assessments/${ownIds.currentAssessmentId}/results`)
  ).text();
  const recommendationId = /recommendationId\\?":\\?"([a-z0-9_.-]+)/i.exec(results)?.[1];
  expect(recommendationId, "a recommendation offered on the results page").toBeTruthy();

  const pendingToken = randomBytes(32).toString("base64url");
  conn
    .prepare(
      "INSERT INTO invitations (partnership_id, email, organisation, token_hash, created_at, expires_at) VALUES (?, ?, 'Matrix organisation', ?, ?, ?)",
    )
    .run(
      own.partnershipId,
      `matrix.invitee.${suffix}@example.org`,
      createHash("sha256").update(pendingToken).digest("hex"),
      new Date().toISOString(),
      new Date(Date.now() + 7 * 86_400_000).toISOString(),
    );

  const g: GlobalIds = {
    pendingToken,
    currentCycleId,
    plannedCycleId,
    spareUserId: users.spareUser,
    erasableUserId: users.erasable,
    spareReviewerId: users.spareReviewer,
    spareAssignmentIds,
    partnershipPool: pool.slice(0, 8),
    unusedToken: randomBytes(32).toString("base64url"),
    recommendationId: recommendationId!,
    questionId: question.id,
    questionOptions: question.type === "single" ? question.options.map((o) => o.id) : [],
  };
  // The own partnership with the other's things: each must be refused as not the partnership's.
  const mixedIds: ScopeIds = {
    ...ownIds,
    actionId: otherIds.actionId,
    actionVersion: otherIds.actionVersion,
    invitationId: otherIds.invitationId,
  };
  world = { ids: { own: ownIds, other: otherIds, mixed: mixedIds, g }, contexts, userIds, conn };
});

test.afterAll(async () => {
  if (!world) return;
  for (const ctx of world.contexts.values()) await ctx.dispose();
  // What was made here stays: this spec has a server and a database of its own.
  world.conn.close();
});

// ---- Walking the cells --------------------------------------------------------------------------

const SIGNED_OUT: Actor[] = ["anonymous", "disabled"];

function expected(entry: Entry, actor: Actor, scope: Scope): Outcome {
  if (allowed(entry.allow, actor, scope)) return "allow";
  if (entry.kind !== "action" && allowed(entry.redirect, actor, scope)) return "redirect";
  if (SIGNED_OUT.includes(actor) && !(entry.kind === "action" && entry.public)) return "signed-out";
  return "deny";
}

function scopesOf(entry: Entry): Scope[] {
  if (!entry.scoped) return ["own"];
  return entry.mixed ? ["own", "other", "mixed"] : ["own", "other"];
}

function outcomeOfResponse(res: APIResponse): Outcome {
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

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

test("every page and route handler answers each actor as the table says", async () => {
  test.setTimeout(180_000);
  const cells = [...PAGES, ...ROUTES].flatMap((entry) =>
    ACTORS.flatMap((actor) => scopesOf(entry).map((scope) => ({ entry, actor, scope }))),
  );
  const wrong: string[] = [];
  await inBatches(cells, 4, async ({ entry, actor, scope }) => {
    const url = entry.path(world.ids[scope], world.ids.g);
    const res = await world.contexts.get(actor)!.get(url, { maxRedirects: 0 });
    const got = outcomeOfResponse(res);
    const want = expected(entry, actor, scope);
    if (got !== want)
      wrong.push(
        `${entry.route} (${url}) as ${actor}${entry.scoped ? ` [${scope}]` : ""}: expected ${want}, got ${got}`,
      );
  });
  expect(wrong.sort(), `${cells.length} cells walked`).toEqual([]);
});

/**
 * A hash of each table's rows, for everything the app keeps but the audit log and session
 * bookkeeping (touched by every request). Read once before and once after each cell: "nothing
 * changed" and "only the allowed side effects changed" are both answered from the same two reads.
 */
let fingerprintSql: string | undefined;
function fingerprint(conn: Database): Map<string, string> {
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
function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

async function callCell(
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

test("every server action, posted directly, allows and refuses as the table says, and a refusal changes nothing", async () => {
  test.setTimeout(240_000);
  const { conn, ids } = world;
  const actionId = actionIds();
  const run = (sql: string, ...params: unknown[]) => void conn.prepare(sql).run(...params);
  const wrong: string[] = [];
  for (const entry of ACTIONS) {
    let n = 0;
    for (const actor of ACTORS) {
      for (const scope of scopesOf(entry)) {
        n++;
        const where = `${entry.route} as ${actor}${entry.scoped ? ` [${scope}]` : ""}`;
        const s = ids[scope];
        entry.prepare?.(s, ids.g, run);
        const probe = entry.probe?.(s, ids.g);
        const read = () => (probe ? JSON.stringify(conn.prepare(probe.sql).get(...probe.params)) : "");
        const before = { tables: fingerprint(conn), probe: read() };
        const { got, detail } = await callCell(entry, actor, scope, n, actionId.get(entry.route)!);
        const after = { tables: fingerprint(conn), probe: read() };
        const changed = changedTables(before.tables, after.tables);
        const want = expected(entry, actor, scope);
        if (got !== want) {
          wrong.push(`${where}: expected ${want}, got ${got} — ${detail}`);
          continue;
        }
        const succeeded = got === "allow" && !entry.allowed && !entry.idempotent;
        if (succeeded && probe && after.probe === before.probe)
          wrong.push(`${where}: allowed, but ${before.probe} did not change`);
        // A refusal changes nothing; one the table expects for the input may touch only its sideEffects.
        const allowedChanges = got === "allow" ? (entry.sideEffects ?? []) : [];
        const unexpected = changed.filter((table) => !allowedChanges.includes(table));
        if (!succeeded && unexpected.length)
          wrong.push(`${where}: ${got}, but the database changed (${unexpected.join(", ")})`);
      }
    }
  }
  expect(wrong, `${ACTIONS.length} actions walked`).toEqual([]);
});

// ---- Requests that cannot be the app's own ------------------------------------------------------

test("a server action with a foreign or missing Origin, or a body that is not JSON, is refused with a clear status and changes nothing", async () => {
  const admin = world.contexts.get("admin")!;
  const id = actionIds().get("lib/admin/actions.ts#createPartnershipAction")!;
  const name = `Refused partnership ${Date.now()}`;
  const args = [{ name, level: "local", nation: "england", parentId: "", yearEstablished: "", forceAreaIds: ["kent"] }];
  const before = fingerprint(world.conn);
  for (const headers of [
    { Origin: "https://evil.example" },
    { Origin: "null" },
    {} as Record<string, string>,
    { Origin: `${base()}.evil.example` },
  ]) {
    const r = await callAction(admin, id, args, headers);
    expect(r.status, `Origin ${headers.Origin ?? "(none)"}`).toBe(403);
    expect(r.text).toContain("did not come from the toolkit's own pages");
  }
  // The same for a plain form post (the no-JavaScript path of a form action).
  const formId = actionIds().get("lib/assessment/actions.ts#startAssessmentFromForm")!;
  for (const headers of [{ Origin: "https://evil.example" }, {} as Record<string, string>]) {
    const res = await world.contexts.get("coordinator")!.post(`/partnerships/${world.ids.own.partnershipId}`, {
      multipart: { [`$ACTION_ID_${formId}`]: "", partnershipId: String(world.ids.own.partnershipId) },
      headers,
      maxRedirects: 0,
    });
    expect(res.status(), `form post, Origin ${headers.Origin ?? "(none)"}`).toBe(403);
  }
  const malformed = await callAction(admin, id, "[{not json");
  expect(malformed.status).toBe(400);
  expect(malformed.text).toContain("not valid JSON");
  // An action id this build does not have: Next's own answer, a client error rather than a 500.
  const unknown = await callAction(admin, "7f" + "0".repeat(40), args);
  expect(unknown.status).toBe(409);
  expect(changedTables(before, fingerprint(world.conn))).toEqual([]);
  expect(world.conn.prepare("SELECT count(*) n FROM partnerships WHERE name = ?").get(name)).toEqual({ n: 0 });
  // The same request from our own origin does create it: the refusals above were the origin's.
  const ok = await callAction(admin, id, args);
  expect(ok.result).toMatchObject({ ok: true });
  expect(world.conn.prepare("SELECT count(*) n FROM partnerships WHERE name = ?").get(name)).toEqual({ n: 1 });
});
