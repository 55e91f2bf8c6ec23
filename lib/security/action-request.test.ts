import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import fc from "fast-check";
import {
  MAX_ACTION_BODY_BYTES,
  MAX_ACTION_DEPTH,
  actionBodyKind,
  checkActionForm,
  checkActionRequest,
  checkActionText,
  checkDeclaredLength,
  checkPath,
  checkReplyValue,
} from "./action-request";

// React's own reply encoder (what our client sends) and decoder (what Next runs on the body).
const require = createRequire(import.meta.url);
const client = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};
const server = require("next/dist/compiled/react-server-dom-webpack/server.node") as {
  decodeReply: (b: string | FormData, m: object) => Promise<unknown>;
};

const post = (path: string, body: BodyInit, headers: Record<string, string>) =>
  new Request(`http://localhost${path}`, { method: "POST", body, headers });

test("only POSTs to pages that Next would decode as an action are checked", () => {
  assert.equal(actionBodyKind("POST", "/admin", "text/plain;charset=UTF-8", "abc"), "text");
  assert.equal(actionBodyKind("POST", "/admin", "application/json", "abc"), "text");
  assert.equal(actionBodyKind("POST", "/admin", "multipart/form-data; boundary=x", null), "multipart");
  assert.equal(actionBodyKind("POST", "/admin", "Multipart/Form-Data; boundary=x", "abc"), "multipart");
  assert.equal(actionBodyKind("POST", "/admin", "text/plain", null), null); // not an action
  assert.equal(actionBodyKind("POST", "/admin", "application/x-www-form-urlencoded", "abc"), null); // Next answers 404 itself
  assert.equal(actionBodyKind("GET", "/admin", "text/plain", "abc"), null);
  assert.equal(actionBodyKind("POST", "/api/auth/callback/credentials", "multipart/form-data; boundary=x", null), null);
});

test("bad percent-encoding in the address is refused", () => {
  assert.equal(checkPath("/api/framework/%ff")?.status, 400);
  assert.equal(checkPath("/partnerships/%E0%A4%A")?.status, 400);
  assert.equal(checkPath("/api/framework/2026.1"), null);
  assert.equal(checkPath("/search/caf%C3%A9"), null);
});

test("a declared body over 1 MB is refused with 413, a garbled length with 400", () => {
  assert.equal(checkDeclaredLength(String(MAX_ACTION_BODY_BYTES + 1))?.status, 413);
  assert.equal(checkDeclaredLength(String(MAX_ACTION_BODY_BYTES)), null);
  assert.equal(checkDeclaredLength(null), null);
  assert.equal(checkDeclaredLength("12abc")?.status, 400);
});

test("text bodies must be a JSON array without references", () => {
  assert.equal(checkActionText('[{"partnershipId":"12"}]'), null);
  for (const bad of ["{{{", "", "42", '{"a":1}', '"x"', "null"]) {
    const r = checkActionText(bad);
    assert.equal(r?.status, 400, bad);
    assert.match(r!.message, /JSON/);
  }
  for (const ref of [
    "$@1",
    "$F1",
    "$Q1",
    "$W1",
    "$T",
    "$h1",
    "$1",
    "$a",
    "$B1",
    "$R1",
    "$nabc",
    "$K",
    "$Kzz",
    "$S",
    "$",
  ]) {
    const r = checkActionText(JSON.stringify([{ a: [ref] }]));
    assert.equal(r?.status, 400, ref);
    assert.match(r!.message, /not accepted/);
  }
  for (const ok of [
    "$$escaped",
    "$undefined",
    "$D2026-01-01T00:00:00.000Z",
    "$n-12",
    "$-0",
    "$Infinity",
    "$-Infinity",
    "$NaN",
    "$K1",
    "$Kff",
  ]) {
    assert.equal(checkActionText(JSON.stringify([ok])), null, ok);
  }
  // Keys are not decoded by React, so "$" keys are plain data.
  assert.equal(checkActionText('[{"$F1":"x","__proto__":{"a":1}}]'), null);
});

test("nesting deeper than the limit is refused without recursing", () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  assert.equal(checkActionText(deep(MAX_ACTION_DEPTH)), null);
  assert.equal(checkActionText(deep(MAX_ACTION_DEPTH + 1))?.status, 400);
  assert.equal(checkActionText(deep(200_000))?.status, 400);
});

