// The 2026.2 recommendation catalogue, built from 2026.1 with the changes listed per
// recommendation. Every recommendation names the explicit need it answers (the partnership has
// said this is not in place), so that it is never left out however far ahead of the current stage
// it sits. Links to the report's twelve recommendations are kept only where the local action
// serves that recommendation's intent.
import { iasc, vd } from "./build";
import { ex } from "./practice-examples";
import { RECOMMENDATIONS_2026_1 } from "./recommendations-2026-1";
import type { PracticeExample, Predicate, Recommendation, ReportRecommendationId } from "./types";

const need = (question: string, maxPoints: number): Predicate => ({ question, maxPoints });
const answeredNo = (question: string): Predicate => ({ question, is: "no" });
const anyNeed = (...p: Predicate[]): Predicate => ({ anyOf: p });

interface Change {
  id?: string;
  text?: string;
  reportRecommendation?: ReportRecommendationId[];
  examples?: PracticeExample[];
  source?: Recommendation["source"];
  dimension?: string;
  targetStage?: number;
  addresses?: string[];
  need?: Predicate;
  appliesWhen?: Predicate;
  after?: string[];
}

const CHANGES_2026_2: Record<string, Change> = {
  "lead-agree-chair": {
    text: "Agree who chairs the partnership and which organisation is accountable for making sure its work is in place.",
    need: anyNeed(need("lead.chair_type", 0), need("lead.accountable_lead", 1)),
  },
  "lead-coordinator": {
    addresses: ["lead.c.dedicated_coordination"],
    need: need("lead.coordinator", 2),
  },
  "lead-distribute-leadership": {
    addresses: ["lead.c.beyond_police"],
    need: need("lead.leaders_engaged", 1),
  },
  "lead-regional-links": { reportRecommendation: ["L1"], need: need("lead.regional_links", 1) },
  "gov-terms-of-reference": {
    reportRecommendation: [],
    need: anyNeed(answeredNo("gov.terms_of_reference"), need("gov.meeting_frequency", 0)),
  },
  "gov-action-plan": {
    reportRecommendation: [],
    dimension: "strat",
    addresses: ["strat.c.action_plan"],
    need: anyNeed(answeredNo("strat.action_plan"), need("strat.plan_owners", 1), need("strat.plan_deadlines", 1)),
  },
  "gov-accountability": {
    text: "Give the partnership a formal reporting line into an existing board or government body, such as the Community Safety Partnership, Safeguarding Board or PVVP Board, rather than standing alone.",
    reportRecommendation: ["E2"],
    need: need("gov.accountability", 2),
  },
  "gov-subgroups": {
    text: "Add operational sub-groups or local fora, organised by area (such as local authority boundaries) or by function (such as intelligence, training or victim support), under the wider network.",
    reportRecommendation: [],
    addresses: ["gov.c.subgroups"],
    need: need("gov.structure", 2),
  },
  "gov-information-sharing": {
    reportRecommendation: [],
    // Wolverhampton is not an example here: the report says it had no formal data-sharing agreements.
    examples: ex("safer_peterborough"),
    addresses: ["gov.c.info_sharing"],
    need: answeredNo("gov.info_sharing_agreement"),
  },
  "gov-monitoring-seniority": {
    reportRecommendation: ["A2"],
    need: anyNeed(answeredNo("gov.monitoring_reports"), need("gov.seniority", 1)),
  },
  "strat-objectives": { reportRecommendation: [], need: need("strat.shared_objectives", 1) },
  "strat-four-ps-profile": {
    reportRecommendation: [],
    need: anyNeed(need("strat.plan_structure", 2), answeredNo("strat.local_profile")),
  },
  "strat-beyond-enforcement": { need: need("strat.beyond_enforcement", 2) },
  "prevent-awareness": {
    id: "protect-awareness",
    dimension: "protect",
    // Not Key finding 7 (partners knowing their statutory duties) nor E4 (which asks to move
    // beyond awareness-raising with communities).
    reportRecommendation: [],
    examples: ex("kent_essex_awareness", "northern_ireland"),
    source: iasc(
      "Case study: awareness-raising in Kent and Essex",
      "A third awareness-raising campaign has been completed and was carried out in multiple languages",
    ),
    need: need("protect.public_awareness", 2),
  },
  "prevent-targeted": {
    id: "protect-targeted",
    dimension: "protect",
    reportRecommendation: [],
    need: anyNeed(need("protect.targeted_groups", 1), need("protect.workers_rights", 1)),
    after: ["protect-awareness"],
  },
  "prevent-business": { need: need("prevent.business_engagement", 1) },
  "prevent-supply-chains": { reportRecommendation: [], need: need("prevent.supply_chains", 1) },
  "pursue-intelligence": {
    text: "Make intelligence a standing item at meetings, agree a route for NGOs and frontline staff to pass concerns to the police, and tell them what happened.",
    reportRecommendation: [],
    need: anyNeed(
      need("pursue.intelligence_sharing", 1),
      answeredNo("pursue.ngo_route"),
      answeredNo("pursue.ngo_feedback"),
    ),
  },
  "pursue-joint-operations": { reportRecommendation: [], need: need("pursue.joint_operations", 1) },
  "pursue-group": { reportRecommendation: [], need: { question: "pursue.pursue_group", is: "no" } },
  "pursue-disrupt-facilitators": {
    text: "Use every partner's powers to disrupt those responsible and those who facilitate them (landlords, estate agents, transport, banks and businesses used for laundering, recruitment agencies): housing, licensing, fire safety, tax and wage checks, labour licensing, financial investigation and civil orders.",
    reportRecommendation: [],
    need: need("pursue.disruption_powers", 1),
  },
  "pursue-colocation": {
    id: "gov-colocation",
    dimension: "gov",
    reportRecommendation: [],
    text: "Consider co-locating staff from different partners, at least part of the week, wherever it serves: intelligence, safeguarding, victim support or enforcement.",
    appliesWhen: {
      allOf: [
        { question: "pursue.joint_operations", minPoints: 2 },
        { not: { question: "gov.colocation", minPoints: 2 } },
      ],
    },
  },
  "protect-training": {
    id: "prepare-training",
    dimension: "prepare",
    need: anyNeed(need("prepare.frontline_training", 2), need("prepare.training_model", 1)),
  },
  "protect-safeguarding": { need: answeredNo("protect.safeguarding_procedures") },
  "protect-outreach": {
    reportRecommendation: ["E4"],
    need: anyNeed(need("protect.vulnerable_groups", 1), need("protect.welfare_visits", 1)),
  },
  "prepare-referral-pathway": { need: need("prepare.referral_pathway", 2) },
  "prepare-reception": { reportRecommendation: [], need: need("prepare.reception", 1) },
  "prepare-ngo-support": { reportRecommendation: [], need: answeredNo("prepare.ngo_support") },
  "prepare-long-term": { reportRecommendation: [], need: need("prepare.long_term_support", 1) },
  "member-statutory": {
    need: anyNeed(need("member.statutory", 1), need("member.local_authorities", 1)),
  },
  "member-health": {
    // Wolverhampton is not an example here: the report names health engagement as its next step.
    examples: ex("essex_students"),
    need: need("member.health", 1),
  },
  "member-vcs": { need: need("member.vcs_faith", 1) },
  "member-business": { need: need("member.business", 1) },
  "member-communities": { need: need("member.communities", 2) },
  "member-survivors": { need: need("member.survivor_input", 2) },
  "fund-in-kind": { reportRecommendation: [], need: need("fund.in_kind", 1) },
  "fund-coordination": { need: answeredNo("fund.coordination_funded") },
  "fund-pooled-budget": {
    reportRecommendation: ["F1"],
    // The report describes no partnership with a pooled, multi-year budget: West Yorkshire runs
    // on a minimal budget and Nottinghamshire's training was funded by the PCC.
    examples: [],
    addresses: ["fund.c.secured"],
    need: anyNeed(need("fund.dedicated_budget", 2), need("fund.security", 2)),
  },
  "fund-victim-costs": { need: answeredNo("fund.victim_support_costs") },
  "fund-joint-commissioning": { need: need("fund.joint_commissioning", 1) },
  "learn-track-actions": { reportRecommendation: [], need: need("learn.measures", 0) },
  "learn-annual-review": {
    text: "Review the partnership's progress every year and report the review to the board or body the partnership is accountable to.",
    // Not the Cleveland peer review: that was a future review of a police force.
    examples: ex("wolverhampton"),
    need: anyNeed(answeredNo("learn.annual_review"), answeredNo("learn.review_reported")),
  },
  "learn-outcome-measures": {
    addresses: ["learn.c.outputs", "learn.c.outcomes"],
    need: need("learn.measures", 2),
  },
  "learn-share-practice": { need: need("learn.sharing_practice", 1) },
  "learn-peer-review": {
    text: "Invite peers or an external organisation to review the partnership's approach.",
    // The report lists peer review among the measures partnerships named (Figure 10) but gives no
    // worked example of a partnership peer review; Cleveland's was a future review of a force.
    examples: [],
    source: iasc(
      "Recommendations: Accountability",
      "Monitor progress of partnerships on at least an annual basis and share emerging best practices.",
    ),
    need: answeredNo("learn.peer_review"),
  },
};

