// First-load JavaScript per route, gzip-compressed, from the build's own diagnostics
// (.next/diagnostics/route-bundle-stats.json lists each route's first-load chunks).
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

export type RouteBundle = { route: string; gzipBytes: number; rawBytes: number };

export function routeBundles(): RouteBundle[] {
  const file = ".next/diagnostics/route-bundle-stats.json";
  if (!existsSync(file)) throw new Error(`${file} not found: run \`npm run build\` first`);
  const routes = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const gz = new Map<string, { gzip: number; raw: number }>();
  const size = (chunk: string) => {
    let s = gz.get(chunk);
    if (!s) {
      const buf = readFileSync(chunk);
      s = { gzip: gzipSync(buf, { level: 9 }).length, raw: buf.length };
      gz.set(chunk, s);
    }
    return s;
  };
  return routes
    .map((r) => ({
      route: r.route,
      gzipBytes: r.firstLoadChunkPaths.reduce((n, c) => n + size(c).gzip, 0),
      rawBytes: r.firstLoadChunkPaths.reduce((n, c) => n + size(c).raw, 0),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

if (process.argv[1]?.endsWith("bundle-stats.ts")) {
  for (const r of routeBundles())
    console.log(
      `${(r.gzipBytes / 1024).toFixed(1).padStart(6)} kB gzip  ${(r.rawBytes / 1024).toFixed(0).padStart(5)} kB raw  ${r.route}`,
    );
}
