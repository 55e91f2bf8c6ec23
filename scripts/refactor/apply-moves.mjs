#!/usr/bin/env node
// Rewrites imports after modules moved or exports were renamed (issue 18's lib/ restructure), in
// any files given, idempotently: `node scripts/refactor/apply-moves.mjs [--check] <file|dir>...`.
//
// scripts/refactor/moves.json says what moved: "modules" maps an old module path to its new one
// (every export keeps its name), "exports" maps "old/module#oldName" to "new/module#newName" (for
// a module split in several, or an export renamed). Paths are from the repository root, without
// extension. Entries may chain (a → b → c); a path that is a target is never also a source.
//
// For each import or re-export (`@/…` or relative) of a moved module, the script points it at the
// new module(s), splitting the declaration where the old module was split and merging it into an
// existing import of the same module. A renamed export is renamed in the file too: every reference
// to the imported binding (not property names, not object keys; `{ x }` becomes `{ x: y }`). If
// the file declares something else with the same name, it imports the new name under the old one
// instead, and says so. `import * as`, `import()` and `typeof import()` follow "modules" only; one
// of a moved module whose exports moved or were renamed is reported for a hand edit (tsc finds any
// old name left), except `ns.name` of `import * as ns`, which is renamed. --check changes nothing
// and exits 1 if any file would change.
import { writeFileSync, statSync, readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { root } from "./moves.mjs";
import { EXTENSIONS, rewrite } from "./rewrite.mjs";

const warnings = [];

function* filesUnder(p) {
  const st = statSync(p);
  if (st.isFile()) {
    if (EXTENSIONS.some((e) => p.endsWith(e)) && !p.endsWith(".d.ts")) yield p;
    return;
  }
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    if (
      ["node_modules", ".next", ".git", "data", "bench-data", "test-results", "playwright-report"].includes(entry.name)
    )
      continue;
    yield* filesUnder(path.join(p, entry.name));
  }
}

const args = process.argv.slice(2);
const check = args.includes("--check");
const targets = args.filter((a) => a !== "--check");
if (!targets.length) {
  console.error("usage: node scripts/refactor/apply-moves.mjs [--check] <file|dir>...");
  process.exit(2);
}
let changedFiles = 0;
for (const t of targets) {
  if (!existsSync(t)) {
    console.error(`no such file: ${t}`);
    process.exit(2);
  }
  for (const file of filesUnder(path.resolve(t))) {
    const out = rewrite(file, warnings);
    if (out === null) continue;
    changedFiles++;
    console.log(`${check ? "would change" : "changed"} ${path.relative(root, file)}`);
    if (!check) writeFileSync(file, out);
  }
}
for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`${changedFiles} file(s) ${check ? "would change" : "changed"}`);
if (check && changedFiles) process.exit(1);
