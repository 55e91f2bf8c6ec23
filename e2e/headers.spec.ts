import { test, expect, signInAs } from "./fixtures";

test("pages carry a nonce-based Content-Security-Policy and the other security headers", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto("/sign-in");
  const h = response!.headers();
  const csp = h["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  // Every script Next put on the page carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  // Static files (which the proxy does not see) are not sniffed either.
  const src = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  expect((await page.request.get(src!)).headers()["x-content-type-options"]).toBe("nosniff");
  // And the page still works under the policy: sign in and use a chart page.
  await signInAs(page, "coordinator");
  await page.goto("/how-scoring-works");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How scoring works");
  expect(violations).toEqual([]);
});

test("a server action posted from a foreign origin changes nothing", async ({ page, request }) => {
  await signInAs(page, "admin");
  // The browser refuses to send a foreign Origin itself, so post as another site would: same
  // action id, same cookies, a foreign Origin header.
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const { readFileSync } = await import("node:fs");
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === "createPartnershipAction")![0];
  const name = `Foreign origin partnership ${Date.now()}`;
  const res = await request.post("/admin/partnerships/new", {
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: "https://evil.example",
      Cookie: cookies,
    },
    data: JSON.stringify([
      { name, level: "local", nation: "england", parentId: "", yearEstablished: "", forceAreaIds: ["kent"] },
    ]),
  });
  // Refused by the proxy before Next's action handling or ours runs: a clear 403, not a 500.
  expect(res.status()).toBe(403);
  expect(await res.text()).toContain("did not come from the toolkit's own pages");
  const { queryOne } = await import("./fixtures");
  expect(queryOne<{ n: number }>("SELECT count(*) n FROM partnerships WHERE name = ?", name)!.n).toBe(0);
});
