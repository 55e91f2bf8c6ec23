import "server-only";
// The partnership record as the profile section reads and writes it (lib/assessment/profile-record.ts
// holds the mapping). Reading: for a question page whose context the acting user was already allowed.
// Writing: inside the answer's own transaction, so that the answer and the record never disagree.
import { eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { partnershipForceAreas, partnerships } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { recordSuccess } from "@/lib/audit/record.server";
import { bumpGeneration } from "@/lib/cache/generations.server";
import { replaceForceAreas } from "@/lib/partnership/data.server";
import { answerValueSchemaFor } from "@/lib/framework/schema";
import { getQuestion } from "@/lib/framework";
import type { AnswerValue, Framework } from "@/lib/framework/types";
import {
  answersFromRecord,
  changedFields,
  recordChangeFromAnswer,
  type PartnershipRecordFields,
} from "@/lib/assessment/profile-record";

function recordFields(db: Pick<Transaction, "select">, partnershipId: number): PartnershipRecordFields | null {
  const p = db
    .select({ level: partnerships.level, nation: partnerships.nation, yearEstablished: partnerships.yearEstablished })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!p) return null;
  const forceAreaIds = db
    .select({ id: partnershipForceAreas.forceAreaId })
    .from(partnershipForceAreas)
    .where(eq(partnershipForceAreas.partnershipId, partnershipId))
    .all()
    .map((r) => r.id);
  return { ...p, forceAreaIds };
}

/**
 * The answers the partnership record gives the profile's questions, where they are valid answers
 * at the level the record gives (a year before the question's earliest is left for the coordinator
 * to give).
 */
export function profileAnswersFromRecord(partnershipId: number, framework: Framework): Record<string, AnswerValue> {
  const record = recordFields(getDb(), partnershipId);
  if (!record) return {};
  return Object.fromEntries(
    Object.entries(answersFromRecord(record)).filter(([id, value]) => {
      const q = getQuestion(framework, id);
      return !!q && answerValueSchemaFor(q, record.level).safeParse(value).success;
    }),
  );
}

/** Whether this answer says something other than the partnership record does (then it is not confirmed wholesale). */
export function disagreesWithRecord(
  tx: Pick<Transaction, "select">,
  partnershipId: number,
  questionId: string,
  value: AnswerValue,
): boolean {
  const change = recordChangeFromAnswer(questionId, value);
  const record = change && recordFields(tx, partnershipId);
  return !!change && !!record && Object.keys(changedFields(record, change)).length > 0;
}

/**
 * After the partnership's own (consolidated) answer to a profile question is saved: the same change
 * to the record, in the same transaction, audited. Returns the fields changed (none: nothing written).
 */
export function updateRecordFromAnswer(
  tx: Transaction,
  actor: Actor,
  partnershipId: number,
  questionId: string,
  value: AnswerValue,
): Partial<PartnershipRecordFields> {
  const change = recordChangeFromAnswer(questionId, value);
  if (!change) return {};
  const record = recordFields(tx, partnershipId);
  if (!record) return {};
  const changed = changedFields(record, change);
  if (Object.keys(changed).length === 0) return {};
  const { forceAreaIds, ...columns } = changed;
  if (Object.keys(columns).length)
    tx.update(partnerships)
      .set({ ...columns, updatedAt: new Date().toISOString() })
      .where(eq(partnerships.id, partnershipId))
      .run();
  if (forceAreaIds) replaceForceAreas(tx, partnershipId, forceAreaIds);
  // Level, nation and force areas are the national view's filters.
  bumpGeneration("national");
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, record[k as keyof PartnershipRecordFields]]));
  recordSuccess(actor, "partnership.update-from-profile", "partnership", partnershipId, {
    question: questionId,
    before,
    after: changed,
  });
  return changed;
}
