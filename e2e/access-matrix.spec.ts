// Walks every cell of the access table (e2e/access-matrix.ts) against the running app: each
// actor signed in once, every page and route handler requested, every server action posted
// directly (as the browser does, not through the UI). Fails on any unexpected allow or deny, on
// any change a refused action made, and on any page, route or action missing from the table.
import { test, expect } from "./fixtures";
import { ACTIONS, ACTORS, PAGES, ROUTES, TABLE } from "./access-matrix";
import { actionIds, appRoutes } from "./access-matrix/app";
import {
  base,
  callAction,
  callCell,
  changedTables,
  expected,
  fingerprint,
  inBatches,
  outcomeOfResponse,
  scopesOf,
  type World,
} from "./access-matrix/calls";
import { buildWorld } from "./access-matrix/world";

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

let world: World;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  world = await buildWorld();
});

test.afterAll(async () => {
  if (!world) return;
  for (const ctx of world.contexts.values()) await ctx.dispose();
  // What was made here stays: this spec has a server and a database of its own.
  world.conn.close();
});

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
        const { got, detail } = await callCell(world, entry, actor, scope, n, actionId.get(entry.route)!);
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