const RENAMED_2026_2 = new Map(
  Object.entries(CHANGES_2026_2)
    .filter(([, c]) => c.id)
    .map(([from, c]) => [from, c.id!]),
);

export const NEW_RECOMMENDATIONS_2026_2: Recommendation[] = [
  {
    id: "prevent-facilitators",
    text: "Work with those who can facilitate exploitation, knowingly or not — landlords and letting agents, banks, recruitment and employment agencies, transport companies — so that they do not, and agree regular checks on employers and labour providers with the regulators among the partners.",
    reportRecommendation: [],
    examples: ex("kent_essex_disruption", "west_yorkshire_banking", "kent_safe_well"),
    source: vd(
      "Tackling Modern Slavery by Disrupting Facilitators",
      "So we are saying we will work with landlords, quite happily, to make sure the property is of a standard and is not being utilised for crime",
    ),
    dimension: "prevent",
    targetStage: 3,
    addresses: [],
    need: anyNeed(need("prevent.facilitators", 1), need("prevent.regulatory_checks", 1)),
  },
];

export const RECOMMENDATIONS_2026_2: Recommendation[] = [
  ...RECOMMENDATIONS_2026_1.map((r): Recommendation => {
    const c = CHANGES_2026_2[r.id] ?? {};
    const { need: n, appliesWhen, ...rest } = { ...r, ...c };
    const out: Recommendation = {
      ...rest,
      id: c.id ?? r.id,
      addresses: c.addresses ?? [],
      after: (c.after ?? r.after)?.map((id) => RENAMED_2026_2.get(id) ?? id),
      ...(n ? { need: n } : {}),
      ...(appliesWhen ? { appliesWhen } : {}),
    };
    if (out.after === undefined) delete out.after;
    return out;
  }),
  ...NEW_RECOMMENDATIONS_2026_2,
];
