// What moved (scripts/refactor/moves.json) and where a module or one of its exports ended up,
// following chains of moves. Used by apply-moves.mjs.
import { readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
const moves = JSON.parse(readFileSync(path.join(root, "scripts", "refactor", "moves.json"), "utf8"));
const MODULES = moves.modules ?? {};
const EXPORTS = moves.exports ?? {};

/** Where an export of a module went: [module, name]. */
export function resolveExport(mod, name) {
  for (let i = 0; i < 50; i++) {
    const byExport = EXPORTS[`${mod}#${name}`];
    if (byExport) {
      const at = byExport.lastIndexOf("#");
      [mod, name] = [byExport.slice(0, at), byExport.slice(at + 1)];
      continue;
    }
    if (MODULES[mod]) {
      mod = MODULES[mod];
      continue;
    }
    return [mod, name];
  }
  throw new Error(`moves.json: ${mod}#${name} does not settle (a cycle?)`);
}

/**
 * Where a whole module went, and its exports that went elsewhere or were renamed on the way, as
 * "old → new" (a namespace or dynamic import of it may name them).
 */
export function resolveModule(start) {
  let mod = start;
  const chain = [mod];
  for (let i = 0; i < 50 && MODULES[mod]; i++) chain.push((mod = MODULES[mod]));
  if (MODULES[mod]) throw new Error(`moves.json: ${start} does not settle (a cycle?)`);
  const changed = [];
  for (const m of chain)
    for (const key of Object.keys(EXPORTS)) {
      if (!key.startsWith(`${m}#`)) continue;
      const name = key.slice(m.length + 1);
      const [toMod, toName] = resolveExport(m, name);
      changed.push(toMod === mod ? `${name} → ${toName}` : `${name} → ${toMod}#${toName}`);
    }
  return { mod, changed };
}
