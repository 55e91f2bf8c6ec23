// The 2026.1 recommendation catalogue (recommendations-2026-1.ts): Prevent, Pursue, Protect, Prepare.
import { iasc, vd } from "./build";
import { ex, GP } from "./practice-examples";
import type { Recommendation } from "./types";

export const FOUR_PS_2026_1: Recommendation[] = [
  // Prevent
  {
    id: "prevent-awareness",
    text: "Plan regular awareness campaigns that tell people the signs of modern slavery and how to report it, in the languages of communities at risk.",
    reportRecommendation: ["E4"],
    examples: ex("kent_essex_awareness", "northern_ireland", "gm_action_weeks"),
    source: iasc(
      "Key findings 7",
      "Respondents also highlighted the importance of awareness, partner engagement and ownership in promoting improved partnership working.",
    ),
    dimension: "prevent",
    targetStage: 2,
    addresses: ["prevent.c.awareness", "prevent.c.regular_campaigns"],
  },
  {
    id: "prevent-targeted",
    text: "Take awareness to groups at particular risk: schools, migrant workers (about their rights at work), trades that may spot the signs, homeless people, asylum seekers and faith communities.",
    reportRecommendation: ["E4"],
    examples: ex("kent_safe_well", "lincolnshire_business", "northern_ireland", "clewer"),
    source: iasc(
      "Gaps, challenges and increasing partnership effectiveness (Figure 12)",
      "the need to raise awareness with specific groups, such as homeless people, asylum seekers and emerging communities",
    ),
    dimension: "prevent",
    targetStage: 4,
    addresses: ["prevent.c.targeted"],
    after: ["prevent-awareness"],
  },
  {
    id: "prevent-business",
    text: "Engage local businesses and labour providers, for example through a business accreditation partnership.",
    reportRecommendation: ["L3"],
    examples: ex("lincolnshire_business", "gm_mscu"),
    source: iasc("What do partnerships do? (Figure 8)", "an as-yet limited engagement with the private sector"),
    dimension: "prevent",
    targetStage: 4,
    addresses: ["prevent.c.business"],
  },
  {
    id: "prevent-supply-chains",
    text: "Ask public sector partners to publish statements on slavery in their supply chains, analyse the risk in what they buy and adopt ethical procurement rules.",
    reportRecommendation: ["F2", "L3"],
    examples: ex("wales_supply_chains", "notts_pledge", "nottinghamshire"),
    source: iasc(
      "Key findings 3",
      "The majority of partnerships were not yet undertaking joint commissioning or looking at wider societal issues such as supply chains.",
    ),
    dimension: "prevent",
    targetStage: 5,
    addresses: ["prevent.c.supply_chains"],
  },
  // Pursue
  {
    id: "pursue-intelligence",
    text: "Make intelligence a standing item at meetings and agree a route for NGOs and frontline staff to pass concerns to the police and hear what happened.",
    reportRecommendation: ["L1", "E1"],
    examples: ex("wolverhampton", "gm_ngo_liaison", "helpline_feedback"),
    source: iasc(
      "What do practitioners see as the key challenges? (Figure 13)",
      "Enforcement agencies linking effectively with other partners particularly NGOs to drive support and intelligence towards the right enforcement issues at the right times",
    ),
    dimension: "pursue",
    targetStage: 2,
    addresses: ["pursue.c.intel_sharing", "pursue.c.intel_route"],
  },
  {
    id: "pursue-joint-operations",
    text: "Plan joint multi-agency operations regularly, with victim-support and welfare partners taking part.",
    reportRecommendation: ["E3"],
    examples: ex("staffordshire_ops", "gm_action_weeks", "kent_safe_well"),
    source: iasc(
      `${GP} (Joint operations)`,
      "Joint multi-agency operations were used by an increasing number of areas to target particular areas of risk",
    ),
    dimension: "pursue",
    targetStage: 3,
    addresses: ["pursue.c.joint_ops", "pursue.c.joint_ops_all"],
    after: ["pursue-intelligence"],
  },
  {
    id: "pursue-group",
    text: "Bring the law-enforcement partners together in a regular pursue group, and embed modern slavery in neighbourhood policing through local single points of contact.",
    reportRecommendation: ["L2"],
    examples: ex("hampshire_pursue"),
    source: iasc(
      `${GP} (Intelligence gathering)`,
      "a ‘pursue’ group within the partnership brings all of the law enforcement partners together bi-monthly",
    ),
    dimension: "pursue",
    targetStage: 4,
    addresses: ["pursue.c.pursue_group"],
  },
  {
    id: "pursue-disrupt-facilitators",
    text: "Use every partner's powers to disrupt those who facilitate exploitation (landlords, estate agents, transport and businesses used for laundering): housing, licensing, fire safety, tax and wage checks, labour licensing and civil orders.",
    reportRecommendation: ["E1"],
    examples: ex("spp_disruption", "kent_essex_disruption", "gm_mscu", "kent_safe_well"),
    source: vd(
      "Tackling Modern Slavery by Disrupting Facilitators",
      "One method of increasing the risk was to disrupt those who helped facilitate it",
    ),
    dimension: "pursue",
    targetStage: 4,
    addresses: ["pursue.c.disruption", "pursue.c.disruption_wide"],
  },
  {
    id: "pursue-colocation",
    text: "Consider co-locating staff from different partners, at least part of the week, for real-time sharing of information and access to each other's powers.",
    reportRecommendation: ["L2"],
    examples: ex("gm_mscu", "safer_peterborough"),
    source: vd(
      "Co-location of Partners",
      "Working in one place facilitated real time sharing of information and intelligence.",
    ),
    dimension: "pursue",
    targetStage: 5,
    addresses: [],
    appliesWhen: {
      allOf: [
        { question: "pursue.joint_operations", minPoints: 2 },
        { not: { question: "pursue.colocation", minPoints: 2 } },
      ],
    },
    fitReason:
      "Partners already run joint operations regularly; the research found co-location made that work more joined up, although “there is no blueprint”.",
    after: ["pursue-joint-operations"],
  },
  // Protect
  {
    id: "protect-training",
    text: "Plan frontline training across statutory partners: survey training needs, use train-the-trainers so agencies can train their own staff, quality-assure materials and cover first responders' duties.",
    reportRecommendation: ["F2", "E1"],
    examples: ex("humber_trainers", "warrington_training", "wales_training", "essex_students"),
    source: iasc(
      `${GP} (Training)`,
      "A number of innovative approaches are being taken to extend the training of statutory partners.",
    ),
    dimension: "protect",
    targetStage: 2,
    addresses: ["protect.c.training", "protect.c.training_most", "protect.c.training_model"],
  },
  {
    id: "protect-safeguarding",
    text: "Ask the Safeguarding Boards to adopt procedures for modern slavery.",
    reportRecommendation: ["E1"],
    examples: ex("kent_essex_awareness"),
    source: iasc(
      "Case study: awareness-raising in Kent and Essex",
      "All the Safeguarding Boards have implemented new procedures in relation to modern slavery and human trafficking.",
    ),
    dimension: "protect",
    targetStage: 3,
    addresses: ["protect.c.safeguarding"],
  },
  {
    id: "protect-outreach",
    text: "Reach groups at particular risk through outreach and welfare visits with partners who hold their trust, such as sexual health services, port chaplains, housing and fire officers, and pass concerns to the right partner.",
    reportRecommendation: ["E4", "E5"],
    examples: ex("sex_worker_support", "hampshire_seafarers", "safer_peterborough", "rahab"),
    source: vd(
      "Welfare and Well-Being Approach and the Role of NGOs",
      "This requires that partners value the principles and expertise that NGOs, much smaller organisations, bring to collaborative and multi-disciplinary actions.",
    ),
    dimension: "protect",
    targetStage: 4,
    addresses: ["protect.c.vulnerable_groups", "protect.c.welfare_visits"],
  },
  // Prepare
  {
    id: "prepare-referral-pathway",
    text: "Agree a multi-agency referral pathway that frontline staff know, covering NRM referrals, support before and after the NRM, and people who choose not to enter it.",
    reportRecommendation: ["E1"],
    examples: ex("wolverhampton", "nottinghamshire", "reception_dorset_derby"),
    source: iasc(
      "Gaps, challenges and increasing partnership effectiveness (Figure 12)",
      "particularly pre and post NRM and also for those individuals who did not wish to enter the NRM",
    ),
    dimension: "prepare",
    targetStage: 2,
    addresses: ["prepare.c.referral_known", "prepare.c.referral_agreed", "prepare.c.pre_nrm"],
  },
  {
    id: "prepare-reception",
    text: "Agree in advance where potential victims can be accommodated and supported straight away, and consider sharing reception and pre-NRM safe accommodation with neighbouring areas.",
    reportRecommendation: ["F2"],
    examples: ex("reception_dorset_derby"),
    source: iasc(
      "How might partnerships be more effective in future?",
      "Interviewees also suggested that certain facilities, such as reception-centres and safe houses, should be provided regionally.",
    ),
    dimension: "prepare",
    targetStage: 3,
    addresses: ["prepare.c.reception"],
  },
  {
    id: "prepare-ngo-support",
    text: "Involve specialist NGOs in operations and visits so that people found are supported from the start.",
    reportRecommendation: ["E4"],
    examples: ex("rahab", "gm_mscu", "sex_worker_support"),
    source: vd(
      "Welfare and Well-Being Approach and the Role of NGOs",
      "Rahab was able to provide the support needed by victims during a police operation",
    ),
    dimension: "prepare",
    targetStage: 4,
    addresses: ["prepare.c.ngo_support"],
  },
  {
    id: "prepare-long-term",
    text: "Make longer-term support available to survivors after the NRM, for as long as they want it, and track their progress.",
    reportRecommendation: ["E5"],
    examples: ex("city_hearts"),
    source: iasc(
      "Case study: City Hearts integration support programme",
      "The programme is available to survivors for as long as they wish to engage with it",
    ),
    dimension: "prepare",
    targetStage: 5,
    addresses: ["prepare.c.long_term"],
    after: ["prepare-referral-pathway"],
  },
];
