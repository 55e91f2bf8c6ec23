// Rewriting one file's imports after modules moved or exports were renamed (apply-moves.mjs says
// what it does). Pure text edits from the TypeScript syntax tree: no type-checking, no formatting.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { resolveExport, resolveModule, root } from "./moves.mjs";

export const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js", ".jsx"];

/** The repository-relative module path a specifier names from `file`, or null (a package). */
function modulePathOf(file, spec) {
  let abs;
  if (spec.startsWith("@/")) abs = path.join(root, spec.slice(2));
  else if (spec.startsWith("./") || spec.startsWith("../")) abs = path.resolve(path.dirname(file), spec);
  else return null;
  let rel = path.relative(root, abs).split(path.sep).join("/");
  const ext = EXTENSIONS.find((e) => rel.endsWith(e));
  if (ext) rel = rel.slice(0, -ext.length);
  if (rel.endsWith("/index")) rel = rel.slice(0, -"/index".length);
  return rel;
}

/** A specifier for module `mod`, in the style of `original` (alias or relative). */
function specifierFor(file, original, mod, originalMod) {
  if (mod === originalMod) return original;
  const ext = EXTENSIONS.find((e) => original.endsWith(e)) ?? "";
  if (original.startsWith("@/")) return `@/${mod}${ext}`;
  let rel = path.relative(path.dirname(file), path.join(root, mod)).split(path.sep).join("/");
  if (!rel.startsWith(".")) rel = `./${rel}`;
  return rel + ext;
}

function declaredNames(sf, except) {
  const names = new Set();
  const visit = (node) => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isTypeParameterDeclaration(node) ||
        ts.isFunctionExpression(node)) &&
      node.name &&
      ts.isIdentifier(node.name) &&
      !except.has(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

/** Identifier nodes that refer to a binding by name (not property names, keys or labels). */
function isReference(id) {
  const p = id.parent;
  if (!p) return false;
  if ((ts.isPropertyAccessExpression(p) || ts.isQualifiedName(p)) && p.name === id) return false;
  if (ts.isQualifiedName(p) && p.right === id) return false;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertySignature(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessor(p) ||
      ts.isSetAccessor(p) ||
      ts.isEnumMember(p) ||
      ts.isJsxAttribute(p) ||
      ts.isLabeledStatement(p) ||
      ts.isBreakOrContinueStatement(p)) &&
    p.name === id
  )
    return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p))
    return false;
  return true;
}

function render(keyword, { typeOnly, specifiers, spec }) {
  const parts = specifiers.map(
    (s) => `${s.type && !typeOnly ? "type " : ""}${s.name}${s.local !== s.name ? ` as ${s.local}` : ""}`,
  );
  return `${keyword} ${typeOnly ? "type " : ""}{ ${parts.join(", ")} } from "${spec}";`;
}

