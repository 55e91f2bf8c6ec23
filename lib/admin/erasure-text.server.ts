import "server-only";
// The erasure's sweep of free text (lib/admin/erasure.server.ts): a person's full name written in
// answers, actions, follow-ups, peer reviews and queued email becomes the pseudonym. Runs on the caller's
// connection, inside the erasure's transaction.
import type Database from "better-sqlite3";
import { nameMatcher, replaceInJson } from "@/lib/admin/rules";
import { escapeHtml } from "@/lib/mail/messages.mjs";

// The free-text columns that may name a person, and whether the row has a version to bump (so
// that an editor holding the old text gets a conflict instead of writing the name back).
// `html`: columns of HTML, where the name stands escaped (O'Brien as O&#39;Brien).
const FREE_TEXT: ReadonlyArray<{ table: string; text?: string[]; json?: string[]; html?: string[]; version?: string }> =
  [
    { table: "answers", json: ["value"], version: "row_version" },
    { table: "answer_archive", json: ["value"] },
    { table: "actions", text: ["owner_person", "title", "progress_note"], version: "row_version" },
    { table: "action_reviews", text: ["what_changed"] },
    { table: "peer_reviews", text: ["overall_feedback"] },
    { table: "peer_review_dimensions", text: ["findings", "reason"] },
    // Messages not yet cleared from the outbox that name the person (to others: a chaser, a receipt).
    { table: "mail_outbox", text: ["subject", "text_body"], html: ["html_body"] },
  ];

/** Replaces the name in every free-text column above; returns how many rows changed per table. */
export function pseudonymiseFreeText(
  sqlite: Database.Database,
  name: string,
  pseudonym: string,
): Record<string, number> {
  const matcher = nameMatcher(name);
  const htmlMatcher = nameMatcher(escapeHtml(name));
  const changed: Record<string, number> = {};
  if (!matcher || !htmlMatcher) return changed;
  // A cheap first cut in SQL (its longest word, ASCII case folded), then the exact match in JS.
  const longestWord = (s: string) =>
    s
      .trim()
      .split(/\s+/)
      .reduce((a, b) => (b.length > a.length ? b : a), "")
      .toLowerCase();
  const key = longestWord(name);
  const htmlKey = longestWord(escapeHtml(name));
  const replace = (s: string) => s.replace(matcher, pseudonym);
  const replaceHtml = (s: string) => s.replace(htmlMatcher, escapeHtml(pseudonym));
  for (const { table, text = [], json = [], html = [], version } of FREE_TEXT) {
    const columns = [...text, ...json, ...html];
    const rows = sqlite
      .prepare(
        `SELECT rowid AS rid, ${columns.join(", ")} FROM ${table} WHERE ${[
          ...[...text, ...json].map((c) => `instr(lower(${c}), @key) > 0`),
          ...html.map((c) => `instr(lower(${c}), @htmlKey) > 0`),
        ].join(" OR ")}`,
      )
      .all({ key, htmlKey }) as Record<string, unknown>[];
    let n = 0;
    for (const row of rows) {
      const next: Record<string, string | null> = {};
      // Plain text and HTML alike: only the matcher and the pseudonym's form differ.
      for (const [cols, swap] of [
        [text, replace],
        [html, replaceHtml],
      ] as const)
        for (const c of cols) {
          const v = row[c] as string | null;
          const out = v === null ? null : swap(v);
          if (out !== null && out !== v) next[c] = out;
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
