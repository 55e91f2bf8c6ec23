// The 2017 baseline: the quantitative statements the report's TEXT makes, for the national view to
// show beside live figures. The figures' own numbers were lost in extraction, so only what the text
// says is recorded, in its own words; nothing is estimated or invented. `value` records the
// statement in a structured form; `compareWith` names the live question/option it lines up with.
import { iasc } from "./build";
import type { Source } from "./types";

export type BaselineValue =
  /** A count the text states. */
  | { kind: "count"; n: number; qualifier?: "more than" | "approximately" }
  /** A share of partnerships, as a phrase with the bound it implies (0–1). */
  | { kind: "share"; phrase: string; lowerBound?: number; upperBound?: number }
  /** A category's rank among a figure's categories (1 = most common). */
  | { kind: "rank"; rank: number; category: string }
  /** One category relative to another, e.g. "barely a quarter of the number chaired by Police". */
  | { kind: "relative"; category: string; relativeTo: string; phrase: string; upperBound: number }
  /** A frequency phrase with no number ("most", "few", "tiny numbers"). */
  | { kind: "qualitative"; phrase: string };

export interface BaselineEntry {
  id: string;
  figure: string | null;
  statement: string;
  value: BaselineValue;
  /** Live question (and option) this lines up with in the current framework, if any. */
  compareWith?: { question: string; option?: string };
  source: Source;
}

const e = (
  id: string,
  figure: string | null,
  section: string,
  statement: string,
  value: BaselineValue,
  compareWith?: BaselineEntry["compareWith"],
): BaselineEntry => ({
  id,
  figure,
  statement,
  value,
  ...(compareWith ? { compareWith } : {}),
  source: iasc(section, statement),
});

const F5 = "Who leads and coordinates anti-slavery partnership work?";

