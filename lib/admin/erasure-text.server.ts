import "server-only";
// The erasure's sweep of free text (lib/admin/erasure.server.ts): a person's full name written in
// answers, actions, follow-ups and peer reviews becomes the pseudonym. Runs on the caller's
// connection, inside the erasure's transaction.
import type Database from "better-sqlite3";
import { nameMatcher, replaceInJson } from "@/lib/admin/rules";

// The free-text columns that may name a person, and whether the row has a version to bump (so
// that an editor holding the old text gets a conflict instead of writing the name back).
const FREE_TEXT: ReadonlyArray<{ table: string; text?: string[]; json?: string[]; version?: string }> = [
  { table: "answers", json: ["value"], version: "row_version" },
  { table: "answer_archive", json: ["value"] },
  { table: "actions", text: ["owner_person", "title", "progress_note"], version: "row_version" },
  { table: "action_reviews", text: ["what_changed"] },
  { table: "peer_reviews", text: ["overall_feedback"] },
  { table: "peer_review_dimensions", text: ["findings", "reason"] },
];

/** Replaces the name in every free-text column above; returns how many rows changed per table. */
export function pseudonymiseFreeText(
  sqlite: Database.Database,
  name: string,
  pseudonym: string,
): Record<string, number> {
  const matcher = nameMatcher(name);
  const changed: Record<string, number> = {};
  if (!matcher) return changed;
  // A cheap first cut in SQL (its longest word, ASCII case folded), then the exact match in JS.
  const key = name
    .trim()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), "")
    .toLowerCase();
  const replace = (s: string) => s.replace(matcher, pseudonym);
  for (const { table, text = [], json = [], version } of FREE_TEXT) {
    const columns = [...text, ...json];
    const rows = sqlite
      .prepare(
        `SELECT rowid AS rid, ${columns.join(", ")} FROM ${table} WHERE ${columns
          .map((c) => `instr(lower(${c}), @key) > 0`)
          .join(" OR ")}`,
      )
      .all({ key }) as Record<string, unknown>[];
    let n = 0;
    for (const row of rows) {
      const next: Record<string, string | null> = {};
      for (const c of text) {
        const v = row[c] as string | null;
        if (v !== null && replace(v) !== v) next[c] = replace(v);
      }
      for (const c of json) {
        const v = row[c] as string | null;
        if (v === null) continue;
        const out = JSON.stringify(replaceInJson(JSON.parse(v), replace));
        if (out !== JSON.stringify(JSON.parse(v))) next[c] = out;
      }
      const set = Object.keys(next);
      if (!set.length) continue;
      sqlite
        .prepare(
          `UPDATE ${table} SET ${set.map((c) => `${c} = @${c}`).join(", ")}${version ? `, ${version} = ${version} + 1` : ""} WHERE rowid = @rid`,
        )
        .run({ ...next, rid: row.rid });
      n++;
    }
    if (n) changed[table] = n;
  }
  return changed;
}