test("whatever our client encodes passes, and everything that passes React decodes without throwing", async () => {
  const fd = new FormData();
  fd.append("partnershipId", "12");
  for (const args of [
    [{ a: "x", b: undefined, c: "$money", d: new Date(0), n: 10n, z: -0, i: Infinity, j: -Infinity, k: NaN }],
    [fd],
    ["", null, true, 1.5],
  ]) {
    const body = await client.encodeReply(args);
    if (typeof body === "string") assert.equal(checkActionText(body), null, body);
    else assert.equal(checkActionForm(body, true), null);
  }
  // Property: random JSON (with strings drawn from React's encodings, valid or not) is either
  // refused by us or decoded by React; never does React throw on something we let through.
  const dollar = fc.oneof(
    fc.constantFrom(
      "$@1",
      "$F1",
      "$Q0",
      "$W1",
      "$T",
      "$h2",
      "$1",
      "$undefined",
      "$D",
      "$Dx",
      "$n",
      "$n1",
      "$nx",
      "$-0",
      "$NaN",
      "$K1",
      "$$",
      "$Infinity",
      "$B0",
      "$l1",
    ),
    fc.string().map((s) => "$" + s),
    fc.string(),
  );
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: "small" },
      dollar,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("v")),
      fc.dictionary(fc.string(), tie("v")),
    ),
  })).v;
  await fc.assert(
    fc.asyncProperty(fc.array(value), async (args) => {
      const body = JSON.stringify(args);
      if (checkActionText(body) !== null) return;
      const decoded = await server.decodeReply(body, {});
      assert.ok(Array.isArray(decoded));
    }),
    { numRuns: 400, seed: 9 },
  );
});

test("multipart action bodies: one JSON arguments row, no files, no outlined rows, no bound form actions", () => {
  const form = (entries: [string, string | Blob][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };
  assert.equal(
    checkActionForm(
      form([
        ["1_partnershipId", "12"],
        ["0", '["$K1"]'],
      ]),
      true,
    ),
    null,
  );
  assert.equal(checkActionForm(form([["1_partnershipId", "12"]]), true)?.status, 400);
  assert.equal(checkActionForm(form([["0", "{{{"]]), true)?.status, 400);
  assert.equal(checkActionForm(form([["0", '["$@1"]']]), true)?.status, 400);
  assert.equal(
    checkActionForm(
      form([
        ["0", '["$K1"]'],
        ["1", '{"a":1}'],
      ]),
      true,
    )?.status,
    400,
  );
  assert.equal(
    checkActionForm(
      form([
        ["0", "[]"],
        ["0", "[]"],
      ]),
      true,
    )?.status,
    400,
  );
  assert.match(
    checkActionForm(
      form([
        ["0", "[]"],
        ["f", new Blob(["x"])],
      ]),
      true,
    )!.message,
    /file/,
  );
  // No-JavaScript form posts.
  assert.equal(
    checkActionForm(
      form([
        ["$ACTION_ID_abc", ""],
        ["partnershipId", "12"],
      ]),
      false,
    ),
    null,
  );
  assert.equal(
    checkActionForm(
      form([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", '{"id":"x","bound":"$@"}'],
      ]),
      false,
    )?.status,
    400,
  );
  assert.equal(checkActionForm(form([["anything", "at all"]]), false), null); // not an action: Next renders the page
});

test("checkActionRequest reads a clone, so the body is still there for Next", async () => {
  const ok = post("/partnerships/1", '[{"partnershipId":"1"}]', {
    "Next-Action": "abc",
    "Content-Type": "text/plain;charset=UTF-8",
  });
  assert.equal(await checkActionRequest(ok, "/partnerships/1"), null);
  assert.equal(await ok.text(), '[{"partnershipId":"1"}]');

  const fd = new FormData();
  fd.append("$ACTION_ID_abc", "");
  fd.append("partnershipId", "7");
  const mpa = post("/partnerships/7", fd, {});
  assert.equal(await checkActionRequest(mpa, "/partnerships/7"), null);
  assert.equal((await mpa.formData()).get("partnershipId"), "7");

  const big = post("/x", "[" + '"a",'.repeat(MAX_ACTION_BODY_BYTES / 4) + '"a"]', {
    "Next-Action": "abc",
    "Content-Type": "text/plain",
  });
  assert.equal((await checkActionRequest(big, "/x"))?.status, 413);

  const broken = post("/x", '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]', {
    "Next-Action": "abc",
    "Content-Type": "multipart/form-data; boundary=b",
  });
  const r = await checkActionRequest(broken, "/x");
  assert.equal(r?.status, 400);
  assert.match(r!.message, /multipart/);

  const notAction = post("/x", "{{{", { "Content-Type": "text/plain" });
  assert.equal(await checkActionRequest(notAction, "/x"), null);
  assert.equal(
    (await checkActionRequest(new Request("http://localhost/api/framework/%ff"), "/api/framework/%ff"))?.status,
    400,
  );
});

test("checkReplyValue walks objects and arrays", () => {
  assert.equal(checkReplyValue({ a: { b: ["ok", { c: "$F1" }] } })?.status, 400);
  assert.equal(checkReplyValue({ a: { b: ["ok", { c: "$$F1" }] } }), null);
});
