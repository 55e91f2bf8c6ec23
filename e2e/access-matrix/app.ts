// What exists in the app for the access table to cover (e2e/access-matrix.spec.ts): every page and
// route handler under app/, and every server action in the build's manifest.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Every page and route handler under app/, as the route Next serves it ("/partnerships/[id]"), in
 * any of the file types Next accepts. Files that Next serves by themselves (sitemap, robots, icons,
 * Open Graph images, the web manifest) and parallel-route slots are listed as routes too, so that
 * adding one without an entry in the table fails the test.
 */
export function appRoutes(): { page: string[]; route: string[] } {
  const out = { page: [] as string[], route: [] as string[] };
  const servedByNext =
    /^(sitemap|robots|manifest|icon|apple-icon|opengraph-image|twitter-image)\d*\.(ts|tsx|js|jsx|xml|txt|json|webmanifest|ico|png|jpg|jpeg|svg|gif)$/;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      const segments = path
        .relative("app", dir)
        .split(path.sep)
        .filter((s) => s && !/^\(.*\)$/.test(s));
      const at = "/" + segments.join("/");
      if (e.isDirectory()) walk(full);
      else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(e.name)) out.page.push(at);
      else if (/^route\.(ts|js)$/.test(e.name)) out.route.push(at);
      else if (servedByNext.test(e.name)) out.route.push(`${at === "/" ? "" : at}/${e.name}`);
    }
  };
  walk("app");
  return out;
}

type Manifest = {
  node: Record<string, { filename: string; exportedName: string }>;
  edge?: Record<string, { filename: string; exportedName: string }>;
};
export function manifest(): Manifest {
  return JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
}
export function actionIds(): Map<string, string> {
  const m = manifest();
  const ids = new Map<string, string>();
  for (const [id, v] of [...Object.entries(m.node), ...Object.entries(m.edge ?? {})])
    ids.set(`${v.filename}#${v.exportedName}`, id);
  return ids;
}