/** The file's new text, or null if nothing changes; `warnings` gets what needs a hand edit. */
export function rewrite(file, warnings) {
  const text = readFileSync(file, "utf8");
  const kind = file.endsWith(".tsx") || file.endsWith(".jsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const rel = path.relative(root, file);
  const edits = []; // { start, end, text }
  const specEdit = (lit, newSpec) => {
    const quote = text[lit.getStart(sf)];
    return { start: lit.getStart(sf), end: lit.getEnd(), text: `${quote}${newSpec}${quote}` };
  };

  // 1. Every named import of a moved module, mapped: [{ node, typeOnly, spec, mod, specifiers }].
  const mapped = [];
  const renames = new Map(); // local name -> { to, specifier }
  const namespaces = new Map(); // `import * as ns`: ns -> { mod, newMod }
  for (const stmt of sf.statements) {
    const isImport = ts.isImportDeclaration(stmt);
    const isExportFrom = ts.isExportDeclaration(stmt) && !!stmt.moduleSpecifier;
    if (!isImport && !isExportFrom) continue;
    const spec = stmt.moduleSpecifier.text;
    const mod = modulePathOf(file, spec);
    if (!mod) continue;
    if (isExportFrom) {
      const r = resolveModule(mod);
      if (!stmt.exportClause || !ts.isNamedExports(stmt.exportClause)) {
        if (r.changed.length && r.mod !== mod)
          warnings.push(
            `${rel}: export * from "${spec}", whose exports moved (${r.changed.join(", ")}): check by hand`,
          );
        if (r.mod !== mod) edits.push(specEdit(stmt.moduleSpecifier, specifierFor(file, spec, r.mod, mod)));
        continue;
      }
      const byModule = new Map();
      let changed = false;
      for (const s of stmt.exportClause.elements) {
        const imported = (s.propertyName ?? s.name).text;
        const [newMod, newName] = resolveExport(mod, imported);
        if (newMod !== mod || newName !== imported) changed = true;
        // A re-export keeps the name it exports (its importers are rewritten by their own entries).
        const list = byModule.get(newMod) ?? [];
        list.push({ name: newName, local: s.name.text, type: s.isTypeOnly });
        byModule.set(newMod, list);
      }
      if (changed)
        edits.push({
          start: stmt.getStart(sf),
          end: stmt.getEnd(),
          text: [...byModule]
            .map(([m, specifiers]) =>
              render("export", { typeOnly: stmt.isTypeOnly, specifiers, spec: specifierFor(file, spec, m, mod) }),
            )
            .join("\n"),
        });
      continue;
    }
    const clause = stmt.importClause;
    const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings : null;
    if (!clause || clause.name || (clause.namedBindings && !named)) {
      // import "x"; import x from "x"; import * as x from "x": whole-module moves only.
      const r = resolveModule(mod);
      const ns = clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings) ? clause.namedBindings.name : null;
      if (ns && r.changed.length) namespaces.set(ns.text, { mod, newMod: r.mod });
      else if (clause?.name && r.changed.length && r.mod !== mod)
        warnings.push(
          `${rel}: default import of "${spec}", whose exports moved (${r.changed.join(", ")}): check by hand`,
        );
      if (r.mod !== mod) edits.push(specEdit(stmt.moduleSpecifier, specifierFor(file, spec, r.mod, mod)));
      continue;
    }
    const specifiers = [];
    let changed = false;
    for (const s of named.elements) {
      const imported = (s.propertyName ?? s.name).text;
      const [newMod, newName] = resolveExport(mod, imported);
      if (newMod !== mod || newName !== imported) changed = true;
      const entry = { mod: newMod, name: newName, local: s.propertyName ? s.name.text : newName, type: s.isTypeOnly };
      if (!s.propertyName && newName !== imported) renames.set(imported, { to: newName, specifier: s.name, entry });
      specifiers.push(entry);
    }
    mapped.push({ node: stmt, typeOnly: clause.isTypeOnly, spec, mod, specifiers, changed });
  }

  // 2. A renamed import whose old or new name the file also declares keeps its old local name.
  if (renames.size) {
    const importIds = new Set([...renames.values()].map((r) => r.specifier));
    const declared = declaredNames(sf, importIds);
    for (const [local, r] of renames)
      if (declared.has(local) || declared.has(r.to)) {
        warnings.push(
          `${rel}: "${local}" or "${r.to}" is also declared in the file: imported as "${r.to} as ${local}"`,
        );
        r.entry.local = local;
        renames.delete(local);
      }
    const visitRefs = (node) => {
      if (ts.isIdentifier(node) && renames.has(node.text) && !importIds.has(node) && isReference(node)) {
        const to = renames.get(node.text).to;
        if (ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node)
          edits.push({ start: node.getStart(sf), end: node.getEnd(), text: `${node.text}: ${to}` });
        else if (ts.isExportSpecifier(node.parent)) warnings.push(`${rel}: export { ${node.text} }: edit by hand`);
        else edits.push({ start: node.getStart(sf), end: node.getEnd(), text: to });
      }
      ts.forEachChild(node, visitRefs);
    };
    visitRefs(sf);
  }

  // 3. Changed imports, regrouped by module and merged with other named imports of the same module.
  if (mapped.some((m) => m.changed)) {
    const groups = new Map(); // module -> { spec, specifiers, nodes, typeOnly }
    for (const m of mapped) {
      for (const s of m.specifiers) {
        let g = groups.get(s.mod);
        if (!g) {
          g = { spec: specifierFor(file, m.spec, s.mod, m.mod), specifiers: [], nodes: [] };
          groups.set(s.mod, g);
        }
        if (!g.nodes.includes(m.node)) g.nodes.push(m.node);
        const type = m.typeOnly || s.type;
        const same = g.specifiers.find((t) => t.local === s.local && t.name === s.name);
        if (same) same.type &&= type;
        else g.specifiers.push({ ...s, type });
      }
    }
    for (const g of groups.values()) g.typeOnly = g.specifiers.every((s) => s.type);
    // Each group is written where its first declaration was; declarations left empty are removed.
    const textAt = new Map(mapped.map((m) => [m.node, []]));
    for (const g of groups.values()) textAt.get(g.nodes[0]).push(render("import", g));
    const touched = new Set();
    for (const g of groups.values())
      if (g.nodes.length > 1 || mapped.find((m) => m.node === g.nodes[0]).changed)
        g.nodes.forEach((n) => touched.add(n));
    for (const m of mapped) if (m.changed) touched.add(m.node);
    for (const node of touched) {
      const out = textAt.get(node).join("\n");
      let end = node.getEnd();
      if (out === "" && text[end] === "\n") end++;
      edits.push({ start: node.getStart(sf), end, text: out });
    }
  }

  // 4. `ns.name` of a namespace import whose export was renamed (or moved: reported).
  if (namespaces.size) {
    const visitNs = (node) => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        namespaces.has(node.expression.text) &&
        ts.isIdentifier(node.name)
      ) {
        const { mod, newMod } = namespaces.get(node.expression.text);
        const [toMod, toName] = resolveExport(mod, node.name.text);
        if (toMod !== newMod) warnings.push(`${rel}: ${node.getText(sf)} moved to ${toMod}#${toName}: edit by hand`);
        else if (toName !== node.name.text)
          edits.push({ start: node.name.getStart(sf), end: node.name.getEnd(), text: toName });
      }
      ts.forEachChild(node, visitNs);
    };
    visitNs(sf);
  }

  // 5. Dynamic imports and import types: whole-module moves only.
  const visit = (node) => {
    let lit = null;
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      lit = node.arguments[0];
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
      lit = node.argument.literal;
    if (lit) {
      const mod = modulePathOf(file, lit.text);
      if (mod) {
        const r = resolveModule(mod);
        if (r.changed.length && r.mod !== mod)
          warnings.push(
            `${rel}: import("${lit.text}"), whose exports moved (${r.changed.join(", ")}): check its uses by hand`,
          );
        if (r.mod !== mod) edits.push(specEdit(lit, specifierFor(file, lit.text, r.mod, mod)));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  if (!edits.length) return null;
  edits.sort((a, b) => b.start - a.start);
  let result = text;
  let last = Infinity;
  for (const e of edits) {
    if (e.end > last) throw new Error(`${rel}: overlapping edits`);
    result = result.slice(0, e.start) + e.text + result.slice(e.end);
    last = e.start;
  }
  return result === text ? null : result;
}
