/** @type {import('next').NextConfig} */
const nextConfig = {
  // The app is served as-is by `next start`; no telemetry-like headers.
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
