import "server-only";
// Every self-review of a partnership with its scores, oldest cycle first: the results, the trends,
// the action plan and the export all read a partnership's years through here.
import { preparedOnce } from "@/db/client";
import type { assessments } from "@/db/schema";
import { answerValues, consolidatedResponseId } from "@/lib/assessment/data.server";
import { CURRENT_FRAMEWORK_VERSION, getFramework } from "@/lib/framework";
import type { AssessmentScore } from "@/lib/framework/scoring";
import { contentMemo } from "@/lib/cache/content-memo";
import { answersUnder, scoreOf } from "@/lib/results/memo.server";
import type { AnswerMap } from "@/lib/framework/types";

type Snapshot = AssessmentScore & { computedAt?: string };

type Year = {
  id: number;
  status: (typeof assessments.$inferSelect)["status"];
  frameworkVersion: string;
  cycleId: number;
  cycleLabel: string;
  opensOn: string;
};
type StoredSnapshots = { scores: string | null; rescored: string | null; rescoredVersion: string | null };

// The results page runs these on every view: plain SQL prepared once per connection
// (docs/decisions/0012).
const statements = preparedOnce((db) => ({
  // The years without their scores: the results page scores two of them, not every one.
  years: db.$client.prepare<{ partnershipId: number }, Year>(
    `SELECT a.id, a.status, a.framework_version AS frameworkVersion, c.id AS cycleId, c.label AS cycleLabel,
            c.opens_on AS opensOn
     FROM assessments a JOIN cycles c ON c.id = a.cycle_id
     WHERE a.partnership_id = :partnershipId
     ORDER BY c.opens_on`,
  ),
  // Every year with its recorded scores as stored (JSON text), in one query: the trends, the plan
  // and the export score every year.
  yearsWithSnapshots: db.$client.prepare<{ partnershipId: number }, Year & StoredSnapshots>(
    `SELECT a.id, a.status, a.framework_version AS frameworkVersion, c.id AS cycleId, c.label AS cycleLabel,
            c.opens_on AS opensOn, a.scores_snapshot AS scores, a.rescored_snapshot AS rescored,
            a.rescored_version AS rescoredVersion
     FROM assessments a JOIN cycles c ON c.id = a.cycle_id
     WHERE a.partnership_id = :partnershipId
     ORDER BY c.opens_on`,
  ),
  // As stored (JSON text): the snapshot memo's key, parsed only when it differs from last time.
  snapshots: db.$client.prepare<[number], StoredSnapshots>(
    "SELECT scores_snapshot AS scores, rescored_snapshot AS rescored, rescored_version AS rescoredVersion FROM assessments WHERE id = ?",
  ),
  // Finished responses only: a member's half-written response is not their view yet.
  memberResponses: db.$client.prepare<{ assessmentId: number }, { id: number }>(
    "SELECT id FROM responses WHERE assessment_id = :assessmentId AND kind = 'member' AND submitted_at IS NOT NULL",
  ),
}));

export function consolidatedAnswers(assessmentId: number): AnswerMap {
  return answerValues(consolidatedResponseId(assessmentId));
}

type Loaded = { assessmentId: number; answers: AnswerMap };
type Snapshots = { scores: Snapshot | null; rescored: Snapshot | null; rescoredVersion: string | null };

const snapshotMemo = contentMemo<Snapshots>(2000);

/** An assessment's recorded scores, parsed once per stored text (read here unless given). */
function snapshotsOf(assessmentId: number, stored = statements().snapshots.get(assessmentId)): Snapshots {
  const text = stored ? `${stored.scores ?? ""}\x1e${stored.rescoredVersion ?? ""}\x1e${stored.rescored ?? ""}` : "";
  return snapshotMemo(assessmentId, text, () => ({
    scores: stored?.scores ? (JSON.parse(stored.scores) as Snapshot) : null,
    rescored: stored?.rescored ? (JSON.parse(stored.rescored) as Snapshot) : null,
    rescoredVersion: stored?.rescoredVersion ?? null,
  }));
}

/** One year with its scores: the snapshot if submitted, else scored from its answers. */
function scoredYear(r: Year, loaded?: Loaded, stored?: StoredSnapshots) {
  const fw = getFramework(r.frameworkVersion)!;
  const recorded = snapshotsOf(r.id, stored);
  const final = r.status === "submitted" && !!recorded.scores;
  const answers = () => (r.id === loaded?.assessmentId ? loaded.answers : consolidatedAnswers(r.id));
  const scores = final ? recorded.scores! : scoreOf(fw, answers());
  // Like with like: the scores under the current framework version (the recorded ones when
  // answered under it; else the stored re-scoring, or the answers rolled forward and scored now).
  const comparable: AssessmentScore =
    r.frameworkVersion === CURRENT_FRAMEWORK_VERSION
      ? scores
      : recorded.rescoredVersion === CURRENT_FRAMEWORK_VERSION && recorded.rescored
        ? recorded.rescored
        : scoreOf(
            getFramework(CURRENT_FRAMEWORK_VERSION)!,
            answersUnder(r.frameworkVersion, CURRENT_FRAMEWORK_VERSION, answers()),
          );
  return { ...r, scores, comparable, final, provisional: r.status !== "submitted" };
}

export type ScoredYear = ReturnType<typeof scoredYear>;

/**
 * Every assessment of a partnership, oldest cycle first, with its scores (`loaded` holds answers
 * the caller has already read).
 */
export function assessmentHistory(partnershipId: number, loaded?: Loaded): ScoredYear[] {
  return statements()
    .yearsWithSnapshots.all({ partnershipId })
    .map(({ scores, rescored, rescoredVersion, ...year }) =>
      scoredYear(year, loaded, { scores, rescored, rescoredVersion }),
    );
}

/**
 * One assessment's year and the last submitted year before it, scored; the partnership's other
 * years are not read (a partnership with ten years would otherwise parse and score all ten on
 * every view of one year's results).
 */
export function yearAndPrevious(
  partnershipId: number,
  loaded: Loaded,
): { year: ScoredYear; previous: ScoredYear | null } | null {
  const years = statements().years.all({ partnershipId });
  const index = years.findIndex((y) => y.id === loaded.assessmentId);
  if (index < 0) return null;
  const before = years
    .slice(0, index)
    .reverse()
    .find((y) => y.status === "submitted");
  return { year: scoredYear(years[index]!, loaded), previous: before ? scoredYear(before) : null };
}

/** The finished member responses of one assessment. */
export function memberResponseIds(assessmentId: number): number[] {
  return statements()
    .memberResponses.all({ assessmentId })
    .map((r) => r.id);
}
