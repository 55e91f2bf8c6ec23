// The partnership record and the profile section say the same four things: its level, nation,
// police force areas and the year it was set up. The profile starts from what the record knows,
// and the coordinator's answer to one of these questions updates the record (issue 19, part A).
// The mapping both ways, as pure functions; the codes are the same on both sides (the profile's
// option ids are lib/domain/enums.ts's codes and the force areas' ids).
import { NATIONS, PARTNERSHIP_LEVELS, type Nation, type PartnershipLevel } from "@/lib/domain/enums";
import { FORCE_AREAS } from "@/lib/domain/force-areas";
import type { AnswerValue } from "@/lib/framework/types";

export type PartnershipRecordFields = {
  level: PartnershipLevel;
  nation: Nation;
  forceAreaIds: string[];
  yearEstablished: number | null;
};

export const PROFILE_RECORD_QUESTIONS = {
  level: "profile.level",
  nation: "profile.nation",
  forceAreas: "profile.force_areas",
  yearEstablished: "profile.established_year",
} as const;

const RECORD_QUESTION_IDS = new Set<string>(Object.values(PROFILE_RECORD_QUESTIONS));

/** Whether the partnership record holds this profile question's answer (level, nation, force areas, year set up). */
export const isRecordQuestion = (questionId: string): boolean => RECORD_QUESTION_IDS.has(questionId);

const FORCE_AREA_ORDER = new Map(FORCE_AREAS.map((f, i) => [f.id, i]));

/** The profile answers the record knows, by question id (a question it knows nothing of is left out). */
export function answersFromRecord(record: PartnershipRecordFields): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {
    [PROFILE_RECORD_QUESTIONS.level]: { kind: "choice", option: record.level },
    [PROFILE_RECORD_QUESTIONS.nation]: { kind: "choice", option: record.nation },
  };
  const areas = record.forceAreaIds
    .filter((id) => FORCE_AREA_ORDER.has(id))
    .sort((a, b) => FORCE_AREA_ORDER.get(a)! - FORCE_AREA_ORDER.get(b)!);
  if (areas.length) out[PROFILE_RECORD_QUESTIONS.forceAreas] = { kind: "choices", options: areas };
  if (record.yearEstablished !== null)
    out[PROFILE_RECORD_QUESTIONS.yearEstablished] = { kind: "number", value: record.yearEstablished };
  return out;
}

/**
 * What saving this profile answer changes in the record, or null if it says nothing the record
 * holds ("Don't know" leaves a known year alone; an answer to any other question changes nothing).
 */
export function recordChangeFromAnswer(
  questionId: string,
  value: AnswerValue,
): Partial<PartnershipRecordFields> | null {
  switch (questionId) {
    case PROFILE_RECORD_QUESTIONS.level:
      return value.kind === "choice" && (PARTNERSHIP_LEVELS as readonly string[]).includes(value.option)
        ? { level: value.option as PartnershipLevel }
        : null;
    case PROFILE_RECORD_QUESTIONS.nation:
      return value.kind === "choice" && (NATIONS as readonly string[]).includes(value.option)
        ? { nation: value.option as Nation }
        : null;
    case PROFILE_RECORD_QUESTIONS.forceAreas: {
      if (value.kind !== "choices") return null;
      const ids = [...new Set(value.options)].filter((id) => FORCE_AREA_ORDER.has(id));
      return ids.length ? { forceAreaIds: ids } : null;
    }
    case PROFILE_RECORD_QUESTIONS.yearEstablished:
      return value.kind === "number" && Number.isInteger(value.value) ? { yearEstablished: value.value } : null;
    default:
      return null;
  }
}

/** The fields of `change` that differ from the record (nothing to write when this is empty). */
export function changedFields(
  record: PartnershipRecordFields,
  change: Partial<PartnershipRecordFields>,
): Partial<PartnershipRecordFields> {
  const out: Partial<PartnershipRecordFields> = {};
  if (change.level !== undefined && change.level !== record.level) out.level = change.level;
  if (change.nation !== undefined && change.nation !== record.nation) out.nation = change.nation;
  if (change.yearEstablished !== undefined && change.yearEstablished !== record.yearEstablished)
    out.yearEstablished = change.yearEstablished;
  if (change.forceAreaIds !== undefined) {
    const a = [...new Set(change.forceAreaIds)].sort();
    const b = [...new Set(record.forceAreaIds)].sort();
    if (a.join() !== b.join()) out.forceAreaIds = a;
  }
  return out;
}
