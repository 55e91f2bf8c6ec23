// For the kit's unit tests: render a component to HTML as the server would, and check the markup
// for what axe would find in it (labels tied to inputs, references to ids that exist, headers
// with a scope, captions, legends), without a browser. The e2e tests run axe itself on the pages.
import assert from "node:assert/strict";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";

export type Tag = { name: string; attrs: Record<string, string> };

export function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

/** Every opening tag in the markup, in order, with its attributes (entities left as they are). */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-z][a-z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? "";
    out.push({ name: m[1]!, attrs });
  }
  return out;
}

export function byId(html: string, id: string): Tag {
  const t = tags(html).find((x) => x.attrs.id === id);
  assert.ok(t, `no element with id "${id}" in ${html}`);
  return t;
}

export function classes(t: Tag): string[] {
  return (t.attrs.class ?? "").split(/\s+/).filter(Boolean);
}

/** The text of the markup, tags removed and white space folded. */
export function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The checks that would fail axe on this markup: unique ids; every reference (for, aria-*,
 * in-page links) to an id that exists; every visible input labelled; every table captioned with
 * headers scoped; every fieldset with a legend first.
 */
export function assertAccessible(html: string): void {
  const all = tags(html);
  const ids = all.map((t) => t.attrs.id).filter((x): x is string => x !== undefined);
  assert.deepEqual(
    ids.filter((id, i) => ids.indexOf(id) !== i),
    [],
    `duplicate ids in ${html}`,
  );
  const exists = (id: string) => ids.includes(id);
  for (const t of all) {
    for (const attr of ["aria-describedby", "aria-labelledby"]) {
      for (const ref of (t.attrs[attr] ?? "").split(/\s+/).filter(Boolean))
        assert.ok(exists(ref), `${attr}="${ref}" names no element in ${html}`);
    }
    if (t.name === "label" && t.attrs.for !== undefined) assert.ok(exists(t.attrs.for), `label for="${t.attrs.for}"`);
    if (t.name === "a" && t.attrs.href?.startsWith("#") && t.attrs.href.length > 1)
      assert.ok(exists(t.attrs.href.slice(1)), `link to ${t.attrs.href} in ${html}`);
    const input = ["input", "select", "textarea"].includes(t.name) && t.attrs.type !== "hidden";
    if (input && t.attrs["aria-label"] === undefined) {
      assert.ok(t.attrs.id, `a <${t.name}> without an id in ${html}`);
      assert.ok(
        all.some((l) => l.name === "label" && l.attrs.for === t.attrs.id),
        `<${t.name} id="${t.attrs.id}"> has no label in ${html}`,
      );
    }
    if (t.name === "th") assert.ok(["col", "row"].includes(t.attrs.scope ?? ""), `a <th> without a scope in ${html}`);
  }
  const tables = html.match(/<table[\s>]/g)?.length ?? 0;
  assert.equal(html.match(/<table[^>]*>\s*<caption/g)?.length ?? 0, tables, `a table without a caption first`);
  const fieldsets = html.match(/<fieldset[\s>]/g)?.length ?? 0;
  assert.equal(html.match(/<fieldset[^>]*>\s*<legend/g)?.length ?? 0, fieldsets, `a fieldset without a legend first`);
}
