import { test } from "node:test";
import assert from "node:assert/strict";
import { originIsOurs } from "./origin";

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });

function withNextAuthUrl(value: string | undefined, fn: () => void) {
  const before = process.env.NEXTAUTH_URL;
  if (value === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = value;
  try {
    fn();
  } finally {
    if (before === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = before;
  }
}

test("the Origin must match the request's scheme as well as its host (issue 16, item 9)", () => {
  withNextAuthUrl(undefined, () => {
    const https = { host: "toolkit.example", "x-forwarded-proto": "https" };
    assert.equal(originIsOurs(headers({ ...https, origin: "https://toolkit.example" })), true);
    assert.equal(originIsOurs(headers({ ...https, origin: "http://toolkit.example" })), false);
    const http = { host: "localhost:3100", "x-forwarded-proto": "http" };
    assert.equal(originIsOurs(headers({ ...http, origin: "http://localhost:3100" })), true);
    assert.equal(originIsOurs(headers({ ...http, origin: "https://localhost:3100" })), false);
    // The proxy passes the request URL's scheme when no header says it.
    assert.equal(
      originIsOurs(headers({ host: "toolkit.example", origin: "http://toolkit.example" }), { protocol: "https:" }),
      false,
    );
    assert.equal(
      originIsOurs(headers({ host: "toolkit.example", origin: "https://toolkit.example" }), { protocol: "https:" }),
      true,
    );
    // Without any way to tell the scheme, nothing is ours: fail closed.
    assert.equal(originIsOurs(headers({ host: "toolkit.example", origin: "https://toolkit.example" })), false);
  });
});

test("NEXTAUTH_URL's origin (the public address behind a proxy) counts, scheme included", () => {
  withNextAuthUrl("https://public.example", () => {
    const internal = { host: "10.0.0.5:3000", "x-forwarded-proto": "http" };
    assert.equal(originIsOurs(headers({ ...internal, origin: "https://public.example" })), true);
    assert.equal(originIsOurs(headers({ ...internal, origin: "http://public.example" })), false);
  });
});

test("foreign, missing, null and malformed Origins are never ours", () => {
  withNextAuthUrl(undefined, () => {
    const own = { host: "toolkit.example", "x-forwarded-proto": "https" };
    for (const origin of ["https://evil.example", "https://toolkit.example.evil.example", "null", "not a url", ""])
      assert.equal(originIsOurs(headers({ ...own, origin })), false, origin);
    assert.equal(originIsOurs(headers(own)), false);
  });
});
