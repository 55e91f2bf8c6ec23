// The fuzz's deterministic generator of hostile and invalid values (seeded: FUZZ_SEED replays a run).
import { randomInt } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { mulberry32 } from "../../lib/framework/generate";
import { ACTIONS, ROUTES, allowed, type Actor } from "../access-matrix";

/** A new seed each run (so that each run explores new input), or FUZZ_SEED's to replay one. */
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(1, 2 ** 31);
if (!Number.isSafeInteger(SEED)) throw new Error(`FUZZ_SEED must be an integer, was ${process.env.FUZZ_SEED}`);
export const CONCURRENCY = 8;
export const TARGET = 10_000;

// Who sends each round (the access matrix's actor names). The coordinator's rounds also carry the
// malformed bodies, unknown action ids and wrong content types, which the proxy refuses before
// anyone is identified; the other rounds carry what depends on who is asking: action arguments,
// form posts and route handler addresses.
export type Role = Extract<Actor, "coordinator" | "admin" | "commissioner" | "anonymous">;
export const ROUNDS: Role[] = ["coordinator", "admin", "commissioner", "coordinator", "anonymous"];

// ---- deterministic generator ------------------------------------------------------------------
export const rand = mulberry32(SEED);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
export const chance = (p: number) => rand() < p;

export const HOSTILE_STRINGS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "' OR 1=1 --",
  "1; DROP TABLE users; --",
  '" OR ""="',
  "1' UNION SELECT password_hash FROM users --",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "\u202e\u0000reversed",
  "🙂".repeat(50),
  '=HYPERLINK("http://evil.example")',
  "{{7*7}}",
  "$${process.env}", // the user string "${process.env}", escaped as React's client escapes a leading "$"
  "   ",
  "",
  "null",
  "undefined",
  "true",
  "NaN",
  "Infinity",
  "-0",
  "$$escaped",
];
export const huge = (n: number) => pick(["A", "<", "'", "é", "🙂"]).repeat(n);

/**
 * `foreign`: real ids outside the coordinator's own partnership (fair targets for the
 * administrator and the Commissioner's office). `absent`: well-formed ids that name nothing, for
 * the addresses those two are sent (a real id there would be a valid request).
 */
export type Ids = { foreign: Record<string, number[]>; absent: Record<string, number[]> };
let ids: Ids;
/** Set once by the test, from the database, before any payload is built. */
export function setIds(next: Ids) {
  ids = next;
}

/**
 * The ids a round's addresses use: out of the coordinator's reach, or naming nothing for those who may read
 * everything.
 */
export const addressIds = (role: Role) => (role === "admin" || role === "commissioner" ? ids.absent : ids.foreign);

export function hostileId(kind?: string, pool: Record<string, number[]> = ids.foreign): unknown {
  const foreign = kind && pool[kind]?.length ? pool[kind]! : Object.values(pool).flat();
  return pick<() => unknown>([
    () => pick(foreign),
    () => String(pick(foreign)),
    () => -1,
    () => 0,
    () => "0",
    () => "-5",
    () => 1.5,
    () => "1.5",
    () => 1e308,
    () => "1e309",
    () => "9999999999",
    () => "99999999999999999999999",
    () => "0x1f",
    () => " 1",
    () => "01",
    () => null,
    () => true,
    () => [pick(foreign)],
    () => ({ $gt: "" }),
    () => pick(HOSTILE_STRINGS),
    () => huge(5_000),
  ])();
}

export function hostileValue(depth = 0): unknown {
  return pick<() => unknown>([
    () => pick(HOSTILE_STRINGS),
    () => huge(pick([300, 10_000, 100_000])),
    () => hostileId(),
    () => rand() * 1e6 - 5e5,
    () => pick([-1, 0, 1.5, Number.MAX_SAFE_INTEGER, -Number.MAX_VALUE]),
    () => pick([true, false, null]),
    () => (depth < 3 ? Array.from({ length: 1 + Math.floor(rand() * 4) }, () => hostileValue(depth + 1)) : []),
    () => (depth < 3 ? { [pick(FIELD_NAMES)]: hostileValue(depth + 1), __proto__x: 1 } : {}),
    () => nested(2 + Math.floor(rand() * 12)),
  ])();
}

/** Nested arrays and objects, deep but within what the request check lets through. */
export function nested(n: number): unknown {
  let v: unknown = pick(HOSTILE_STRINGS);
  for (let i = 0; i < n; i++) v = chance(0.5) ? [v] : { a: v };
  return v;
}

// Every field name any form schema uses, so that payloads look like real ones but are not.
export const FIELD_NAMES = [
  ...new Set(
    readdirSync("lib", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => {
        try {
          return [...readFileSync(path.join("lib", d.name, "schemas.ts"), "utf8").matchAll(/^\s+([a-zA-Z]+):/gm)].map(
            (m) => m[1]!,
          );
        } catch {
          return [];
        }
      }),
  ),
];
export const ID_FIELDS: Record<string, string> = {
  partnershipId: "partnership",
  assessmentId: "assessment",
  actionId: "action",
  userId: "user",
  reviewerUserId: "user",
  cycleId: "cycle",
  assignmentId: "assignment",
  invitationId: "invitation",
  parentId: "partnership",
};

