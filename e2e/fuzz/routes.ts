// The fuzz's route-handler payloads: hostile path segments and query strings.
import path from "node:path";
import { readdirSync } from "node:fs";
import { AUDIT_FILTER_KEYS, readAuditFilters } from "../../lib/admin/audit-filters";
import { isId } from "../../lib/domain/ids";
import { DEMO_PASSWORD } from "../fixtures";
import {
  rand,
  pick,
  chance,
  HOSTILE_STRINGS,
  huge,
  addressIds,
  hostileId,
  hostileValue,
  permitted,
  type Payload,
  type Role,
} from "./generate";

// ---- route handlers -------------------------------------------------------------------------------
/** Every app/**\/route.ts as a URL pattern such as /api/partnerships/[id]/export.csv. */
export function routeHandlers(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === "route.ts")
        out.push(
          "/" +
            path
              .relative("app", dir)
              .split(path.sep)
              .filter((s) => !/^\(.*\)$/.test(s))
              .join("/"),
        );
    }
  };
  walk("app");
  return out.sort();
}

export const SEGMENT_KIND: Record<string, string> = { id: "partnership", cycle: "cycle" };
export function fillRoute(route: string, value: (segment: string) => string): string {
  return route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_m, name: string) => value(name));
}

/** At most 300 characters: a longer address exceeds Node's 16 KB header limit, and Node itself
 * answers 431 with no body before the app sees the request. */
export const short = (v: unknown) => [...String(v)].slice(0, 300).join("");

/**
 * A hostile value for one segment of an address. Never empty: "/a//b" is not the route under test
 * (Next answers it with a 308 to "/a/b" before any handler sees it).
 */
export function hostileSegment(name: string, route: string, role: Role): string {
  const kind = route.startsWith("/api/assessments") ? "assessment" : SEGMENT_KIND[name];
  const pool = addressIds(role);
  const segment = pick<() => string>([
    () => (kind ? String(pick(pool[kind] ?? [1])) : encodeURIComponent(short(hostileId(undefined, pool)))),
    () => encodeURIComponent(short(hostileId(kind, pool))),
    () => encodeURIComponent(pick(HOSTILE_STRINGS)),
    () => pick(["%ff", "%E0%A4%A", "%", "%%30", "..%2f..%2fetc%2fpasswd", "-1", "0", "1e309", "NaN", "1.5"]),
    () => encodeURIComponent(huge(300)), // well under Node's 16 KB header limit, so that the app answers
  ])();
  return segment || "x";
}

/**
 * A query string for the audit log's CSV that its parser (lib/admin/audit-filters.ts, the same
 * function the route handler calls) refuses: hostile values in some of the filters, and, until
 * the parser says no, one more field it must refuse (it ignores unknown parameters and accepts
 * empty or well-formed fields, so hostile values alone are not always invalid).
 */
export function invalidAuditQuery(): string {
  const q = new URLSearchParams();
  for (const k of AUDIT_FILTER_KEYS) if (chance(0.3)) q.set(k, short(hostileValue()));
  if (chance(0.2)) q.set("page", pick(["0", "-1", "1e9", "2", huge(300)]));
  if (chance(0.2)) q.set(pick(["evil", "__proto__[x]", "constructor"]), short(hostileValue()));
  const refusals: (() => [string, string][])[] = [
    () => [["outcome", `x${pick(HOSTILE_STRINGS)}`]],
    () => [["action", pick(["<script>alert(1)</script>", "' OR 1=1 --", "a b", "%", huge(101)])]],
    () => [["actor", pick(["a b@example.org", "' OR 1=1 --", "A".repeat(255)])]],
    () => [["targetType", pick(["<script>", "user's", "1; DROP TABLE users; --", "x".repeat(41)])]],
    () => [["targetId", pick(["1 OR 1=1", "../../etc/passwd", "%00", "x".repeat(101)])]],
    () => [
      ["fromDay", "31"],
      ["fromMonth", "2"],
      ["fromYear", "2025"],
    ], // not a real date
    () => [
      ["toDay", "1"],
      ["toMonth", "1"],
      ["toYear", pick(["20x6", "99", "١٢٣٤"])],
    ],
    () => [["fromDay", pick(["1", "<", "99999"])]], // a date with parts missing
    () => [
      ["fromDay", "2"],
      ["fromMonth", "1"],
      ["fromYear", "2026"],
      ["toDay", "1"],
      ["toMonth", "1"],
      ["toYear", "2026"],
    ], // to before from
  ];
  while (readAuditFilters(Object.fromEntries(new URLSearchParams(q.toString()))).ok)
    for (const [k, v] of pick(refusals)()) q.set(k, v);
  return q.toString();
}