export const BASELINE_2017: BaselineEntry[] = [
  e("survey.responses", null, "Research methodology", "51 responses were received", { kind: "count", n: 51 }),
  e("survey.force_areas", null, "Research methodology", "across 40 force areas", { kind: "count", n: 40 }),
  e(
    "survey.partnerships",
    null,
    "Research methodology",
    "identifying 42 examples of individual partnerships or multi-layer networks dealing with modern slavery",
    { kind: "count", n: 42 },
  ),
  e(
    "coverage.most_areas",
    "Figure 1",
    "Key findings 1",
    "Most areas of the UK have some form of multi-agency partnership work in place to address modern slavery.",
    { kind: "qualitative", phrase: "most areas" },
  ),
  e(
    "chair.police_majority",
    "Figure 5",
    F5,
    "the majority of existing partnerships are currently chaired by Police officers",
    { kind: "share", phrase: "the majority", lowerBound: 0.5 },
    { question: "profile.chair_org", option: "police" },
  ),
  e(
    "chair.police_rank",
    "Figure 5",
    F5,
    "Top tier (County or Unitary) local authorities are the next most common chairs",
    { kind: "rank", rank: 2, category: "LA (TOP TIER)" },
    { question: "profile.chair_org", option: "la_top_tier" },
  ),
  e(
    "chair.la_top_tier_relative",
    "Figure 5",
    F5,
    "albeit at barely a quarter of the number chaired by Police",
    { kind: "relative", category: "LA (TOP TIER)", relativeTo: "POLICE", phrase: "barely a quarter", upperBound: 0.25 },
    { question: "profile.chair_org", option: "la_top_tier" },
  ),
  e(
    "chair.one_case_each",
    "Figure 5",
    F5,
    "There was one case each of a partnership being chaired by a Regional Local Government Association, a District local authority, and the NHS.",
    { kind: "count", n: 1 },
  ),
  e(
    "coordinator.police_rank",
    "Figure 6",
    F5,
    "operational Police officers are by far the most common co-ordinators of partnerships",
    { kind: "rank", rank: 1, category: "POLICE" },
    { question: "profile.coordinator_org", option: "police" },
  ),
  e(
    "coordinator.ngo_rank",
    "Figure 6",
    F5,
    "NGOs are the next most prominent partners, followed by",
    { kind: "rank", rank: 2, category: "NGO" },
    { question: "profile.coordinator_org", option: "ngo" },
  ),
  e(
    "coordinator.la_rank",
    "Figure 6",
    F5,
    "followed by top tier local authorities",
    { kind: "rank", rank: 3, category: "LA (TOP TIER)" },
    { question: "profile.coordinator_org", option: "la_top_tier" },
  ),
  e(
    "members.types",
    "Figure 7",
    "What other organisations are involved?",
    "More than 50 different types of organisation were engaged in modern slavery partnerships",
    { kind: "count", n: 50, qualifier: "more than" },
    { question: "profile.member_types" },
  ),
  e(
    "members.nhs_la",
    "Figure 7",
    "What other organisations are involved?",
    "the NHS and local authorities were usually represented in partnership membership",
    { kind: "qualitative", phrase: "usually" },
  ),
  e(
    "activities.top_three",
    "Figure 8",
    "What do partnerships do?",
    "for most partnerships, key activities included intelligence sharing, training frontline staff and community awareness-raising",
    { kind: "share", phrase: "most partnerships", lowerBound: 0.5 },
    { question: "profile.activities" },
  ),
  e(
    "activities.monitoring",
    "Figure 8",
    "What do partnerships do?",
    "Most claimed to be monitoring progress",
    { kind: "share", phrase: "most", lowerBound: 0.5 },
    { question: "profile.activities", option: "monitoring" },
  ),
  e(
    "activities.commissioning",
    "Figure 8",
    "Key findings 3",
    "The majority of partnerships were not yet undertaking joint commissioning or looking at wider societal issues such as supply chains.",
    { kind: "share", phrase: "the majority were not", upperBound: 0.5 },
    { question: "profile.activities", option: "commissioning" },
  ),
  e(
    "activities.supply_chains",
    "Figure 8",
    "What do partnerships do?",
    "Supply chains analysis was also relatively uncommon",
    { kind: "qualitative", phrase: "relatively uncommon" },
    { question: "profile.activities", option: "supply_chains" },
  ),
  e(
    "governance.documents",
    "Figure 9",
    "How do partnerships measure progress?",
    "just under two thirds of partnerships had some type of governance documentation in place",
    { kind: "share", phrase: "just under two thirds", upperBound: 2 / 3 },
    { question: "profile.governance_documents" },
  ),
  e(
    "governance.no_action_plan",
    "Figure 9",
    "How do partnerships measure progress?",
    "more than half did not have action plans",
    { kind: "share", phrase: "more than half did not", upperBound: 0.5 },
    { question: "gov.action_plan", option: "yes" },
  ),
  e(
    "measures.process_most_common",
    "Figure 10",
    "How do partnerships measure progress?",
    "for most partnerships the principal form of measurement was through recording minutes and actions for individual partners",
    { kind: "rank", rank: 1, category: "PROGRESS MONITORING AND ACCOUNTABILITY" },
    { question: "profile.progress_measures", option: "progress_monitoring" },
  ),
  e(
    "measures.none_second",
    "Figure 10",
    "How do partnerships measure progress?",
    "The next most common answer was that there was no progress",
    { kind: "rank", rank: 2, category: "NONE" },
    { question: "profile.progress_measures", option: "none" },
  ),
  e(
    "measures.outputs_outcomes",
    "Figure 10",
    "How do partnerships measure progress?",
    "Only tiny numbers were exploring the use of output or outcome measures",
    { kind: "qualitative", phrase: "tiny numbers" },
    { question: "learn.measures" },
  ),
  e(
    "funding.mainstream",
    "Figure 11",
    "How is work funded?",
    "For most partnerships the main source of funding for their work was the individual budgets and staff time of participating organisations.",
    { kind: "rank", rank: 1, category: "MAINSTREAM" },
    { question: "profile.funding_sources", option: "mainstream" },
  ),
  e(
    "funding.dedicated",
    null,
    "Key findings 5",
    "There was very little dedicated funding to promote joint planning of local anti-slavery activity.",
    { kind: "qualitative", phrase: "very little" },
    { question: "fund.dedicated_budget" },
  ),
  e(
    "gaps.coordination",
    "Figure 12",
    "Gaps, challenges and increasing partnership effectiveness",
    "Practitioners focussed most often on the need for better strategic coordination",
    { kind: "rank", rank: 1, category: "STRATEGIC COORDINATION" },
    { question: "profile.gaps", option: "strategic_coordination" },
  ),
  e(
    "gaps.no_gaps",
    "Figure 12",
    "Gaps, challenges and increasing partnership effectiveness",
    "the next most-common response in relation to gaps was that there were no gaps in partnership work",
    { kind: "rank", rank: 2, category: "NO GAPS" },
    { question: "profile.gaps", option: "no_gaps" },
  ),
  e(
    "gaps.survivors",
    "Figure 12",
    "Gaps, challenges and increasing partnership effectiveness",
    "Very few partnerships talked about constructive engagement with survivors to shape their services",
    { kind: "qualitative", phrase: "very few" },
    { question: "member.survivor_input" },
  ),
  e(
    "challenges.coordination",
    "Figure 13",
    "What do practitioners see as the key challenges?",
    "The most frequently cited challenge for practitioners was also co-ordination",
    { kind: "rank", rank: 1, category: "COORDINATION" },
    { question: "profile.challenges", option: "coordination" },
  ),
  e(
    "effectiveness.coordination",
    "Figure 14",
    "How might partnerships be more effective in future?",
    "Top of the list was dedicated resource for the coordination of partnership work",
    { kind: "rank", rank: 1, category: "Dedicated resource for coordination" },
    { question: "profile.effectiveness", option: "coordination_resource" },
  ),
  e(
    "good_practice.not_yet",
    "Figure 15",
    "What good work is happening now?",
    "the most common response to ‘is there good practice, innovation or examples of success arising from the partnership’s work that you would like to share?’ was a nil response or ‘not yet’",
    { kind: "qualitative", phrase: "most common response" },
  ),
  e(
    "communities.coproduction",
    null,
    "How might partnerships be more effective in future?",
    "very few partnerships mentioned moving beyond awareness-raising with communities",
    { kind: "qualitative", phrase: "very few" },
    { question: "member.communities" },
  ),
];
