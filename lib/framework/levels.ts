// Level-aware options: "Done at regional / national level for us" is offered only to partnerships
// with a level above their own that the report says can carry out the function (LevelRule in the
// framework data). Pure functions of the data and a partnership's level; scoring does not use them
// (an answer given before a level changed keeps its score and is flagged for a new answer instead).
import { LEVELS, type AnswerValue, type Level, type Option, type Question } from "./types";

/** The level as a noun phrase, for messages: "a national partnership". */
export const LEVEL_PHRASE: Record<Level, string> = {
  local: "a local partnership",
  sub_regional: "a county or sub-regional partnership",
  regional: "a regional partnership",
  national: "a national partnership",
  other: "a partnership with another arrangement",
};

/** The level's name, as the profile question words it. */
export const LEVEL_NAME: Record<Level, string> = {
  local: "local",
  sub_regional: "county or sub-regional",
  regional: "regional",
  national: "national",
  other: "other arrangements",
};

/** Where an option is offered and where not, for the method page: "Offered at: local; …. Not offered: national." */
export function offeredAtText(option: Option): string | null {
  if (!option.levels) return null;
  const names = (offered: boolean) =>
    LEVELS.filter((l) => isOfferedAt(option, l) === offered)
      .map((l) => LEVEL_NAME[l])
      .join("; ");
  return `Offered at: ${names(true)}. Not offered: ${names(false)}.`;
}

/** Whether a partnership at this level is offered the option (options without a level rule always are). */
export function isOfferedAt(option: Option, level: Level): boolean {
  return !option.levels || option.levels.offeredAt.includes(level);
}

/** An option as a partnership at this level sees it: its label and, for level rules, its hint. */
export type OptionAtLevel = Option & { hint?: string };

/** The options a partnership at this level is offered, in order, labelled for that level. */
export function optionsAt(question: Question, level: Level): OptionAtLevel[] {
  if (question.type !== "single" && question.type !== "multi") return [];
  return question.options.filter((o) => isOfferedAt(o, level)).map((o) => optionAt(o, level));
}

/** One option's label and hint at a level (the general ones unless the rule words it for that level). */
export function optionAt(option: Option, level: Level): OptionAtLevel {
  if (!option.levels) return option;
  const at = option.levels.at?.[level];
  return { ...option, label: at?.label ?? option.label, hint: at?.hint ?? option.levels.hint };
}

/** The options an answer chooses that a partnership at this level is not offered (usually none). */
export function notOfferedIn(question: Question, value: AnswerValue | null | undefined, level: Level): Option[] {
  if (!value || (question.type !== "single" && question.type !== "multi")) return [];
  const ids = value.kind === "choice" ? [value.option] : value.kind === "choices" ? value.options : [];
  return question.options.filter((o) => ids.includes(o.id) && !isOfferedAt(o, level));
}

/** The message for an answer choosing an option not offered at this level. */
export function notOfferedMessage(option: Option, level: Level): string {
  return `‘${option.label}’ is not offered to ${LEVEL_PHRASE[level]}`;
}
