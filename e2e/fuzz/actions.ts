// The fuzz's server-action payloads: hostile arguments, malformed bodies and no-JavaScript form posts.
import { expect } from "../fixtures";
import {
  TARGET,
  ROUNDS,
  rand,
  pick,
  chance,
  addressIds,
  hostileId,
  hostileValue,
  FIELD_NAMES,
  hostileObject,
  hostileArgs,
  invalidObject,
  invalidArgs,
  malformedId,
  manifest,
  permitted,
  type ManifestEntry,
  type Payload,
  type Role,
} from "./generate";
import { routeHandlers, fillRoute, routePayload } from "./routes";
import { MALFORMED_TEXT, malformedMultipart, multipart } from "./bodies";
import { uploadPayload } from "./uploads";

/** The page an action belongs to (any of its workers), with dynamic segments filled in. */
export function pageOf(entry: ManifestEntry, ownId: number): string {
  // An action used by the layout (e.g. "Stay signed in") belongs to every page, the not-found page
  // included, which answers 404 whatever the action says: post it to a real page.
  const worker =
    Object.keys(entry.workers ?? {}).find(
      (w) => w.startsWith("app/") && w.endsWith("/page") && !w.includes("_not-found"),
    ) ?? "app/page";
  const p = worker
    .slice(3, -"/page".length)
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\[\.{0,3}[^\]]+\]/g, String(ownId));
  return p || "/";
}

