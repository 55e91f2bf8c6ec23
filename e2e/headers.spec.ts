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
