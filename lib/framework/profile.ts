// The partnership profile: unscored questions that describe the partnership and feed the national
// figures. Category labels follow the report's Figures 5–13 exactly (`reportLabel`); `label` is the
// same category written out for people answering. Figures that print combined categories (for
// example "POLICE / OPCC" in Figure 11) are answered by selecting each part; `figureCategory`
// rebuilds the report's combined label for the national view.
//
// Figure 14 ("What would make partnerships more effective?") lost its category labels in the text
// extraction; its options are the themes the accompanying text names, in the order it names them,
// without a `reportLabel`.
import type { AnswerMap, AnswerValue, ProfileQuestion } from "./types";
import { PROFILE_2026_1_ABOUT } from "./profile-2026-1-about";
import { PROFILE_2026_1_WORK } from "./profile-2026-1-work";

export const PROFILE_2026_1: ProfileQuestion[] = [...PROFILE_2026_1_ABOUT, ...PROFILE_2026_1_WORK];

/** Figure 11 / Figure 10 combined label for a set of selected options, e.g. "POLICE / OPCC". */
export function figureCategory(question: ProfileQuestion, answer: AnswerValue | undefined): string | null {
  if (!answer || (question.type !== "multi" && question.type !== "single")) return null;
  const ids = answer.kind === "choices" ? answer.options : answer.kind === "choice" ? [answer.option] : [];
  const labels = question.options.filter((o) => ids.includes(o.id)).map((o) => o.reportLabel ?? o.label);
  return labels.length ? [...new Set(labels)].join(" / ") : null;
}

const DOC_QUESTIONS: [profileOption: string, questionId: string][] = [
  ["terms_of_reference", "gov.terms_of_reference"],
  ["membership_list", "gov.membership_list"],
  ["action_plan", "gov.action_plan"],
  ["monitoring_reports", "gov.monitoring_reports"],
];

/**
 * Fill profile answers that follow from scored answers (governance documents held, from the
 * Structure & governance questions). Explicit profile answers are kept as given.
 */
export function deriveProfileAnswers(answers: AnswerMap): AnswerMap {
  const out: AnswerMap = {};
  if (!answers["profile.governance_documents"]) {
    const known = DOC_QUESTIONS.filter(([, q]) => answers[q]?.kind === "yesno");
    const held = known.filter(([, q]) => {
      const a = answers[q];
      return a?.kind === "yesno" && a.answer === "yes";
    });
    // Some held: list them. None held: say so only when every document question has a yes/no.
    if (held.length) out["profile.governance_documents"] = { kind: "choices", options: held.map(([o]) => o) };
    else if (known.length === DOC_QUESTIONS.length)
      out["profile.governance_documents"] = { kind: "choices", options: ["none"] };
  }
  return out;
}
