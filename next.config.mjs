import { parseConfig } from "./lib/config-schema.mjs";

// Evidence documents (lib/evidence/) are uploaded through proxy.ts, which Next lets see at most
// this much of a body (10 MB by default) and silently cuts off the rest: the largest document
// allowed (DOCUMENT_MAX_MB), and a megabyte for the form around it. Server actions stay limited
// to 1 MB by proxy.ts itself (lib/security/action-request.ts).
const checked = parseConfig(process.env);
const documentMaxMb = checked.ok ? checked.config.DOCUMENT_MAX_MB : 10;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app is served as-is by `next start`; no telemetry-like headers.
  poweredByHeader: false,
  reactStrictMode: true,
  // Every page's <title> is resolved before the page is sent, in its <head>, rather than streamed
  // in after the body starts (Next's default for browsers): screen readers and the tab show the
  // right title at once, and a page whose title reads data does not render a second stream.
  htmlLimitedBots: /.*/,
  typedRoutes: false,
  experimental: { proxyClientMaxBodySize: (documentMaxMb + 1) * 1024 * 1024 },
  // `npm test` type-checks once, with `tsc --noEmit` over every file (Next's own check during the
  // build would repeat it, and skips test files anyway). Deploys run `npm test` or `tsc` first.
  typescript: { ignoreBuildErrors: true },
  // The password-strength estimator's word lists (several MB) are loaded from node_modules on the
  // server when first needed, not bundled into every server chunk.
  serverExternalPackages: ["@zxcvbn-ts/core", "@zxcvbn-ts/language-common", "@zxcvbn-ts/language-en"],
  // proxy.ts sets the security headers on everything it sees; static files bypass it (for
  // speed), so they get nosniff here.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

export default nextConfig;
