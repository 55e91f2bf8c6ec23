// One server process of `npm start` (scripts/start.mjs runs WEB_CONCURRENCY of them): `next start`,
// with the client's address made trustworthy before Next sees a request. Unless the operator says
// that a reverse proxy in front sets X-Forwarded-For (TRUST_PROXY=1), a client's own
// X-Forwarded-* headers are replaced by what the socket says (scripts/forwarded-headers.mjs).
import path from "node:path";
import { installForwardedHeaderGuard } from "./forwarded-headers.mjs";

if (process.env.TRUST_PROXY !== "1") installForwardedHeaderGuard();

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
// process.argv is [node, this file, "start", "-p", port], as next's own command line expects.
await import(path.join(root, "node_modules", "next", "dist", "bin", "next"));