/** Hostile query parameters, some of them the national filters' (lib/national/schemas.ts). */
export function hostileQuery(): string {
  if (chance(0.4)) return "";
  const q = new URLSearchParams();
  for (let i = 0, n = 1 + Math.floor(rand() * 3); i < n; i++) {
    q.append(
      pick(["anonymised", "figure", "level", "nation", "force", "region", "validated", "evil", "__proto__[x]"]),
      [...String(hostileValue())].slice(0, 500).join(""),
    );
  }
  return `?${q}`;
}

export function routePayload(base: string, route: string, role: Role, cookie: string | null): Payload {
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  const may = permitted(role, route);
  const auth = route.startsWith("/api/auth");
  if (auth) {
    // next-auth: hostile sub-paths, and credentials posts without a CSRF token (refused, never signed in).
    if (chance(0.5)) {
      return {
        kind: "route-auth-get",
        role,
        method: "GET",
        url: `${base}/api/auth/${pick(["callback/evil", "signin/nope", "signin/%3Cscript%3E", "error?error=%3Cscript%3E", "%ff", encodeURIComponent(pick(HOSTILE_STRINGS) || "x")])}`,
        headers,
        expect: "refused",
      };
    }
    return {
      kind: "route-auth-post",
      role,
      method: "POST",
      url: `${base}/api/auth/callback/credentials`,
      headers: {
        "Content-Type": pick(["application/x-www-form-urlencoded", "application/json", "text/plain"]),
        Origin: base,
      },
      body: pick([
        () =>
          new URLSearchParams({
            email: pick(HOSTILE_STRINGS),
            password: pick(HOSTILE_STRINGS),
            csrfToken: "forged",
          }).toString(),
        () => JSON.stringify({ email: "admin@demo.test", password: DEMO_PASSWORD.slice(1), csrfToken: "forged" }),
        () => "{{{",
        () => "email=" + huge(20_000),
      ])(),
      expect: "refused",
    };
  }
  if (route === "/api/health" || route === "/api/framework" || route === "/api/session") {
    // Nothing to give them but the address: anything after it is an unknown page.
    return {
      kind: "route-subpath",
      role,
      method: "GET",
      url: `${base}${route}/${hostileSegment("x", route, role)}${chance(0.5) ? "/extra" : ""}`,
      headers,
      expect: "refused",
      permitted: may,
    };
  }
  const segments: string[] = [];
  const address = fillRoute(route, (seg) => {
    const v = hostileSegment(seg, route, role);
    segments.push(v);
    return v;
  });
  const audit = route === "/api/admin/audit.csv";
  const p: Payload = {
    kind: audit ? "route-audit-csv" : "route-get",
    role,
    method: "GET",
    url: base + address + (audit ? `?${invalidAuditQuery()}` : hostileQuery()),
    headers,
    expect: "refused",
    permitted: may,
  };
  if (may && audit) Object.assign(p, { status: 400, message: /^There is a problem with the filters:\n./ });
  // For those who may read every partnership and cycle, a well-formed id names nothing: not found.
  else if (may && (role === "admin" || role === "commissioner") && segments.length && segments.every(isId))
    Object.assign(p, { status: 404 });
  return p;
}
