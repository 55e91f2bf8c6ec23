// Autosave under load: 20 coordinators, each saving answers to their own partnership's open
// assessment through the real server action over HTTP, against the 1,000 × 10 dataset.
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import { getFramework, CURRENT_FRAMEWORK_VERSION } from "../lib/framework";
import { LARGE_PASSWORD } from "./seed-large";
import { callServerAction, serverActionId, signIn, stats, type Stats } from "./bench-server";

export type WriterTarget = {
  email: string;
  assessmentId: number;
  responseId: number;
  versions: Map<string, number>;
  /** The option each single-choice answer holds now, so that every benchmark save changes it. */
  options: Map<string, string>;
};

/** coordinator1..n@bench.test (made by seedLarge): each one's open assessment and its answers' versions. */
export function coordinatorTargets(dbFile: string, writers: number): WriterTarget[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return Array.from({ length: writers }, (_, i) => {
      const email = `coordinator${i + 1}@bench.test`;
      const row = db
        .prepare(
          `SELECT a.id AS assessmentId, r.id AS responseId FROM assessments a
           JOIN memberships m ON m.partnership_id = a.partnership_id JOIN users u ON u.id = m.user_id
           JOIN cycles c ON c.id = a.cycle_id JOIN responses r ON r.assessment_id = a.id AND r.kind = 'consolidated'
           WHERE u.email = ? AND c.status = 'open'`,
        )
        .get(email) as { assessmentId: number; responseId: number } | undefined;
      if (!row) throw new Error(`no open assessment for ${email}: seed the dataset with seedLarge`);
      const answers = db
        .prepare("SELECT question_id, value, row_version FROM answers WHERE response_id = ?")
        .all(row.responseId) as { question_id: string; value: string; row_version: number }[];
      const versions = new Map(answers.map((r) => [r.question_id, r.row_version]));
      const options = new Map<string, string>();
      for (const r of answers) {
        const value = JSON.parse(r.value) as { kind?: string; option?: string };
        if (value.kind === "choice" && value.option) options.set(r.question_id, value.option);
      }
      return { email, ...row, versions, options };
    });
  } finally {
    db.close();
  }
}

/** The row version a "saved" reply to saveAnswerAction reports (the RSC text), or null for any other reply. */
export function savedVersion(body: string): number | null {
  const m = /"status":"saved","rowVersion":(\d+)/.exec(body);
  return m ? Number(m[1]) : null;
}

/**
 * `intervalMs` paces each writer (one save every interval, as a person's debounced autosave
 * would); without it each writer saves again as soon as the last save returns (saturation).
 */
export async function benchAutosave(
  base: string,
  dbFile: string,
  writers = 20,
  savesPerWriter = 100,
  intervalMs?: number,
): Promise<Stats> {
  const fw = getFramework(CURRENT_FRAMEWORK_VERSION)!;
  const singles = fw.dimensions.flatMap((d) => d.questions.filter((q) => q.type === "single").map((q) => ({ q, d })));
  const actionId = serverActionId("lib/assessment/actions.ts", "saveAnswerAction");
  const targets = coordinatorTargets(dbFile, writers);
  const cookies = await Promise.all(targets.map((t) => signIn(base, t.email, LARGE_PASSWORD)));

  const latencies: number[] = [];
  let errors = 0;
  const t0 = performance.now();
  await Promise.all(
    targets.map(async (t, w) => {
      const start = performance.now() + (intervalMs ? (w * intervalMs) / writers : 0); // writers out of step
      for (let k = 0; k < savesPerWriter; k++) {
        if (intervalMs) {
          const wait = start + k * intervalMs - performance.now();
          if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        }
        const { q, d } = singles[(k + w) % singles.length]!;
        if (q.type !== "single") continue;
        // Never the option already stored: an unchanged answer is not written (lib/assessment/rules.ts), and
        // would flatter the figures with a save that costs no commit.
        const current = t.options.get(q.id);
        const choices = q.options.filter((o) => o.id !== current);
        const option = choices[(k + w) % choices.length]!.id;
        const baseVersion = t.versions.get(q.id) ?? 0;
        const args = [
          { assessmentId: String(t.assessmentId), questionId: q.id, value: { kind: "choice", option }, baseVersion },
        ];
        try {
          const r = await callServerAction(
            base,
            `/assessments/${t.assessmentId}/${d.id}/${q.topic.id}`,
            actionId,
            cookies[w]!,
            args,
          );
          const version = r.status === 200 ? savedVersion(r.body) : null;
          if (version !== baseVersion + 1) {
            errors++; // refused, a conflict, or a save that wrote nothing
            continue;
          }
          t.versions.set(q.id, version);
          t.options.set(q.id, option);
          latencies.push(r.ms);
        } catch {
          errors++;
        }
      }
    }),
  );
  return stats(latencies, errors, (performance.now() - t0) / 1000);
}
