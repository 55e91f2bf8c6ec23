// How each version's question ids map from the previous version's (kept, renamed, split, removed;
// new ids declared added): the data behind rolling last year's answers forward (versions.ts).
import type { AnswerValue } from "./types";

/**
 * Option maps are keyed by the old option id (single and multi choice), by "yes" / "no" (yes/no
 * questions, split only), or by "not_applicable" (an N/A answer that becomes a choice, such as
 * "Done at regional / national level for us"). An answer the map does not cover is dropped, to be
 * answered again, rather than guessed.
 */
export const NOT_APPLICABLE_KEY = "not_applicable";

export type QuestionMapping =
  | { kind: "kept"; id: string; optionMap?: Record<string, string> }
  | { kind: "renamed"; from: string; to: string; optionMap?: Record<string, string> }
  /** One old question becomes several; each target gets the old answer, translated by its optionMap. */
  | { kind: "split"; from: string; to: { id: string; optionMap?: Record<string, AnswerValue> }[] }
  | { kind: "removed"; id: string; reason: string }
  | { kind: "added"; id: string };

export interface VersionMapping {
  from: string;
  to: string;
  questions: QuestionMapping[];
}

const YES: AnswerValue = { kind: "yesno", answer: "yes" };
const NO: AnswerValue = { kind: "yesno", answer: "no" };

export const VERSION_MAPPINGS: VersionMapping[] = [
  {
    from: "test-1",
    to: "test-2",
    questions: [
      { kind: "kept", id: "t.plan" },
      { kind: "renamed", from: "t.chair", to: "t.chair_type", optionMap: { none: "tbd" } },
      {
        kind: "split",
        from: "t.docs",
        to: [
          { id: "t.terms_of_reference", optionMap: { none: NO, tor: YES, tor_plan: YES } },
          { id: "t.action_plan_doc", optionMap: { none: NO, tor: NO, tor_plan: YES } },
        ],
      },
      { kind: "removed", id: "t.old", reason: "No longer asked." },
      { kind: "added", id: "t.new" },
    ],
  },
];

const kept = (...ids: string[]): QuestionMapping[] => ids.map((id) => ({ kind: "kept", id }));
const ELSEWHERE: AnswerValue = { kind: "choice", option: "elsewhere" };

VERSION_MAPPINGS.push({
  from: "2026.1",
  to: "2026.2",
  questions: [
    // Leadership: a rotating chair is no longer scored with co-chairs; "shared" answers keep their
    // co-chairs reading (the first half of the old label) and can be corrected in an open review.
    { kind: "kept", id: "lead.chair_type", optionMap: { shared: "co_chairs" } },
    { kind: "added", id: "lead.accountable_lead" },
    ...kept(
      "lead.chair_seniority",
      "lead.coordinator",
      "lead.coordination_hours",
      "lead.leaders_engaged",
      "lead.public_commitment",
      "lead.regional_links",
    ),
    ...kept(
      "gov.terms_of_reference",
      "gov.membership_list",
      "gov.monitoring_reports",
      "gov.accountability",
      "gov.meeting_frequency",
      "gov.structure",
      "gov.info_sharing_agreement",
      "gov.seniority",
    ),
    { kind: "renamed", from: "gov.action_plan", to: "strat.action_plan" },
    // Co-location counts wherever it serves, not only under Pursue; N/A meant a force-level unit.
    {
      kind: "renamed",
      from: "pursue.colocation",
      to: "gov.colocation",
      optionMap: { [NOT_APPLICABLE_KEY]: "elsewhere" },
    },
    ...kept("strat.shared_objectives", "strat.plan_structure", "strat.local_profile", "strat.beyond_enforcement"),
    // Owners and deadlines were asked together: the same count applies to each.
    { kind: "split", from: "strat.plan_owners", to: [{ id: "strat.plan_owners" }, { id: "strat.plan_deadlines" }] },
    // Agreed by the board implies shared with it; "no" does not say whether it was shared.
    { kind: "split", from: "strat.plan_agreed", to: [{ id: "strat.plan_shared", optionMap: { yes: YES } }] },
    // The four Ps by the Home Office strategy's definitions: awareness and workers' rights protect.
    { kind: "renamed", from: "prevent.public_awareness", to: "protect.public_awareness" },
    { kind: "renamed", from: "prevent.targeted_groups", to: "protect.targeted_groups" },
    { kind: "renamed", from: "prevent.workers_rights", to: "protect.workers_rights" },
    ...kept("prevent.business_engagement", "prevent.supply_chains"),
    { kind: "added", id: "prevent.facilitators" },
    { kind: "added", id: "prevent.regulatory_checks" },
    ...kept("pursue.intelligence_sharing", "pursue.joint_operations", "pursue.disruption_powers"),
    // "Route and hearing back" was one question: yes covers both; no could mean either is missing.
    {
      kind: "split",
      from: "pursue.ngo_intel_route",
      to: [
        { id: "pursue.ngo_route", optionMap: { yes: YES } },
        { id: "pursue.ngo_feedback", optionMap: { yes: YES } },
      ],
    },
    {
      kind: "split",
      from: "pursue.enforcement_group",
      to: [
        {
          id: "pursue.pursue_group",
          optionMap: {
            yes: { kind: "choice", option: "yes" },
            no: { kind: "choice", option: "no" },
            [NOT_APPLICABLE_KEY]: ELSEWHERE,
          },
        },
      ],
    },
    // Frontline training to spot victims is victim identification: Prepare.
    { kind: "renamed", from: "protect.frontline_training", to: "prepare.frontline_training" },
    { kind: "renamed", from: "protect.training_model", to: "prepare.training_model" },
    ...kept("protect.safeguarding_procedures", "protect.vulnerable_groups", "protect.welfare_visits"),
    ...kept("prepare.referral_pathway", "prepare.reception", "prepare.ngo_support", "prepare.long_term_support"),
    ...kept(
      "member.statutory",
      "member.health",
      "member.local_authorities",
      "member.vcs_faith",
      "member.business",
      "member.communities",
      "member.survivor_input",
    ),
    ...kept(
      "fund.in_kind",
      "fund.coordination_funded",
      "fund.dedicated_budget",
      "fund.victim_support_costs",
      "fund.joint_commissioning",
      "fund.security",
    ),
    ...kept("learn.measures", "learn.data", "learn.peer_review", "learn.sharing_practice"),
    // "Reviewed and reported" was one question: yes covers both; no could mean either is missing.
    {
      kind: "split",
      from: "learn.annual_review",
      to: [
        { id: "learn.annual_review", optionMap: { yes: YES } },
        { id: "learn.review_reported", optionMap: { yes: YES } },
      ],
    },
  ],
});
