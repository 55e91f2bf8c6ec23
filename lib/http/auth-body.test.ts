import { test } from "node:test";
import assert from "node:assert/strict";
import { refuseMalformedAuthBody } from "./auth-body";

const post = (body: string, contentType = "application/json") =>
  new Request("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });

test("a JSON body that does not parse, or is not an object, is refused with 400 and says why", async () => {
  for (const [body, words] of [
    ["{", "not valid JSON"],
    ["", "not valid JSON"],
    ["[1, 2]", "JSON object"],
    ["null", "JSON object"],
    ['"x"', "JSON object"],
  ] as const) {
    const res = await refuseMalformedAuthBody(post(body));
    assert.equal(res?.status, 400, body);
    assert.match(((await res!.json()) as { error: string }).error, new RegExp(words), body);
  }
  assert.equal((await refuseMalformedAuthBody(post("{", "Application/JSON; charset=utf-8")))?.status, 400);
});

test("a JSON object, a form post and a GET pass through, with the body still readable", async () => {
  const json = post('{"email":"a@b.test"}');
  assert.equal(await refuseMalformedAuthBody(json), null);
  assert.deepEqual(await json.json(), { email: "a@b.test" });
  assert.equal(await refuseMalformedAuthBody(post("{", "application/x-www-form-urlencoded")), null);
  assert.equal(await refuseMalformedAuthBody(new Request("http://localhost/api/auth/session")), null);
});