export function buildPayloads(base: string, ownId: number, cookies: Record<Role, string | null>): Payload[] {
  const entries = Object.entries(manifest());
  expect(entries.length, "no server actions in the build: run `npm run build` first").toBeGreaterThan(0);
  const payloads: Payload[] = [];
  const formActionId = entries.find(([, v]) => v.exportedName === "startAssessmentFromForm")?.[0];
  const routes = routeHandlers();

  // Per round, for the round's sender: every action gets hostile arguments, every route handler
  // hostile addresses and wrong methods. In the coordinator's rounds, also a malformed body and a
  // wrong content type per action, unknown action ids and no-JavaScript form posts. Rounds repeat
  // (with new random values) until the target is met.
  for (let round = 0; payloads.length < TARGET; round++) {
    const role = ROUNDS[round % ROUNDS.length]!;
    const cookie = cookies[role];
    const withCookie = (h: Record<string, string>) => (cookie ? { ...h, Cookie: cookie } : h);
    const actionHeaders = (id: string, contentType = "text/plain;charset=UTF-8") =>
      withCookie({ "Next-Action": id, "Content-Type": contentType, Accept: "text/x-component", Origin: base });
    const coordinator = role === "coordinator";
    for (const [id, entry] of entries) {
      const url = base + pageOf(entry, ownId);
      const isForm = id === formActionId;
      const may = permitted(role, `${entry.filename}#${entry.exportedName}`);
      for (let i = 0; i < 3; i++) {
        if (isForm) {
          // Called through fetch with FormData, as the hydrated page does. Whoever may start an
          // assessment gets an id no schema accepts; anyone else, any id.
          const b = `----fuzz${Math.floor(rand() * 1e9)}`;
          payloads.push({
            kind: "form-action",
            role,
            method: "POST",
            url,
            headers: actionHeaders(id, `multipart/form-data; boundary=${b}`),
            body: multipart(b, [
              ["_1_partnershipId", formPartnershipId(may, role)],
              ["0", '["$K1"]'],
            ]),
            expect: "form-refused",
            permitted: may,
          });
        } else {
          const args = coordinator ? hostileArgs : invalidArgs;
          // An action that takes no input ("Stay signed in": an empty object) accepts an empty
          // object, so its hostile arguments always carry at least one unknown field.
          const raw =
            entry.exportedName === "staySignedInAction"
              ? JSON.stringify([{ [pick(FIELD_NAMES)]: args() }])
              : chance(0.1)
                ? `[{"partnershipId":1e309,"assessmentId":-0,"${pick(FIELD_NAMES)}":${pick(["1e309", "-1e309", "0.0000001", "123456789012345678901234567890"])}${coordinator ? "" : ',"evil_number":1e309'}}]`
                : JSON.stringify(args());
          // Over the size limit the request is refused before the action (413).
          const expect = Buffer.byteLength(raw) > 1024 * 1024 ? "refused" : "action-error";
          payloads.push({
            kind: expect === "refused" ? "action-args-oversize" : "action-args",
            role,
            method: "POST",
            url,
            headers: actionHeaders(
              id,
              pick(["text/plain;charset=UTF-8", "text/plain;charset=UTF-8", "application/json", "text/html"]),
            ),
            body: raw,
            expect,
            permitted: may,
          });
        }
      }
      if (!coordinator) continue;
      payloads.push({
        kind: "malformed-text",
        role,
        method: "POST",
        url,
        headers: actionHeaders(id),
        body: pick(MALFORMED_TEXT)(),
        expect: "refused",
      });
      const mp = malformedMultipart();
      payloads.push({
        kind: "malformed-multipart",
        role,
        method: "POST",
        url,
        headers: actionHeaders(id, mp.contentType),
        body: mp.body,
        expect: "refused",
      });
      // URL-encoded bodies are not actions: Next answers with its 404 page (costly to render, so
      // for a third of the actions per round).
      if (chance(1 / 3))
        payloads.push({
          kind: "wrong-content-type",
          role,
          method: "POST",
          url,
          headers: actionHeaders(id, "application/x-www-form-urlencoded"),
          body: "partnershipId=1&evil=%3Cscript%3E",
          expect: "refused",
        });
    }
    // Unknown action ids: refused by the proxy before anyone is identified (the coordinator's rounds).
    for (let i = 0; i < (coordinator ? 10 : 0); i++) {
      const bogus = pick([
        () => Array.from({ length: 42 }, () => "0123456789abcdef"[Math.floor(rand() * 16)]).join(""),
        () => "abc",
        () => "00".repeat(21),
        () => "' OR 1=1 --",
        () => "<script>",
        () => "x".repeat(2000),
      ])();
      payloads.push({
        kind: "unknown-action",
        role,
        method: "POST",
        url: `${base}/`,
        headers: actionHeaders(bogus),
        body: "[{}]",
        expect: "refused",
      });
    }
    if (formActionId) {
      // No-JavaScript form posts (no Next-Action header; the action is named by a field).
      const entry = entries.find(([id]) => id === formActionId)![1];
      const may = permitted(role, `${entry.filename}#${entry.exportedName}`);
      for (let i = 0; i < (coordinator ? 8 : 2); i++) {
        const b = `----fuzz${Math.floor(rand() * 1e9)}`;
        const url = `${base}/partnerships/${ownId}`;
        const headers = withCookie({ "Content-Type": `multipart/form-data; boundary=${b}`, Origin: base });
        const variant = coordinator ? i % 4 : 0;
        if (variant < 2) {
          const partnershipId = formPartnershipId(may, role);
          payloads.push({
            kind: "mpa-form",
            role,
            method: "POST",
            url,
            headers,
            body: multipart(b, [
              [`$ACTION_ID_${formActionId}`, ""],
              ["partnershipId", partnershipId],
              ...(chance(0.5) ? [[pick(FIELD_NAMES), String(hostileValue())] as [string, string]] : []),
            ]),
            expect: "form-refused",
            permitted: may,
          });
        } else if (variant === 2) {
          payloads.push({
            kind: "mpa-unknown-action",
            role,
            method: "POST",
            url,
            headers,
            body: multipart(b, [
              [`$ACTION_ID_${pick(["deadbeef".repeat(5) + "00", "x", "' OR 1=1 --"])}`, ""],
              ["partnershipId", "1"],
            ]),
            expect: "refused",
          });
        } else {
          payloads.push({
            kind: "mpa-bound-ref",
            role,
            method: "POST",
            url,
            headers,
            body: multipart(b, [
              ["$ACTION_REF_1", ""],
              ["$ACTION_1:0", `{"id":"${formActionId}","bound":${pick(['"$@1"', "[", "null,"])}`],
            ]),
            expect: "refused",
          });
        }
      }
    }
    for (let i = 0; i < 4; i++) payloads.push(uploadPayload(base, role, cookie));
    for (const r of routes) {
      for (let i = 0; i < 6; i++) payloads.push(routePayload(base, r, role, cookie));
      const methods = r.startsWith("/api/auth") ? ["PUT", "DELETE", "PATCH"] : ["POST", "PUT", "DELETE", "PATCH"];
      payloads.push({
        kind: "route-wrong-method",
        role,
        method: pick(methods),
        url: base + fillRoute(r, () => String(pick(Object.values(addressIds(role)).flat()))),
        headers: withCookie({ Origin: base, "Content-Type": "application/json" }),
        body: JSON.stringify(coordinator ? hostileObject() : invalidObject()),
        expect: "refused",
      });
    }
  }
  return payloads;
}

/**
 * A partnership id for the start form: one no schema accepts when the sender may start an
 * assessment (or is the administrator or the Commissioner's office, for whom any real id is a
 * fair target), else any hostile id.
 */
export function formPartnershipId(may: boolean | undefined, role: Role): string {
  return may || role === "admin" || role === "commissioner" ? malformedId() : String(hostileId("partnership"));
}
