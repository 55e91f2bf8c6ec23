// The 2026.1 recommendation catalogue (recommendations-2026-1.ts): leadership, governance, strategy.
import { iasc, vd } from "./build";
import { ex } from "./practice-examples";
import type { Recommendation } from "./types";

const POLICE_LED = {
  anyOf: [
    { question: "lead.chair_type", is: "police" },
    { question: "profile.chair_org", is: "police" },
    { question: "profile.coordinator_org", is: "police" },
  ],
};

export const LEADERSHIP_2026_1: Recommendation[] = [
  // Leadership & coordination
  {
    id: "lead-agree-chair",
    text: "Agree who chairs the partnership, and ideally a chair senior enough to commit their organisation.",
    reportRecommendation: ["E2"],
    examples: ex("nottinghamshire", "hertfordshire"),
    source: iasc(
      "Who leads and coordinates anti-slavery partnership work? (Figure 5)",
      "partnership chairs were rotating between partners or yet to be",
    ),
    dimension: "lead",
    targetStage: 2,
    addresses: ["lead.c.chair_agreed"],
  },
  {
    id: "lead-coordinator",
    text: "Name a coordinator to convene meetings and follow up actions, give them protected time, and work towards a dedicated post.",
    reportRecommendation: ["F1"],
    examples: ex("wales_structure", "west_yorkshire", "gm_ngo_liaison"),
    source: iasc(
      "How might partnerships be more effective in future? (Figure 14)",
      "Top of the list was dedicated resource for the coordination of partnership work",
    ),
    dimension: "lead",
    targetStage: 2,
    addresses: ["lead.c.coordinator_named", "lead.c.coordinator_time", "lead.c.dedicated_coordinator"],
  },
  {
    id: "lead-distribute-leadership",
    text: "Distribute leadership beyond the police: invite a co-chair or chair from another sector and engage local politicians, community and business leaders, for example through a slavery-free community pledge.",
    reportRecommendation: ["L3"],
    examples: ex("notts_pledge", "nottinghamshire", "west_yorkshire"),
    source: iasc(
      "Key findings 2",
      "this may be a limiting factor on moving partnerships beyond an enforcement focus towards establishing wider community resilience",
    ),
    dimension: "lead",
    targetStage: 4,
    addresses: ["lead.c.beyond_police", "lead.c.public_commitment"],
    appliesWhen: POLICE_LED,
    fitReason:
      "The partnership is chaired or coordinated by the police. The report found most partnerships are, and that this may limit moving beyond an enforcement focus; respondents said coordination should not necessarily be police led.",
  },
  {
    id: "lead-regional-links",
    text: "Connect the partnership to regional and national structures: attend the regional network, report into it, and make national and regional updates a standing item.",
    reportRecommendation: ["L1", "L2"],
    examples: ex("wales_structure", "south_west_learning", "west_yorkshire"),
    source: iasc(
      "Gaps, challenges and increasing partnership effectiveness (Figure 12)",
      "lacks coordination into the regional or national picture",
    ),
    dimension: "lead",
    targetStage: 3,
    addresses: ["lead.c.regional_link"],
  },
  // Structure & governance
  {
    id: "gov-terms-of-reference",
    text: "Write and agree terms of reference and a membership list, and set a regular meeting schedule.",
    reportRecommendation: ["E2"],
    examples: ex("wolverhampton", "hertfordshire"),
    source: iasc(
      "Glossary: Governance Documents",
      "terms of reference, membership lists, action-plans, monitoring reports",
    ),
    dimension: "gov",
    targetStage: 2,
    addresses: ["gov.c.terms_of_reference", "gov.c.regular_meetings"],
  },
  {
    id: "gov-action-plan",
    text: "Agree a current action plan, with a named owner and deadline for each action.",
    reportRecommendation: ["A1", "A2"],
    examples: ex("wolverhampton", "nottinghamshire", "wales_structure"),
    source: iasc("How do partnerships measure progress? (Figure 9)", "more than half did not have action plans"),
    dimension: "gov",
    targetStage: 3,
    addresses: ["gov.c.action_plan", "strat.c.action_plan", "strat.c.owners"],
    after: ["strat-objectives"],
  },
  {
    id: "gov-accountability",
    text: "Give the partnership a formal reporting line into an existing board, such as the Community Safety Partnership, Safeguarding Board or PVVP Board, rather than standing alone.",
    reportRecommendation: ["E2", "A2"],
    examples: ex("nottinghamshire", "wolverhampton"),
    source: iasc(
      "What form and structure do multi-agency partnerships take?",
      "Duplication or a lack of ownership was a risk if responsibilities were not aligned to existing structures",
    ),
    dimension: "gov",
    targetStage: 3,
    addresses: ["gov.c.accountability", "strat.c.agreed"],
  },
  {
    id: "gov-subgroups",
    text: "Add operational sub-groups organised by area (such as local authority boundaries) or by function (such as intelligence, training or victim support) under the wider network.",
    reportRecommendation: ["L2"],
    examples: ex("west_yorkshire", "kent_essex_structure", "wales_structure", "hampshire_pursue"),
    source: iasc(
      "What form and structure do multi-agency partnerships take?",
      "More mature partnerships exhibited a mix of wider network meetings and more operationally-focused sub-groups",
    ),
    dimension: "gov",
    targetStage: 4,
    addresses: ["gov.c.subgroups"],
    after: ["gov-terms-of-reference"],
  },
  {
    id: "gov-information-sharing",
    text: "Put a signed information-sharing agreement in place between partners, covering data protection, so that information can move quickly.",
    reportRecommendation: ["E1"],
    examples: ex("safer_peterborough", "wolverhampton"),
    source: vd(
      "Co-location: Safer Peterborough Partnership",
      "the construction of information sharing agreements, principally in relation to data protection, facilitated more rapid exchange of information",
    ),
    dimension: "gov",
    targetStage: 4,
    addresses: ["gov.c.info_sharing"],
  },
  {
    id: "gov-monitoring-seniority",
    text: "Report progress to the accountable board in regular monitoring reports, and ask every core partner to send someone senior enough to commit their organisation.",
    reportRecommendation: ["A2", "E3"],
    examples: ex("wolverhampton", "wales_structure"),
    source: iasc(
      "Case study: Wolverhampton",
      "ensuring that organisations are represented at an appropriate level of seniority",
    ),
    dimension: "gov",
    targetStage: 5,
    addresses: ["gov.c.monitoring_reports", "gov.c.seniority"],
    after: ["gov-action-plan"],
  },
  // Strategy & action plan
  {
    id: "strat-objectives",
    text: "Write down what the partnership is trying to achieve and agree it with members.",
    reportRecommendation: ["L2"],
    examples: ex("safer_peterborough", "nottinghamshire"),
    source: vd("Partnership Working", "willingness to work towards common goals, and clarity in roles and structures"),
    dimension: "strat",
    targetStage: 2,
    addresses: ["strat.c.objectives"],
  },
  {
    id: "strat-four-ps-profile",
    text: "Base the plan on a local profile of modern slavery and organise it under Prevent, Pursue, Protect and Prepare, with local or sub-group plans lined up with it.",
    reportRecommendation: ["L2", "A1"],
    examples: ex("west_yorkshire", "wolverhampton"),
    source: iasc("Case study: West Yorkshire", "developed their plans in line with the UK’s ‘4P’s structure"),
    dimension: "strat",
    targetStage: 4,
    addresses: ["strat.c.four_ps", "strat.c.local_profile"],
    after: ["gov-action-plan"],
  },
  {
    id: "strat-beyond-enforcement",
    text: "Broaden the strategy beyond enforcement: balance criminal justice, victim welfare and labour rights, and set an ambition for the whole place.",
    reportRecommendation: ["L3", "E4"],
    examples: ex("nottinghamshire", "safer_peterborough", "rahab"),
    source: iasc(
      "Who leads and coordinates anti-slavery partnership work?",
      "if we only ever say it’s about prosecuting cases we will have lost our way",
    ),
    dimension: "strat",
    targetStage: 5,
    addresses: ["strat.c.beyond_enforcement", "strat.c.place_ambition"],
    after: ["strat-four-ps-profile"],
  },
];