/** An argument object: schema-like keys with hostile values, always with something invalid. */
export function hostileObject(): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const n = Math.floor(rand() * 6);
  for (let i = 0; i < n; i++) {
    const k = pick(FIELD_NAMES);
    o[k] = ID_FIELDS[k] && chance(0.7) ? hostileId(ID_FIELDS[k]) : hostileValue();
  }
  // Every schema is strict, so an unknown or prototype key alone makes the object invalid; when
  // none is added, every id in the object is foreign or malformed.
  const extra = pick(["none", "unknown", "proto", "constructor"]);
  if (extra === "unknown") o[`evil_${Math.floor(rand() * 1000)}`] = hostileValue();
  if (extra === "proto")
    Object.defineProperty(o, "__proto__", { value: { isAdmin: true, role: "admin" }, enumerable: true });
  if (extra === "constructor")
    Object.defineProperty(o, "constructor", { value: { prototype: { isAdmin: true } }, enumerable: true });
  if (extra === "none" && !Object.keys(o).some((k) => ID_FIELDS[k])) o.partnershipId = hostileId("partnership");
  return o;
}

export function hostileArgs(): unknown[] {
  return pick<() => unknown[]>([
    () => [],
    () => [hostileValue()],
    () => [hostileObject()],
    () => [hostileObject()],
    () => [hostileObject()],
    () => [hostileObject(), hostileValue()],
    () => [[hostileObject()]],
    () => [nested(10 + Math.floor(rand() * 5))],
  ])();
}

/** Field names no schema has: in an argument object, each makes a strict schema refuse it. */
export const UNKNOWN_FIELDS = [
  () => `evil_${Math.floor(rand() * 1000)}`,
  () => "isAdmin",
  () => "__proto__x",
  () => "$where",
  () => "role_",
  () => "userId ",
];

/**
 * An argument object that no schema accepts, whoever sends it: schema-like keys with hostile
 * values (real ids of any partnership among them: for an administrator they are fair targets) and
 * always at least one field that no schema has. Every action's schema is strict (lib/action.ts),
 * so that field alone makes the object invalid, and zod still checks every other field, so each
 * field's own rules meet the hostile values too. (Were a schema not strict, the check below would
 * see the action run: `ok: true` or another code than "invalid", and maybe a changed table.)
 */
export function invalidObject(): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  const n = Math.floor(rand() * 7);
  for (let i = 0; i < n; i++) {
    const k = pick(FIELD_NAMES);
    o[k] = ID_FIELDS[k] && chance(0.7) ? hostileId(ID_FIELDS[k]) : hostileValue();
  }
  let unknown = pick(UNKNOWN_FIELDS)();
  while (FIELD_NAMES.includes(unknown)) unknown = `evil_${unknown}`;
  o[unknown] = hostileValue();
  if (chance(0.2)) Object.defineProperty(o, "__proto__", { value: { isAdmin: true, role: "admin" }, enumerable: true });
  if (chance(0.1))
    Object.defineProperty(o, "constructor", { value: { prototype: { isAdmin: true } }, enumerable: true });
  return o;
}

/** Arguments no action accepts: no argument, a first argument that is not an object, or an invalid object. */
export function invalidArgs(): unknown[] {
  return pick<() => unknown[]>([
    () => [],
    () => [hostileValue()], // a string, number, array, null, or an object with an unknown field
    () => [invalidObject()],
    () => [invalidObject()],
    () => [invalidObject()],
    () => [invalidObject()],
    () => [invalidObject(), hostileValue()],
    () => [[invalidObject()]],
    () => [nested(10 + Math.floor(rand() * 5))], // an array, or { a: … }: no schema has "a"
  ])();
}

/** An id no schema accepts (not a string of 1–10 digits without a leading zero). */
export function malformedId(): string {
  return pick([
    "-1",
    "0",
    "-5",
    "1.5",
    "1e309",
    "99999999999999999999999",
    "0x1f",
    " 1",
    "01",
    "null",
    "true",
    "[object Object]",
    pick(HOSTILE_STRINGS) || "x",
    huge(5_000),
  ]);
}

// ---- what we send, and what a clear error is for each kind -------------------------------------
export type Expect =
  | "action-error" // 200 with our ActionResult { ok: false, message }
  | "form-refused" // a no-JS form action: 303 back to a page, never to the new assessment
  | "refused" // 4xx with a non-empty message body
  | "upload-refused"; // an evidence upload: 303 back to its page naming the error, or a 4xx with a body
export type Payload = {
  kind: string;
  role: Role;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  expect: Expect;
  /** The access matrix lets `role` use this action or route: the refusal must be about the input. */
  permitted?: boolean;
  /** For a route handler: the status and body it must answer with. */
  status?: number;
  message?: RegExp;
};

/**
 * Whether e2e/access-matrix.ts lets `role` use an action (`file#export`) or a route (`/api/...`)
 * for what its payloads name: the coordinator's name other partnerships' things (or none), the
 * others' may name any partnership's. Undefined when the table has no entry for it.
 */
export function permitted(role: Role, route: string): boolean | undefined {
  const entry = [...ACTIONS, ...ROUTES].find((e) => e.route === route);
  return (
    entry && (allowed(entry.allow, role, "other") || (role !== "coordinator" && allowed(entry.allow, role, "own")))
  );
}

export type ManifestEntry = { filename: string; exportedName: string; workers?: Record<string, unknown> };
export const manifest = (): Record<string, ManifestEntry> =>
  (
    JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, ManifestEntry>;
    }
  ).node;
