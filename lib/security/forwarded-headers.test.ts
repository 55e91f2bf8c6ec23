import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
// @ts-expect-error: a plain ES module of the start-up scripts, without type declarations
import { installForwardedHeaderGuard } from "../../scripts/forwarded-headers.mjs";

test("without a trusted proxy, a client cannot choose its own address or host", async () => {
  installForwardedHeaderGuard();
  const seen: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ ...req.headers });
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await fetch(`http://127.0.0.1:${port}/`, {
      headers: { "X-Forwarded-For": "203.0.113.9", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    });
    await fetch(`http://127.0.0.1:${port}/`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  assert.equal(seen.length, 2);
  for (const h of seen) {
    assert.equal(h["x-forwarded-for"], "127.0.0.1");
    assert.equal(h["x-forwarded-host"], undefined);
    assert.equal(h["x-forwarded-proto"], undefined);
  }
});
