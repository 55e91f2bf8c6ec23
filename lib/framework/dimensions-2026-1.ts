// Framework version 2026.1: the ten scored dimensions. RELEASED — do not edit. Any change needs a
// new version with a mapping in versions.ts (the released checksum test fails otherwise).
//
// Placing practices under the four Ps: the report names "Prevent, pursue, protect, prepare" as the
// "organising principles of the Home Office's national Modern Slavery Strategy" (Glossary) without
// defining each P. This toolkit places each practice under the P it mainly serves:
//   Prevent – stopping exploitation taking root: public and targeted awareness, workers' rights,
//             business engagement and supply chains.
//   Pursue  – intelligence, joint operations, disrupting facilitators, co-location.
//   Protect – safeguarding people at risk: frontline training to recognise signs, safeguarding
//             procedures, outreach and welfare visits with groups at risk.
//   Prepare – being ready to respond to victims: referral pathways, reception and safe houses,
//             specialist NGO support, longer-term survivor support.
import { cond, iasc, multi, num, single, stages, topic, vd, yesno } from "./build";
import type { Dimension } from "./types";

const F5 = "Who leads and coordinates anti-slavery partnership work? (Figure 5)";
const F14 = "How might partnerships be more effective in future? (Figure 14)";
const FORM = "What form and structure do multi-agency partnerships take?";
const F9 = "How do partnerships measure progress? (Figure 9)";
const F10 = "How do partnerships measure progress? (Figure 10)";
const F8 = "What do partnerships do? (Figure 8)";
const F11 = "How is work funded? (Figure 11)";
const F12 = "Gaps, challenges and increasing partnership effectiveness (Figure 12)";
const F13 = "What do practitioners see as the key challenges? (Figure 13)";
const WALES = "Case study: Wales: a structured and formalised approach to partnership working";
const WY = "Case study: West Yorkshire: statutory and voluntary sectors in a flexible partnership";
const WOLV = "Case study: Wolverhampton: a grass-roots partnership moving to more formalised activity";
const NOTTS = "Case study: Nottingham and Nottinghamshire: a new partnership with an ambitious agenda";
const GP = "What good work is happening now? (Good practice)";
const KF = "Key findings";
const COLOC = "Co-location of Partners";
const GM = "Co-location: Greater Manchester Modern Slavery Coordination Unit";
const SPP = "Co-location: Safer Peterborough Partnership";
const DISRUPT = "Tackling Modern Slavery by Disrupting Facilitators";
const WELFARE = "Welfare and Well-Being Approach and the Role of NGOs";
const RIGHTS = "A Rights and Regulation Approach";
const PW = "Partnership Working";

const CHALLENGES_ENGAGE = "What do practitioners see as the key challenges? (ownership and engagement)";

// ───────────────────────────── Leadership & coordination ─────────────────────────────
const tChair = topic("lead.chair", "Who chairs the partnership");
const tCoord = topic("lead.coordination", "Coordination");
const tLeaders = topic("lead.leaders", "Leadership beyond the police");
const tLinks = topic("lead.links", "Links to regional and national structures");

const leadership: Dimension = {
  id: "lead",
  name: "Leadership & coordination",
  summary:
    "Who chairs and coordinates the partnership, whether coordination has dedicated time, whether leadership reaches beyond the police to political, community and business leaders, and how the partnership links to regional and national structures.",
  source: iasc(
    `${KF} 2 and 6`,
    "there was a high demand for increased coordination of partnership work at a national, regional and local level",
  ),
  questions: [
    single(
      "lead.chair_type",
      tChair,
      "Who chairs the partnership?",
      [
        ["to_be_decided", "No chair has been agreed yet", 0],
        ["police", "A police officer", 2],
        [
          "other_single",
          "A senior leader from another organisation, for example a council, the Police and Crime Commissioner's office, the NHS or a charity",
          3,
        ],
        ["shared", "Co-chairs from different sectors, or a chair that rotates between partners", 4],
      ],
      {
        hint: "If a police officer co-chairs with someone from another sector, choose co-chairs.",
        errorMessage: "Select who chairs the partnership",
        source: iasc(F5, "the majority of existing partnerships are currently chaired by Police officers"),
      },
    ),
    single(
      "lead.chair_seniority",
      tChair,
      "How senior is the chair in their own organisation?",
      [
        ["none", "There is no chair yet", 0],
        ["practitioner", "A practitioner or specialist officer", 1],
        ["manager", "A middle manager", 2],
        ["senior", "A senior manager who can commit their organisation's resources", 3],
        ["executive", "A chief officer, chief executive or elected leader", 4],
      ],
      {
        errorMessage: "Select how senior the chair is",
        source: iasc(NOTTS, "It is chaired by the Chief Executive of Gedling Borough Council"),
      },
    ),
    single(
      "lead.coordinator",
      tCoord,
      "Who convenes meetings and follows up actions between them?",
      [
        ["nobody", "Nobody in particular", 0],
        ["informal", "Whoever has time, informally", 1],
        ["named_on_top", "A named coordinator, fitting it around another job", 2],
        ["named_protected", "A named coordinator with agreed, protected time for the role", 3],
        ["dedicated_post", "A dedicated coordinator post (full or part time)", 4],
      ],
      {
        hint: "The report calls this coordination: “the role of convening the partnership's meetings, and organising actions”.",
        errorMessage: "Select who convenes meetings and follows up actions",
        source: iasc(F14, "Top of the list was dedicated resource for the coordination of partnership work"),
      },
    ),
    num(
      "lead.coordination_hours",
      tCoord,
      "In a typical week, how many hours of coordination time does the partnership have, across everyone who does it?",
      {
        min: 0,
        max: 200,
        integer: false,
        unit: "hours a week",
        bands: [
          { atLeast: 0, points: 0 },
          { atLeast: 2, points: 1 },
          { atLeast: 7, points: 2 },
          { atLeast: 15, points: 3 },
          { atLeast: 30, points: 4 },
        ],
      },
      {
        hint: "An estimate is fine. Count time spent convening, minuting and chasing actions, not time in meetings.",
        errorMessage: "Enter the number of hours of coordination time a week, for example 7.5",
        source: iasc(
          F13,
          "Coordination resource was also cited as important for providing time for all partners to engage",
        ),
      },
    ),
    multi(
      "lead.leaders_engaged",
      tLeaders,
      "Which of these leaders actively champion the partnership's work?",
      [
        ["councillors", "Elected councillors or council leaders", 1],
        ["pcc", "The Police and Crime Commissioner (or equivalent)", 1],
        ["la_executives", "Council chief executives or directors", 1],
        ["health_leaders", "NHS leaders", 1],
        ["business_leaders", "Business leaders or business bodies", 1],
        ["community_faith_leaders", "Community or faith leaders", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        hint: "Champion means more than attending: for example speaking publicly, putting the issue on their organisation's agenda or signing a pledge.",
        errorMessage: "Select the leaders who champion the work, or select ‘None of these’",
        source: iasc(
          "Recommendations: Leadership",
          "Distribute leadership: engage local politicians, community and business leaders in the antislavery agenda.",
        ),
      },
    ),
    yesno(
      "lead.public_commitment",
      tLeaders,
      "Have local leaders made a public commitment, such as signing a slavery-free community pledge or holding a full council debate?",
      {
        hint: "Give the title and date of the pledge, motion or debate, or a link to it.",
        evidencePrompt: "Title and date of the pledge, motion or debate",
        errorMessage: "Select yes if local leaders have made a public commitment",
        source: iasc(NOTTS, "engaging local civic and community leaders through a pledge and full council debates"),
      },
    ),
    single(
      "lead.regional_links",
      tLinks,
      "How is the partnership linked to regional and national anti-slavery structures?",
      [
        ["none", "No links", 0],
        ["informal", "Informal contact through individual members", 1],
        ["attends", "A member regularly attends a regional or national network", 2],
        ["reports_up", "The partnership reports into a regional or national structure", 3],
        [
          "two_way",
          "Regular two-way reporting: it reports up and national and regional updates are a standing item",
          4,
        ],
      ],
      {
        errorMessage: "Select how the partnership is linked to regional and national structures",
        source: iasc(F12, "It is not funded in any way and lacks coordination into the regional or national picture"),
      },
    ),
  ],
  stages: stages(
    [
      [
        "An informal group or network, often convened by whoever first raised the issue; no agreed chair or coordination.",
        iasc(FORM, "Newer partnerships often took the form of an informal group or network."),
      ],
      [
        "A chair is agreed and someone is named to convene meetings and follow up actions, usually alongside another job.",
        iasc(
          F5,
          "Looking at partnership coordination (i.e. the role of convening the partnership’s meetings, and organising actions)",
        ),
      ],
      [
        "Coordination has agreed, protected time and the partnership is connected to regional and national structures.",
        iasc(F14, "clear lines of reporting from local, regional to national structures that are already in existence"),
      ],
      [
        "Leadership is shared beyond the police: other sectors chair, co-chair or actively champion the work.",
        iasc(
          `${KF} 2`,
          "this may be a limiting factor on moving partnerships beyond an enforcement focus towards establishing wider community resilience",
        ),
      ],
      [
        "A dedicated coordinator and visible civic leadership: political, community and business leaders have publicly committed to a slavery-free place.",
        iasc(NOTTS, "Demonstrate strong local leadership for anti-slavery initiatives"),
      ],
    ],
    [
      [
        cond(
          "lead.c.chair_agreed",
          "Agree who chairs the partnership",
          { question: "lead.chair_type", minPoints: 2 },
          iasc(F5, "partnership chairs were rotating between partners or yet to be"),
        ),
        cond(
          "lead.c.coordinator_named",
          "Name a coordinator who convenes meetings and follows up actions",
          { question: "lead.coordinator", minPoints: 2 },
          iasc(F13, "A lack of coordination led to ‘inefficiencies and duplication."),
        ),
      ],
      [
        cond(
          "lead.c.coordinator_time",
          "Give the coordinator agreed, protected time for the role",
          { question: "lead.coordinator", minPoints: 3 },
          iasc(F14, "Top of the list was dedicated resource for the coordination of partnership work"),
        ),
        cond(
          "lead.c.regional_link",
          "Make sure someone attends and reports from a regional or national network",
          { question: "lead.regional_links", minPoints: 2 },
          iasc(
            F12,
            "Practitioners focussed most often on the need for better strategic coordination at a national level, and between national, regional and local levels.",
          ),
        ),
      ],
      [
        cond(
          "lead.c.beyond_police",
          "Share leadership beyond the police: a chair or co-chair from another sector, or at least two kinds of leader actively championing the work",
          {
            anyOf: [
              { question: "lead.chair_type", minPoints: 3 },
              { question: "lead.leaders_engaged", minPoints: 2 },
            ],
          },
          iasc(F14, "A recurring theme, though, was that coordination should not necessarily be Police led."),
        ),
      ],
      [
        cond(
          "lead.c.dedicated_coordinator",
          "Establish a dedicated coordinator post",
          { question: "lead.coordinator", is: "dedicated_post" },
          iasc(WALES, "led by a dedicated antislavery co-ordinator"),
        ),
        cond(
          "lead.c.public_commitment",
          "Secure a public commitment from local leaders, such as a slavery-free community pledge",
          { question: "lead.public_commitment", is: "yes" },
          iasc(NOTTS, "engaging local civic and community leaders through a pledge and full council debates"),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Structure & governance ─────────────────────────────
const tDocs = topic("gov.documents", "Governance documents");
const tReport = topic("gov.accountability", "Accountability and meetings");
const tStruct = topic("gov.structure", "Structure and sub-groups");
const tAgree = topic("gov.agreements", "Information sharing and representation");
const GLOSS = "Glossary: Governance Documents";

const governance: Dimension = {
  id: "gov",
  name: "Structure & governance",
  summary:
    "The partnership's governance documents (terms of reference, membership list, action plan, monitoring reports), its accountability line into a board such as a Community Safety Partnership or Safeguarding Board, sub-groups by area or function, information-sharing agreements and the seniority of representation.",
  source: iasc(
    `${KF} 4`,
    "Governance of partnerships was relatively informal, with the majority of partnerships not yet having action-plans.",
  ),
  questions: [
    yesno("gov.terms_of_reference", tDocs, "Does the partnership have written terms of reference?", {
      hint: "Terms of reference set out the partnership's purpose, scope, membership and how decisions are made.",
      evidencePrompt: "Title and date of the current terms of reference",
      errorMessage: "Select yes if the partnership has written terms of reference",
      source: iasc(
        GLOSS,
        "Documents describing the scope and activities of the partnership: for example, terms of reference, membership lists, action-plans, monitoring reports.",
      ),
    }),
    yesno("gov.membership_list", tDocs, "Does the partnership keep an up-to-date membership list?", {
      evidencePrompt: "Date the membership list was last updated",
      errorMessage: "Select yes if the partnership keeps an up-to-date membership list",
      source: iasc(GLOSS, "terms of reference, membership lists, action-plans, monitoring reports"),
    }),
    yesno("gov.action_plan", tDocs, "Does the partnership have a current action plan?", {
      hint: "Current means agreed or refreshed in the last 12 months.",
      evidencePrompt: "Title and date of the current action plan",
      errorMessage: "Select yes if the partnership has a current action plan",
      source: iasc(
        F9,
        "whilst just under two thirds of partnerships had some type of governance documentation in place, more than half did not have action plans",
      ),
    }),
    yesno("gov.monitoring_reports", tDocs, "Does the partnership produce monitoring reports on its progress?", {
      evidencePrompt: "Title and date of the latest monitoring report",
      errorMessage: "Select yes if the partnership produces monitoring reports",
      source: iasc(GLOSS, "terms of reference, membership lists, action-plans, monitoring reports"),
    }),
    single(
      "gov.accountability",
      tReport,
      "Who is the partnership accountable to?",
      [
        ["none", "Nobody: it is not accountable to any board", 0],
        ["own_orgs", "Members report back to their own organisations only", 1],
        [
          "informal_board",
          "It updates a board (for example a Community Safety Partnership, Safeguarding Board or Police and Crime Commissioner) when asked",
          2,
        ],
        ["formal_board", "It is formally a sub-group of, or reports to, a named board", 3],
        ["formal_regular", "It reports to a named board on a regular schedule, and the board reviews its progress", 4],
      ],
      {
        errorMessage: "Select who the partnership is accountable to",
        source: iasc(NOTTS, "established in late 2016 as a subgroup of the Safer Nottinghamshire Board"),
      },
    ),
    single(
      "gov.meeting_frequency",
      tReport,
      "How often does the full partnership meet?",
      [
        ["rarely", "Less than twice a year, or only when something comes up", 0],
        ["twice_yearly", "Twice a year", 2],
        ["quarterly_or_more", "Quarterly or more often", 4],
      ],
      {
        errorMessage: "Select how often the partnership meets",
        source: iasc(WY, "It meets quarterly to facilitate shared expertise"),
      },
    ),
    single(
      "gov.structure",
      tStruct,
      "Which best describes how the partnership is organised?",
      [
        ["informal", "An informal group or network", 0],
        ["single_group", "A single group with regular meetings", 2],
        ["network_subgroups", "A wider network plus operational sub-groups organised by area or by function", 3],
        ["layered", "Layered: a strategic group, an operational delivery group and sub-groups by area and function", 4],
      ],
      {
        hint: "Sub-groups by area might follow local authority boundaries; by function might cover intelligence, training or victim support.",
        errorMessage: "Select how the partnership is organised",
        source: iasc(
          FORM,
          "More mature partnerships exhibited a mix of wider network meetings and more operationally-focused sub-groups which were either organised by area (for example, on a local authority boundary) or function (such as joint operations or intelligence sharing).",
        ),
      },
    ),
    yesno(
      "gov.info_sharing_agreement",
      tAgree,
      "Do partners have a signed information-sharing agreement covering modern slavery?",
      {
        evidencePrompt: "Title and date of the agreement",
        errorMessage: "Select yes if partners have a signed information-sharing agreement",
        source: vd(
          SPP,
          "the construction of information sharing agreements, principally in relation to data protection, facilitated more rapid exchange of information",
        ),
      },
    ),
    single(
      "gov.seniority",
      tAgree,
      "How many core partners send someone senior enough to commit their organisation?",
      [
        ["none", "None or hardly any", 0],
        ["some", "Some", 1],
        ["most", "Most", 3],
        ["all", "All of them", 4],
      ],
      {
        errorMessage: "Select how many core partners send someone senior enough",
        source: iasc(WOLV, "ensuring that organisations are represented at an appropriate level of seniority"),
      },
    ),
  ],
  stages: stages(
    [
      [
        "Relatively informal: no written governance, meetings when needed, links into statutory structures through individuals.",
        iasc(
          WOLV,
          "there were no formal agreements in place for data-sharing or funding, and limited links into wider statutory-sector services",
        ),
      ],
      [
        "Terms of reference agreed and the partnership meets regularly.",
        iasc(
          WOLV,
          "A recent review of the partnership’s activity has led to some formalisation of WASP’s status, with fresh attention to terms of reference",
        ),
      ],
      [
        "A current action plan and a clear accountability line into a board such as the Community Safety Partnership or Safeguarding Board.",
        iasc(
          FORM,
          "Duplication or a lack of ownership was a risk if responsibilities were not aligned to existing structures",
        ),
      ],
      [
        "A wider network with operational sub-groups by area or function, underpinned by information-sharing agreements.",
        iasc(
          FORM,
          "More mature partnerships exhibited a mix of wider network meetings and more operationally-focused sub-groups",
        ),
      ],
      [
        "Multi-layered, formalised governance: monitoring reports to the accountable board and senior representation from every core partner.",
        iasc(WALES, "Wales has a multi-layered partnership structure"),
      ],
    ],
    [
      [
        cond(
          "gov.c.terms_of_reference",
          "Agree written terms of reference",
          { question: "gov.terms_of_reference", is: "yes" },
          iasc(WOLV, "fresh attention to terms of reference"),
        ),
        cond(
          "gov.c.regular_meetings",
          "Meet at least twice a year on a fixed schedule",
          { question: "gov.meeting_frequency", minPoints: 2 },
          iasc(WY, "It meets quarterly"),
        ),
      ],
      [
        cond(
          "gov.c.action_plan",
          "Agree a current action plan",
          { question: "gov.action_plan", is: "yes" },
          iasc(F9, "more than half did not have action plans"),
        ),
        cond(
          "gov.c.accountability",
          "Become a formal sub-group of, or report to, a named board",
          { question: "gov.accountability", minPoints: 3 },
          iasc(WOLV, "clearer links with the wider Community Safety Partnership"),
        ),
      ],
      [
        cond(
          "gov.c.subgroups",
          "Set up operational sub-groups by area or function",
          { question: "gov.structure", minPoints: 3 },
          iasc(FORM, "more operationally-focused sub-groups"),
        ),
        cond(
          "gov.c.info_sharing",
          "Sign an information-sharing agreement between partners",
          { question: "gov.info_sharing_agreement", is: "yes" },
          vd(SPP, "the construction of information sharing agreements"),
        ),
      ],
      [
        cond(
          "gov.c.monitoring_reports",
          "Produce regular monitoring reports for the accountable board",
          { question: "gov.monitoring_reports", is: "yes" },
          iasc(GLOSS, "monitoring reports"),
        ),
        cond(
          "gov.c.seniority",
          "Make sure every core partner sends someone senior enough to commit their organisation",
          { question: "gov.seniority", minPoints: 4 },
          iasc(WOLV, "represented at an appropriate level of seniority"),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Strategy & action plan ─────────────────────────────
const tObj = topic("strat.objectives", "Shared objectives");
const tPlan = topic("strat.plan", "The action plan");
const tFocus = topic("strat.focus", "Evidence and focus");

const strategy: Dimension = {
  id: "strat",
  name: "Strategy & action plan",
  summary:
    "Whether the partnership has agreed common goals, an action plan organised around the four Ps with owners and deadlines, a local picture of modern slavery to base it on, and a strategy that goes beyond enforcement.",
  source: iasc(`${KF} 4`, "the majority of partnerships not yet having action-plans"),
  questions: [
    single(
      "strat.shared_objectives",
      tObj,
      "Has the partnership agreed what it is trying to achieve?",
      [
        ["no", "Not yet", 0],
        ["implicit", "There is a shared understanding, but nothing written", 1],
        ["written", "Written objectives agreed by members", 2],
        ["published", "A published strategy with objectives", 3],
        [
          "place_ambition",
          "A published strategy with an ambition for the whole place, such as becoming slavery-free",
          4,
        ],
      ],
      {
        errorMessage: "Select whether the partnership has agreed what it is trying to achieve",
        source: vd(SPP, "we know what others are doing, and we have agreed common goals"),
      },
    ),
    single(
      "strat.plan_structure",
      tPlan,
      "How is the action plan organised?",
      [
        ["no_plan", "There is no action plan", 0],
        ["list", "A list of actions", 1],
        ["themes", "Actions grouped by the partnership's own themes", 2],
        ["four_ps", "Actions organised under Prevent, Pursue, Protect and Prepare", 3],
        ["four_ps_local", "Organised under the four Ps, with local or sub-group plans lined up with it", 4],
      ],
      {
        errorMessage: "Select how the action plan is organised",
        source: iasc(WY, "developed their plans in line with the UK’s ‘4P’s structure"),
      },
    ),
    single(
      "strat.plan_owners",
      tPlan,
      "How many actions in the plan have a named owner and a deadline?",
      [
        ["none", "None, or there is no plan", 0],
        ["some", "Some", 1],
        ["most", "Most", 3],
        ["all", "All", 4],
      ],
      {
        errorMessage: "Select how many actions have a named owner and a deadline",
        source: iasc(F10, "recording minutes and actions for individual partners"),
      },
    ),
    yesno(
      "strat.plan_agreed",
      tPlan,
      "Has the action plan been formally agreed by the board the partnership reports to?",
      {
        evidencePrompt: "Name of the board and date it agreed the plan",
        errorMessage: "Select yes if the board has formally agreed the action plan",
        source: iasc(WALES, "working to a published delivery plan with strategic objectives"),
      },
    ),
    yesno(
      "strat.local_profile",
      tFocus,
      "Does the partnership have a current local profile of modern slavery in its area?",
      {
        hint: "A local (problem) profile brings together what partners know about where and how exploitation happens locally.",
        evidencePrompt: "Title and date of the profile",
        errorMessage: "Select yes if the partnership has a current local profile",
        source: iasc(
          WOLV,
          "The partnership has set an action-plan, working jointly on an improved local modern slavery profile.",
        ),
      },
    ),
    single(
      "strat.beyond_enforcement",
      tFocus,
      "How far does the plan reach beyond enforcement?",
      [
        ["enforcement_only", "It is almost all enforcement", 0],
        ["some_welfare", "Mostly enforcement, with some victim support and awareness", 2],
        ["balanced", "Balanced across criminal justice, victim welfare and labour rights", 3],
        [
          "community_resilience",
          "Balanced, and aims at wider community resilience: housing, labour standards, supply chains and local communities",
          4,
        ],
      ],
      {
        errorMessage: "Select how far the plan reaches beyond enforcement",
        source: iasc(
          "Who leads and coordinates anti-slavery partnership work?",
          "a number of our survey responses and interviews indicated a need for activity and strategy to move ‘beyond enforcement’",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "No agreed goals yet: activity responds to cases and to what individual partners bring.",
        iasc(F13, "Lots of passion, but not being translated into tangible results or action"),
      ],
      ["Members have written down shared objectives.", vd(SPP, "we have agreed common goals")],
      ["A current action plan with named owners and deadlines.", iasc(WOLV, "The partnership has set an action-plan")],
      [
        "The plan is organised under the four Ps, rests on a local profile and is agreed by the accountable board.",
        iasc(WY, "developed their plans in line with the UK’s ‘4P’s structure"),
      ],
      [
        "An ambitious place-based strategy that reaches beyond enforcement to community resilience.",
        iasc(
          NOTTS,
          "An ambitious place-based action plan has been set, focused on making Nottingham and Nottinghamshire ‘slavery-free’.",
        ),
      ],
    ],
    [
      [
        cond(
          "strat.c.objectives",
          "Write down and agree the partnership's shared objectives",
          { question: "strat.shared_objectives", minPoints: 2 },
          vd(PW, "willingness to work towards common goals, and clarity in roles and structures"),
        ),
      ],
      [
        cond(
          "strat.c.action_plan",
          "Agree a current action plan",
          { question: "gov.action_plan", is: "yes" },
          iasc(F9, "more than half did not have action plans"),
        ),
        cond(
          "strat.c.owners",
          "Give most actions a named owner and a deadline",
          { question: "strat.plan_owners", minPoints: 3 },
          iasc(F10, "recording minutes and actions for individual partners"),
        ),
      ],
      [
        cond(
          "strat.c.four_ps",
          "Organise the plan under Prevent, Pursue, Protect and Prepare",
          { question: "strat.plan_structure", minPoints: 3 },
          iasc(WY, "developed their plans in line with the UK’s ‘4P’s structure"),
        ),
        cond(
          "strat.c.local_profile",
          "Build a local profile of modern slavery to base the plan on",
          { question: "strat.local_profile", is: "yes" },
          iasc(WOLV, "working jointly on an improved local modern slavery profile"),
        ),
        cond(
          "strat.c.agreed",
          "Have the accountable board formally agree the plan",
          { question: "strat.plan_agreed", is: "yes" },
          iasc(WALES, "working to a published delivery plan with strategic objectives"),
        ),
      ],
      [
        cond(
          "strat.c.beyond_enforcement",
          "Balance the plan across criminal justice, victim welfare and labour rights, aiming at community resilience",
          { question: "strat.beyond_enforcement", minPoints: 4 },
          iasc(
            "Who leads and coordinates anti-slavery partnership work?",
            "if we only ever say it’s about prosecuting cases we will have lost our way",
          ),
        ),
        cond(
          "strat.c.place_ambition",
          "Publish a strategy with an ambition for the whole place",
          { question: "strat.shared_objectives", minPoints: 3 },
          iasc(NOTTS, "An ambitious place-based action plan has been set"),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Prevent ─────────────────────────────
const tAware = topic("prevent.awareness", "Raising awareness");
const tBusiness = topic("prevent.business", "Business and supply chains");

const prevent: Dimension = {
  id: "prevent",
  name: "Prevent",
  summary:
    "Stopping exploitation taking root: community and targeted awareness-raising, workers' rights, engaging businesses and labour providers, and supply chains.",
  source: iasc(
    "Glossary: 4 P’s",
    "Prevent, pursue, protect, prepare: organising principles of the Home Office’s national Modern Slavery Strategy.",
  ),
  questions: [
    single(
      "prevent.public_awareness",
      tAware,
      "How does the partnership raise public awareness of modern slavery?",
      [
        ["none", "It does not, yet", 0],
        ["occasional", "Occasional events or social media posts", 1],
        ["annual", "At least one planned campaign a year", 2],
        ["regular", "Regular planned campaigns with the signs to look for and how to report", 3],
        ["targeted_multilingual", "Regular campaigns, including in the languages of communities at risk", 4],
      ],
      {
        errorMessage: "Select how the partnership raises public awareness",
        source: iasc(
          "Case study: awareness-raising in Kent and Essex",
          "A third awareness-raising campaign has been completed and was carried out in multiple languages",
        ),
      },
    ),
    multi(
      "prevent.targeted_groups",
      tAware,
      "Which of these groups has the partnership reached with awareness work in the last 12 months?",
      [
        ["schools", "Schools and young people", 1],
        ["migrant_workers", "Migrant workers, about their rights at work", 1],
        ["frontline_trades", "Trades that may spot the signs, such as taxi drivers, hoteliers or landlords", 1],
        ["homeless_asylum", "Homeless people, asylum seekers or emerging communities", 1],
        ["faith_communities", "Faith communities", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        errorMessage: "Select the groups reached, or select ‘None of these’",
        source: iasc(
          F12,
          "closely linked to the need to raise awareness with specific groups, such as homeless people, asylum seekers and emerging communities",
        ),
      },
    ),
    single(
      "prevent.workers_rights",
      tAware,
      "Do partners work together to tell workers at risk of exploitation about their rights and where to get help?",
      [
        ["no", "No", 0],
        ["leaflets", "Leaflets or information only", 1],
        ["joint_occasional", "Occasional joint activity, for example with HMRC or the GLAA", 2],
        ["joint_regular", "Regular joint activity that also feeds intelligence back to partners", 4],
      ],
      {
        errorMessage: "Select whether partners tell workers at risk about their rights",
        source: vd(
          RIGHTS,
          "This strategy aims to reduce the occurrence of labour exploitation by informing migrants of their rights in respect of pay and working conditions",
        ),
      },
    ),
    single(
      "prevent.business_engagement",
      tBusiness,
      "How does the partnership work with local businesses and labour providers?",
      [
        ["none", "It does not, yet", 0],
        ["information", "It sends them information", 1],
        ["events", "Events or training for businesses", 2],
        ["scheme", "A standing scheme, such as a business accreditation partnership or business network", 4],
      ],
      {
        errorMessage: "Select how the partnership works with local businesses",
        source: iasc(
          "What good work is happening now? (Awareness raising)",
          "Lincolnshire has also established a business accreditation partnership which been welcomed by the larger and small labour suppliers within Lincolnshire.",
        ),
      },
    ),
    single(
      "prevent.supply_chains",
      tBusiness,
      "What have public sector partners done about slavery in their own supply chains?",
      [
        ["none", "Nothing yet", 0],
        ["aware", "It has been discussed", 1],
        ["some_statements", "Some partners publish statements on slavery in their supply chains", 2],
        ["analysis", "Several partners publish statements and analyse risk in what they buy", 3],
        ["joint_programme", "A joint programme: statements, risk analysis and ethical procurement rules", 4],
      ],
      {
        errorMessage: "Select what public sector partners have done about supply chains",
        source: iasc(
          NOTTS,
          "working towards slavery-free supply chains (including statements and analysis by a number of the public sector partners)",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "Little prevention activity: awareness depends on individual partners.",
        iasc(
          F13,
          "Awareness is the key. Many partners we have engaged with were not aware of the impact or volume of such offences within our communities",
        ),
      ],
      [
        "Some community awareness-raising.",
        iasc(
          F8,
          "for most partnerships, key activities included intelligence sharing, training frontline staff and community awareness-raising",
        ),
      ],
      [
        "Regular, planned awareness campaigns that tell people the signs and how to report.",
        iasc(
          "Case study: awareness-raising in Kent and Essex",
          "Information on the key indicators of modern slavery and human trafficking is included within all material",
        ),
      ],
      [
        "Awareness reaches groups at risk and local businesses are engaged.",
        iasc(
          "What good work is happening now? (Awareness raising)",
          "Lincolnshire has also established a business accreditation partnership",
        ),
      ],
      [
        "Prevention addresses the wider economy: supply chains, labour standards and a slavery-free local economy.",
        iasc(NOTTS, "Contribute to building a prosperous and slavery-free local economy."),
      ],
    ],
    [
      [
        cond(
          "prevent.c.awareness",
          "Start community awareness-raising",
          { question: "prevent.public_awareness", minPoints: 1 },
          iasc(F8, "community awareness-raising"),
        ),
      ],
      [
        cond(
          "prevent.c.regular_campaigns",
          "Run regular planned campaigns with the signs to look for and how to report",
          { question: "prevent.public_awareness", minPoints: 3 },
          iasc("Case study: awareness-raising in Kent and Essex", "new publicity materials have been created"),
        ),
      ],
      [
        cond(
          "prevent.c.targeted",
          "Reach at least two groups at particular risk",
          { question: "prevent.targeted_groups", minPoints: 2 },
          iasc(F12, "the need to raise awareness with specific groups"),
        ),
        cond(
          "prevent.c.business",
          "Engage local businesses and labour providers through events, training or a standing scheme",
          { question: "prevent.business_engagement", minPoints: 2 },
          iasc(F8, "an as-yet limited engagement with the private sector"),
        ),
      ],
      [
        cond(
          "prevent.c.supply_chains",
          "Have public sector partners publish statements and analyse risk in their supply chains",
          { question: "prevent.supply_chains", minPoints: 3 },
          iasc(
            `${KF} 3`,
            "The majority of partnerships were not yet undertaking joint commissioning or looking at wider societal issues such as supply chains.",
          ),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Pursue ─────────────────────────────
const tIntel = topic("pursue.intelligence", "Intelligence sharing");
const tOps = topic("pursue.operations", "Joint operations");
const tDisrupt = topic("pursue.disruption", "Disrupting facilitators");

const pursue: Dimension = {
  id: "pursue",
  name: "Pursue",
  summary:
    "Intelligence sharing between enforcement partners and with NGOs and frontline agencies, a law-enforcement (pursue) group, joint multi-agency operations, using every partner's powers to disrupt facilitators, and co-location.",
  source: iasc(F8, "Joint enforcement was also a relatively frequently cited activity"),
  questions: [
    single(
      "pursue.intelligence_sharing",
      tIntel,
      "How is intelligence about modern slavery shared between partners?",
      [
        ["none", "It is not shared through the partnership", 0],
        ["ad_hoc", "Case by case, between individuals", 1],
        ["standing_item", "Intelligence updates are a standing item at meetings", 2],
        ["structured", "A structured process with agreed routes and formats", 3],
        [
          "structured_feedback",
          "A structured process, and partners who pass on intelligence are told what happened",
          4,
        ],
      ],
      {
        errorMessage: "Select how intelligence is shared between partners",
        source: iasc(
          WOLV,
          "Two main items are brought to each partnership meeting, including intelligence updates from West Midlands police.",
        ),
      },
    ),
    yesno(
      "pursue.ngo_intel_route",
      tIntel,
      "Is there an agreed route for NGOs and frontline staff to pass concerns to the police and hear back?",
      {
        hint: "For example named police liaison officers for NGOs, or an agreement that the Modern Slavery Helpline feeds back local referrals.",
        errorMessage: "Select yes if there is an agreed route for NGOs and frontline staff",
        source: iasc(
          "What good work is happening now? (Intelligence gathering)",
          "leading to a doubling in referrals into the Modern Slavery Unit from NGO’s in 2016 compared to 2015",
        ),
      },
    ),
    yesno(
      "pursue.enforcement_group",
      tOps,
      "Is there a pursue or enforcement sub-group that brings the law-enforcement partners together regularly?",
      {
        hint: "Choose ‘Not applicable’ if a force-wide group outside this partnership already does this for your area.",
        allowNotApplicable: true,
        errorMessage: "Select yes if there is a pursue or enforcement sub-group",
        source: iasc(
          "What good work is happening now? (Intelligence gathering)",
          "a ‘pursue’ group within the partnership brings all of the law enforcement partners together bi-monthly",
        ),
      },
    ),
    single(
      "pursue.joint_operations",
      tOps,
      "How often do partners run joint multi-agency operations or visits?",
      [
        ["never", "Never", 0],
        ["occasional", "Occasionally", 1],
        ["planned", "Regularly, planned jointly", 2],
        ["planned_welfare", "Regularly, with victim-support or welfare partners taking part", 3],
        [
          "action_weeks",
          "Regularly, with all partners with an interest taking part, including joint weeks of action",
          4,
        ],
      ],
      {
        hint: "For example visits to car washes, nail bars, suspected brothels or multiple-occupancy housing.",
        errorMessage: "Select how often partners run joint operations",
        source: iasc(
          "What good work is happening now? (Joint operations)",
          "Joint multi-agency operations were used by an increasing number of areas to target particular areas of risk, such as car-washes, nail bars and suspected brothels.",
        ),
      },
    ),
    multi(
      "pursue.disruption_powers",
      tDisrupt,
      "Which of these powers have partners used in the last 12 months to disrupt people who facilitate modern slavery?",
      [
        ["housing", "Housing standards and enforcement against landlords", 1],
        ["licensing", "Licensing, for example of premises selling alcohol", 1],
        ["fire_safety", "Fire safety inspections", 1],
        ["tax_wages", "HMRC or DWP checks on tax, wages and benefits", 1],
        ["labour_licensing", "GLAA labour licensing and inspection", 1],
        ["tenancy", "Action with estate agents over tenancy breaches", 1],
        ["transport", "Checks on vehicles and transport companies", 1],
        ["civil_orders", "Closure orders, or Proceeds of Crime Act powers", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        errorMessage: "Select the powers used, or select ‘None of these’",
        source: vd(
          DISRUPT,
          "strategies aimed at facilitators may not end in the prosecution of those who were at the centre of a modern slavery organised crime group, but they could make it more difficult for the groups to operate",
        ),
      },
    ),
    single(
      "pursue.colocation",
      tDisrupt,
      "Do staff from different partners work together in one place on modern slavery?",
      [
        ["no", "No", 0],
        ["occasional", "Occasionally, for operations", 1],
        ["part_time", "Some partners share a base part of the week", 2],
        ["co_located", "A co-located multi-agency team or hub", 4],
      ],
      {
        hint: "Choose ‘Not applicable’ if a co-located unit serves your area at force level and your partnership links to it.",
        allowNotApplicable: true,
        errorMessage: "Select whether staff from different partners work together in one place",
        source: vd(COLOC, "Working in one place facilitated real time sharing of information and intelligence."),
      },
    ),
  ],
  stages: stages(
    [
      [
        "Enforcement partners work in silos; intelligence is shared case by case if at all.",
        iasc(F13, "silo mentalities, a lack of sharing information"),
      ],
      [
        "Intelligence updates are a regular item at partnership meetings.",
        iasc(WOLV, "intelligence updates from West Midlands police"),
      ],
      [
        "Agreed routes for NGOs and frontline staff to pass on concerns, and regular joint operations.",
        iasc(
          "What good work is happening now? (Joint operations)",
          "When all partners are involved this clearly raises the interest of everyone concerned",
        ),
      ],
      [
        "A pursue group coordinates enforcement partners and uses the full range of partners' powers to disrupt facilitators.",
        vd(DISRUPT, "their strategies could create a more hostile environment"),
      ],
      [
        "Joined-up, often co-located working that uses civil and criminal remedies, with all partners in joint action.",
        vd(
          COLOC,
          "Co-location appeared to break down not just physical walls between agencies but also silo mentalities.",
        ),
      ],
    ],
    [
      [
        cond(
          "pursue.c.intel_sharing",
          "Make intelligence updates a standing item at partnership meetings",
          { question: "pursue.intelligence_sharing", minPoints: 2 },
          iasc(F8, "key activities included intelligence sharing"),
        ),
      ],
      [
        cond(
          "pursue.c.intel_route",
          "Agree a route for NGOs and frontline staff to pass concerns to the police and hear back",
          { question: "pursue.ngo_intel_route", is: "yes" },
          iasc(F13, "Enforcement agencies linking effectively with other partners particularly NGOs"),
        ),
        cond(
          "pursue.c.joint_ops",
          "Plan joint multi-agency operations regularly",
          { question: "pursue.joint_operations", minPoints: 2 },
          iasc(
            "What good work is happening now? (Joint operations)",
            "Joint multi-agency operations were used by an increasing number of areas",
          ),
        ),
      ],
      [
        cond(
          "pursue.c.pursue_group",
          "Bring the law-enforcement partners together in a regular pursue group",
          { question: "pursue.enforcement_group", is: "yes" },
          iasc("What good work is happening now? (Intelligence gathering)", "a ‘pursue’ group within the partnership"),
        ),
        cond(
          "pursue.c.disruption",
          "Use at least two kinds of partner powers to disrupt facilitators",
          { question: "pursue.disruption_powers", minPoints: 2 },
          vd(DISRUPT, "One method of increasing the risk was to disrupt those who helped facilitate it"),
        ),
      ],
      [
        cond(
          "pursue.c.disruption_wide",
          "Use at least four kinds of partner powers to disrupt facilitators",
          { question: "pursue.disruption_powers", minPoints: 4 },
          vd(SPP, "we use legislation not intended for human trafficking but used it creatively"),
        ),
        cond(
          "pursue.c.joint_ops_all",
          "Involve welfare and victim-support partners in joint operations",
          { question: "pursue.joint_operations", minPoints: 3 },
          vd(
            GM,
            "it could invite the British Red Cross to participate in modern slavery operations because of its capability to support victims",
          ),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Protect ─────────────────────────────
const tTrain = topic("protect.training", "Training frontline staff");
const tSafeguard = topic("protect.safeguarding", "Safeguarding");
const tOutreach = topic("protect.outreach", "Groups at risk");

const protect: Dimension = {
  id: "protect",
  name: "Protect",
  summary:
    "Safeguarding people at risk: training frontline staff to recognise and respond, safeguarding procedures, and outreach and welfare visits with groups at particular risk.",
  source: iasc(
    F8,
    "for most partnerships, key activities included intelligence sharing, training frontline staff and community awareness-raising",
  ),
  questions: [
    single(
      "protect.frontline_training",
      tTrain,
      "How much of the frontline workforce across statutory partners has had modern slavery training?",
      [
        ["none", "None that we know of", 0],
        ["few", "A few agencies, as and when", 1],
        ["some", "Most statutory partners have trained some frontline staff", 2],
        ["most", "Most statutory partners train all relevant frontline staff", 3],
        ["all_planned", "All statutory partners, to a shared training plan", 4],
      ],
      {
        errorMessage: "Select how much of the frontline workforce has had training",
        source: iasc(
          "What good work is happening now? (Training)",
          "A number of innovative approaches are being taken to extend the training of statutory partners.",
        ),
      },
    ),
    multi(
      "protect.training_model",
      tTrain,
      "Which of these does the partnership's training use?",
      [
        ["needs_baseline", "A survey of partners' training needs", 1],
        ["train_trainers", "Train-the-trainers, so agencies can train their own staff", 1],
        ["quality_assured", "Quality-assured training materials kept up to date", 1],
        ["first_responder", "Training on the duty to notify and the role of first responders", 1],
        ["peer_to_peer", "Peer-to-peer training rooted in each profession's work", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        errorMessage: "Select what the training uses, or select ‘None of these’",
        source: iasc(
          "What good work is happening now? (Training)",
          "In Humber ‘train the trainers’ sessions have allowed member agencies to send representatives to free training sessions.",
        ),
      },
    ),
    yesno(
      "protect.safeguarding_procedures",
      tSafeguard,
      "Have the Safeguarding Boards in the area adopted procedures for modern slavery?",
      {
        evidencePrompt: "Title and date of the procedures",
        errorMessage: "Select yes if the Safeguarding Boards have adopted modern slavery procedures",
        source: iasc(
          "Case study: awareness-raising in Kent and Essex",
          "All the Safeguarding Boards have implemented new procedures in relation to modern slavery and human trafficking.",
        ),
      },
    ),
    multi(
      "protect.vulnerable_groups",
      tOutreach,
      "Which groups at particular risk does the partnership's outreach or support reach?",
      [
        ["sex_workers", "Sex workers", 1],
        ["children_missing", "Children and young people missing from care or at risk of criminal exploitation", 1],
        ["seafarers", "Seafarers, fishers or other workers out of public sight", 1],
        ["labour_exploitation", "Workers in sectors with a risk of labour exploitation", 1],
        ["hard_to_reach", "Communities that are hard to reach, through community organisations", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        errorMessage: "Select the groups reached, or select ‘None of these’",
        source: iasc(
          "What good work is happening now? (Support for sex workers)",
          "Support for sex workers was another area where different partnerships were developing new approaches.",
        ),
      },
    ),
    single(
      "protect.welfare_visits",
      tOutreach,
      "Do partners such as housing, fire and NGOs make welfare visits that also look for signs of exploitation?",
      [
        ["no", "No", 0],
        ["occasional", "Occasionally", 1],
        ["regular_one", "Regularly, by one partner", 2],
        ["regular_joint", "Regularly and jointly, with concerns passed to the right partner", 4],
      ],
      {
        errorMessage: "Select whether partners make welfare visits",
        source: vd(
          SPP,
          "It also developed “safety and welfare” visits which allowed the police and housing officers to develop relationships with residents over time and collect information.",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "Frontline staff have little training; safeguarding does not yet name modern slavery.",
        iasc(F14, "standardised basic training ‘that includes duty to notify and the role of a first responder’"),
      ],
      ["Some frontline training is taking place.", iasc(F8, "training frontline staff")],
      [
        "Most statutory partners train frontline staff and Safeguarding Boards have modern slavery procedures.",
        iasc(
          "Case study: awareness-raising in Kent and Essex",
          "All the Safeguarding Boards have implemented new procedures",
        ),
      ],
      [
        "Training is planned and quality-assured, and outreach reaches groups at particular risk.",
        iasc(
          "What good work is happening now? (Training)",
          "has introduced a quality assurance framework for training",
        ),
      ],
      [
        "Protection is mainstreamed: partners look for exploitation in their everyday visits and pass concerns on.",
        vd(SPP, "modern slavery became an issue pertinent to how all staff conducted their work"),
      ],
    ],
    [
      [
        cond(
          "protect.c.training",
          "Start training frontline staff to recognise the signs",
          { question: "protect.frontline_training", minPoints: 1 },
          iasc(F8, "training frontline staff"),
        ),
      ],
      [
        cond(
          "protect.c.training_most",
          "Get most statutory partners to train all relevant frontline staff",
          { question: "protect.frontline_training", minPoints: 3 },
          iasc(
            CHALLENGES_ENGAGE,
            "statutory partners have had to move into service provision, staff training and awareness-raising",
          ),
        ),
        cond(
          "protect.c.safeguarding",
          "Ask the Safeguarding Boards to adopt modern slavery procedures",
          { question: "protect.safeguarding_procedures", is: "yes" },
          iasc(
            "Case study: awareness-raising in Kent and Essex",
            "All the Safeguarding Boards have implemented new procedures",
          ),
        ),
      ],
      [
        cond(
          "protect.c.training_model",
          "Plan training: assess needs, quality-assure materials and cover first responders' duties",
          { question: "protect.training_model", minPoints: 2 },
          iasc(
            "What good work is happening now? (Training)",
            "an online survey was carried out across all statutory partners to establish a baseline for training needs",
          ),
        ),
        cond(
          "protect.c.vulnerable_groups",
          "Reach at least two groups at particular risk through outreach or support",
          { question: "protect.vulnerable_groups", minPoints: 2 },
          vd(WELFARE, "Apostles of the Sea can operate as a set of eyes into a world that is behind locked fences"),
        ),
      ],
      [
        cond(
          "protect.c.welfare_visits",
          "Make regular joint welfare visits that pass concerns to the right partner",
          { question: "protect.welfare_visits", minPoints: 4 },
          vd(SPP, "fire officers who visited properties were encouraged to look at risks in a new way"),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Prepare ─────────────────────────────
const tRef = topic("prepare.referrals", "Referral pathways");
const tRecept = topic("prepare.reception", "Reception and safe accommodation");
const tSupport = topic("prepare.support", "Support for survivors");

const prepare: Dimension = {
  id: "prepare",
  name: "Prepare",
  summary:
    "Being ready to respond when victims are found: referral pathways into the National Referral Mechanism (NRM) and outside it, reception and safe accommodation, specialist NGO support and longer-term support for survivors.",
  source: iasc(
    F12,
    "Services for victims and victim support were also cited as a gap, particularly pre and post NRM and also for those individuals who did not wish to enter the NRM.",
  ),
  questions: [
    single(
      "prepare.referral_pathway",
      tRef,
      "Is there an agreed pathway for referring and supporting potential victims?",
      [
        ["none", "No", 0],
        ["informal", "People know who to call, but nothing is written down", 1],
        ["nrm_known", "Written guidance on NRM referrals for first responders", 2],
        ["agreed", "An agreed multi-agency pathway, known to frontline staff", 3],
        [
          "pre_and_post",
          "An agreed pathway covering support before and after the NRM, and for people who choose not to enter it",
          4,
        ],
      ],
      {
        errorMessage: "Select whether there is an agreed referral pathway",
        source: iasc(NOTTS, "developing clearer pathways for support of victims and survivors"),
      },
    ),
    single(
      "prepare.reception",
      tRecept,
      "What happens about immediate accommodation and support when potential victims are found?",
      [
        ["none", "Nothing is arranged in advance", 0],
        ["case_by_case", "Arranged case by case", 1],
        ["agreed", "Agreed arrangements with named providers", 2],
        ["reception_centre", "A reception centre or safe house is available", 3],
        ["shared_pre_nrm", "Reception and pre-NRM safe accommodation shared across local authority borders", 4],
      ],
      {
        errorMessage: "Select what happens about immediate accommodation and support",
        source: iasc(
          "What good work is happening now? (Reception centres and victim support)",
          "In Dorset, facilities for reception centres and emergency provisions for NRM referrals are now being shared.",
        ),
      },
    ),
    yesno(
      "prepare.ngo_support",
      tSupport,
      "Do specialist NGOs support potential victims during operations and visits?",
      {
        hint: "For example a charity that joins visits, or one that is called to support people found during an operation.",
        errorMessage: "Select yes if specialist NGOs support potential victims during operations",
        source: vd(WELFARE, "Rahab was able to provide the support needed by victims during a police operation"),
      },
    ),
    single(
      "prepare.long_term_support",
      tSupport,
      "What support is there for survivors after the NRM?",
      [
        ["none", "None that we know of", 0],
        ["signposting", "Signposting to general services", 1],
        ["some_services", "Some services, such as help into work or housing", 2],
        ["programme", "A support programme for as long as survivors want it", 3],
        ["tracked", "A support programme that tracks survivors' progress", 4],
      ],
      {
        errorMessage: "Select what support there is after the NRM",
        source: iasc(
          "Case study: City Hearts integration support programme",
          "City Hearts is one of very few organisations currently attempting to comprehensively track survivor progress",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "No agreed response when potential victims are found.",
        iasc(F12, "Services for victims and victim support were also cited as a gap"),
      ],
      [
        "First responders have guidance on making NRM referrals.",
        iasc(F14, "a call for greater clarity about responsibilities of first responders under the NRM"),
      ],
      [
        "An agreed referral pathway and agreed arrangements for immediate accommodation and support.",
        iasc(WOLV, "Small sub-groups focused on training, intelligence and the ‘victim pathway’ into support."),
      ],
      [
        "The pathway covers support before and after the NRM, and specialist NGOs support victims during operations.",
        iasc(
          "What good work is happening now? (Reception centres and victim support)",
          "‘Your Space’, a five-day support and accommodation service aimed at men and women who are considering entering the NRM but also open to those who have chosen not to enter",
        ),
      ],
      [
        "Longer-term support for survivors for as long as they need it, with their progress tracked.",
        iasc(
          "Case study: City Hearts integration support programme",
          "The programme is available to survivors for as long as they wish to engage with it",
        ),
      ],
    ],
    [
      [
        cond(
          "prepare.c.referral_known",
          "Give first responders written guidance on NRM referrals",
          { question: "prepare.referral_pathway", minPoints: 2 },
          iasc(F14, "greater clarity about responsibilities of first responders under the NRM"),
        ),
      ],
      [
        cond(
          "prepare.c.referral_agreed",
          "Agree a multi-agency referral pathway and make sure frontline staff know it",
          { question: "prepare.referral_pathway", minPoints: 3 },
          iasc(NOTTS, "developing clearer pathways for support of victims and survivors"),
        ),
        cond(
          "prepare.c.reception",
          "Agree arrangements with named providers for immediate accommodation and support",
          { question: "prepare.reception", minPoints: 2 },
          iasc(
            F12,
            "aspects of victim support, such as training for staff, reception centres and safe houses, could be provided at a regional or national level",
          ),
        ),
      ],
      [
        cond(
          "prepare.c.pre_nrm",
          "Extend the pathway to support before and after the NRM, and for people who choose not to enter it",
          { question: "prepare.referral_pathway", is: "pre_and_post" },
          iasc(F12, "particularly pre and post NRM and also for those individuals who did not wish to enter the NRM"),
        ),
        cond(
          "prepare.c.ngo_support",
          "Involve specialist NGOs in supporting victims during operations",
          { question: "prepare.ngo_support", is: "yes" },
          vd(WELFARE, "Rahab was able to provide the support needed by victims during a police operation"),
        ),
      ],
      [
        cond(
          "prepare.c.long_term",
          "Make longer-term support available to survivors for as long as they want it",
          { question: "prepare.long_term_support", minPoints: 3 },
          iasc(
            "Case study: City Hearts integration support programme",
            "providing services to victims and survivors of modern slavery and human trafficking beyond the limits of the National Referral Mechanism",
          ),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Membership & engagement ─────────────────────────────
const tStat = topic("member.statutory", "Statutory partners");
const tHealth = topic("member.health_la", "Health and local authorities");
const tVcs = topic("member.sectors", "Voluntary, faith and business sectors");
const tComm = topic("member.communities", "Communities and survivors");
const F7 = "What other organisations are involved? (Figure 7)";

const membership: Dimension = {
  id: "member",
  name: "Membership & engagement",
  summary:
    "Who takes part and how actively: statutory partners, health, local authorities, the voluntary and faith sector, business, local communities and survivors.",
  source: iasc(
    `${KF} 7`,
    "Respondents also highlighted the importance of awareness, partner engagement and ownership in promoting improved partnership working.",
  ),
  questions: [
    multi(
      "member.statutory",
      tStat,
      "Which of these statutory partners take an active part?",
      [
        ["police", "Police", 1],
        ["fire", "Fire and rescue", 1],
        ["glaa", "Gangmasters and Labour Abuse Authority (GLAA)", 1],
        ["immigration", "Immigration Enforcement or UK Visas and Immigration", 1],
        ["hmrc_dwp", "HMRC or DWP", 1],
        ["cps_probation", "Crown Prosecution Service or probation", 1],
        ["nca_rocu", "National Crime Agency or the regional organised crime unit", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        hint: "Active means attending most meetings or owning actions. Local authorities and health are asked about next.",
        errorMessage: "Select the statutory partners who take part, or select ‘None of these’",
        source: iasc(
          F7,
          "More than 50 different types of organisation were engaged in modern slavery partnerships from the public, private, community, faith and voluntary sectors",
        ),
      },
    ),
    single(
      "member.health",
      tHealth,
      "How is the NHS involved?",
      [
        ["none", "It is not involved", 0],
        ["occasional", "Someone attends occasionally", 1],
        ["regular", "A safeguarding lead attends regularly", 2],
        ["actions", "Health partners attend regularly and own actions", 3],
        ["leads", "Health partners lead parts of the plan, such as health staff training", 4],
      ],
      {
        errorMessage: "Select how the NHS is involved",
        source: iasc(WOLV, "improving engagement with partners from health and business"),
      },
    ),
    single(
      "member.local_authorities",
      tHealth,
      "How many of the local authorities in the area take an active part?",
      [
        ["none", "None", 0],
        ["some", "Some of them", 1],
        ["top_tier", "All the county, unitary or metropolitan councils", 2],
        ["all", "All councils, including district councils", 3],
        ["all_services", "All councils, with services such as housing, licensing and social care involved", 4],
      ],
      {
        errorMessage: "Select how many local authorities take an active part",
        source: iasc(
          F7,
          "It is notable that the NHS and local authorities were usually represented in partnership membership, despite not generally taking a leadership role.",
        ),
      },
    ),
    single(
      "member.vcs_faith",
      tVcs,
      "How involved are voluntary, community and faith organisations?",
      [
        ["none", "Not involved", 0],
        ["one_or_two", "One or two attend", 1],
        ["several", "Several attend, including specialist support charities", 2],
        ["integral", "They are integral: they own actions and shape decisions", 3],
        ["own_group", "Integral, with their own sub-group or network feeding into the partnership", 4],
      ],
      {
        errorMessage: "Select how involved voluntary, community and faith organisations are",
        source: iasc(F7, "The voluntary and community sector (VCS) have an absolutely critical role to play."),
      },
    ),
    single(
      "member.business",
      tVcs,
      "How involved are businesses?",
      [
        ["none", "Not involved", 0],
        ["occasional", "Invited occasionally", 1],
        ["member", "A business body, such as the Chamber of Commerce, is a member", 2],
        ["active", "Businesses take part in actions, such as accreditation or supply chain work", 4],
      ],
      {
        errorMessage: "Select how involved businesses are",
        source: iasc(NOTTS, "the local Chamber of Commerce"),
      },
    ),
    single(
      "member.communities",
      tComm,
      "How does the partnership engage local communities?",
      [
        ["none", "It does not, yet", 0],
        ["awareness", "Through awareness-raising only", 1],
        ["links", "Through links with community organisations who pass on information", 2],
        ["conduits", "Through people who work with communities in their own languages and build trust", 3],
        ["coproduction", "Communities help design and deliver the partnership's work", 4],
      ],
      {
        errorMessage: "Select how the partnership engages local communities",
        source: iasc(
          F14,
          "very few partnerships mentioned moving beyond awareness-raising with communities to looking at new ways of co-producing a more resilient anti-slavery environment",
        ),
      },
    ),
    single(
      "member.survivor_input",
      tComm,
      "How do survivors of modern slavery shape the partnership's work?",
      [
        ["none", "They do not, yet", 0],
        ["via_ngos", "Indirectly, through what support charities tell us", 1],
        ["consulted", "Survivors are consulted on specific services", 2],
        ["built_in", "Survivor input is built into programmes and policies", 4],
      ],
      {
        errorMessage: "Select how survivors shape the partnership's work",
        source: iasc(
          F12,
          "Very few partnerships talked about constructive engagement with survivors to shape their services",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "A small group of mainly enforcement partners.",
        iasc(F12, "Some agencies are more involved and engaged in MS work compared to others."),
      ],
      [
        "Several statutory partners take an active part.",
        iasc(
          F7,
          "specific functions such as adults and children’s social care, the Police, Fire service, Gangmasters and Labour Abuse Authority (GLAA)",
        ),
      ],
      [
        "Health and the voluntary and community sector are regularly round the table.",
        iasc(F7, "We’ve got a very rich VCS, many of whom sit around the table"),
      ],
      [
        "All local authorities and businesses are engaged alongside statutory and voluntary partners.",
        iasc(
          NOTTS,
          "The partnership now includes representation from the Police, Fire and Rescue, GLAA, County, District and City Councils",
        ),
      ],
      [
        "Communities help shape the work and survivor input is built into programmes and policies.",
        iasc(
          "Recommendations: Engagement",
          "Build survivor input into local programmes and policies wherever possible.",
        ),
      ],
    ],
    [
      [
        cond(
          "member.c.statutory",
          "Bring at least two kinds of statutory partner into active membership",
          { question: "member.statutory", minPoints: 2 },
          iasc(F7, "immigration enforcement, and tax authorities (HMRC)"),
        ),
      ],
      [
        cond(
          "member.c.health",
          "Secure regular NHS attendance, for example a safeguarding lead",
          { question: "member.health", minPoints: 2 },
          iasc(WOLV, "improving engagement with partners from health"),
        ),
        cond(
          "member.c.vcs",
          "Involve several voluntary, community and faith organisations, including specialist support charities",
          { question: "member.vcs_faith", minPoints: 2 },
          iasc(F7, "the VCS are best placed to be able to provide that specialist support"),
        ),
      ],
      [
        cond(
          "member.c.local_authorities",
          "Involve every council in the area, districts included",
          { question: "member.local_authorities", minPoints: 3 },
          iasc(
            F12,
            "in different cases the observation related to local authorities, health, businesses or the voluntary and community sector",
          ),
        ),
        cond(
          "member.c.business",
          "Bring a business body into membership",
          { question: "member.business", minPoints: 2 },
          iasc(WOLV, "improving engagement with partners from health and business"),
        ),
      ],
      [
        cond(
          "member.c.communities",
          "Work with communities through trusted people in their own languages, or co-produce with them",
          { question: "member.communities", minPoints: 3 },
          iasc(
            "Recommendations: Engagement",
            "Encourage a higher level of engagement and co-production with local communities",
          ),
        ),
        cond(
          "member.c.survivor_input",
          "Build survivor input into programmes and policies",
          { question: "member.survivor_input", minPoints: 4 },
          iasc(
            "Recommendations: Engagement",
            "Build survivor input into local programmes and policies wherever possible.",
          ),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Funding & resources ─────────────────────────────
const tBudget = topic("fund.budget", "Budget");
const tCosts = topic("fund.costs", "Sharing costs");

const funding: Dimension = {
  id: "fund",
  name: "Funding & resources",
  summary:
    "How the partnership's work is resourced: in-kind contributions, funded coordination, dedicated or pooled budgets, shared victim-support costs, joint commissioning and how secure the money is.",
  source: iasc(
    `${KF} 5`,
    "There was very little dedicated funding to promote joint planning of local anti-slavery activity.",
  ),
  questions: [
    single(
      "fund.in_kind",
      tBudget,
      "Have core partners agreed what staff time and resources they each contribute?",
      [
        ["no", "No: people contribute what they can", 0],
        ["some", "Some partners have", 1],
        ["most", "Most core partners have", 2],
        ["all_written", "All core partners have, in writing", 4],
      ],
      {
        errorMessage: "Select whether core partners have agreed what they contribute",
        source: iasc(
          F11,
          "For most partnerships the main source of funding for their work was the individual budgets and staff time of participating organisations.",
        ),
      },
    ),
    yesno(
      "fund.coordination_funded",
      tBudget,
      "Is the coordination role funded, wholly or partly, rather than done on top of someone's day job?",
      {
        errorMessage: "Select yes if the coordination role is funded",
        source: iasc(
          "Recommendations: Funding",
          "Provide a basic level of ring-fenced resource for local partnership coordination and / or activities at force level.",
        ),
      },
    ),
    single(
      "fund.dedicated_budget",
      tBudget,
      "Does the partnership have a budget of its own?",
      [
        ["none", "No", 0],
        ["one_off", "A one-off grant", 1],
        ["recurring_one", "A recurring contribution from one partner", 2],
        ["pooled", "A budget pooled from several partners", 3],
        ["pooled_ringfenced", "A ring-fenced budget pooled from several partners, agreed for more than a year", 4],
      ],
      {
        errorMessage: "Select whether the partnership has a budget of its own",
        source: iasc(
          WY,
          "secured a £200,000 grant from the Ministry of Justice to initiate a multi-agency partnership network",
        ),
      },
    ),
    yesno(
      "fund.victim_support_costs",
      tCosts,
      "Have the local authorities agreed how to share the cost of supporting victims before they enter the NRM?",
      {
        hint: "Choose ‘Not applicable’ if only one local authority covers the partnership's area.",
        allowNotApplicable: true,
        errorMessage: "Select yes if the local authorities have agreed how to share the cost",
        source: iasc(
          F13,
          "finding a common approach across all local authorities to share the cost of victim support in initial stages prior to the NRM is an issue",
        ),
      },
    ),
    single(
      "fund.joint_commissioning",
      tCosts,
      "Do partners jointly commission services, such as training or victim support?",
      [
        ["no", "No", 0],
        ["discussed", "It has been discussed", 1],
        ["once", "Once", 2],
        ["regular", "Regularly", 4],
      ],
      {
        errorMessage: "Select whether partners jointly commission services",
        source: iasc(
          F8,
          "fewer partnerships were working together to joint-commission appropriate services for their area",
        ),
      },
    ),
    single(
      "fund.security",
      tCosts,
      "How secure is the partnership's resourcing for the next 12 months?",
      [
        ["at_risk", "At risk: key contributions may stop", 0],
        ["uncertain", "Uncertain", 1],
        ["likely", "Likely to continue, but not agreed", 2],
        ["agreed", "Agreed for the next 12 months", 3],
        ["multi_year", "Agreed for more than one year", 4],
      ],
      {
        errorMessage: "Select how secure the partnership's resourcing is",
        source: iasc(
          F11,
          "which meant that some work was vulnerable to local funding cuts, and co-ordination of activity was limited",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "Work depends on the goodwill of individuals, with no agreed contributions.",
        iasc(WOLV, "Activity at this time was initiated mainly through strong personal relationships and good will"),
      ],
      [
        "Core partners have agreed their in-kind contributions of staff time and resources.",
        iasc(WALES, "most of the staff and resource commitment comes in-kind from partner organisations"),
      ],
      [
        "Coordination is funded rather than done on top of a day job.",
        vd(GM, "Additional funding enabled the MSCU to appoint a coordinator to facilitate an NGO network"),
      ],
      [
        "A budget pooled from several partners, and an agreed way of sharing victim-support costs.",
        iasc(F13, "You can’t say you are here for modern slavery victims if you won’t put finance in place"),
      ],
      [
        "Secure, multi-year resourcing and regular joint commissioning of services.",
        iasc(
          NOTTS,
          "commissioning training for frontline staff (provided by Hope for Justice and funded by the local Police and Crime Commissioner)",
        ),
      ],
    ],
    [
      [
        cond(
          "fund.c.in_kind",
          "Agree what staff time and resources most core partners contribute",
          { question: "fund.in_kind", minPoints: 2 },
          iasc(F11, "the individual budgets and staff time of participating organisations"),
        ),
      ],
      [
        cond(
          "fund.c.coordination_funded",
          "Fund the coordination role, wholly or partly",
          { question: "fund.coordination_funded", is: "yes" },
          iasc(
            "Recommendations: Funding",
            "Provide a basic level of ring-fenced resource for local partnership coordination",
          ),
        ),
      ],
      [
        cond(
          "fund.c.dedicated_budget",
          "Pool a budget from several partners",
          { question: "fund.dedicated_budget", minPoints: 3 },
          iasc(F8, "a reflection of a lack of formalisation in structures and absence of pooled"),
        ),
        cond(
          "fund.c.victim_costs",
          "Agree how local authorities share the cost of pre-NRM victim support",
          { question: "fund.victim_support_costs", is: "yes" },
          iasc(F13, "share the cost of victim support in initial stages prior to the NRM"),
        ),
      ],
      [
        cond(
          "fund.c.joint_commissioning",
          "Commission services jointly on a regular basis",
          { question: "fund.joint_commissioning", minPoints: 4 },
          iasc(`${KF} 3`, "The majority of partnerships were not yet undertaking joint commissioning"),
        ),
        cond(
          "fund.c.secure",
          "Agree resourcing for at least the next 12 months",
          { question: "fund.security", minPoints: 3 },
          iasc(F11, "some work was vulnerable to local funding cuts"),
        ),
      ],
    ],
  ),
};

// ───────────────────────────── Outcome measures & learning ─────────────────────────────
const tMeasure = topic("learn.measures", "Measuring progress");
const tReview = topic("learn.review", "Reviewing and learning");

const learning: Dimension = {
  id: "learn",
  name: "Outcome measures & learning",
  summary:
    "How the partnership knows it is making a difference: from tracking actions (process) to outputs and outcomes, an annual review, the data it looks at, peer review and sharing practice with others.",
  source: iasc(
    `${KF} 4`,
    "Measures for monitoring and evaluation were in general very processfocused with little reference to measurement of outputs or outcomes from partnership work.",
  ),
  questions: [
    single(
      "learn.measures",
      tMeasure,
      "How does the partnership measure whether it is meeting its objectives?",
      [
        ["none", "It does not, yet", 0],
        ["process", "Process: minutes record actions and partners report back on them", 1],
        ["outputs", "Outputs: what the partnership produced, such as people trained or operations run", 2],
        [
          "outcomes",
          "Outcomes: the difference made, such as victims identified and supported or offenders disrupted",
          3,
        ],
        [
          "outcomes_wellbeing",
          "Outcomes that include survivors' safety and well-being, not only criminal justice results",
          4,
        ],
      ],
      {
        hint: "Choose the furthest step you regularly measure.",
        errorMessage: "Select how the partnership measures whether it is meeting its objectives",
        source: iasc(
          F10,
          "Only tiny numbers were exploring the use of output or outcome measures, looking at the immediate products of their work or the longer term impacts.",
        ),
      },
    ),
    single(
      "learn.data",
      tMeasure,
      "What data do partners look at together?",
      [
        ["none", "None", 0],
        ["police_only", "Police data only", 1],
        ["multi_agency", "Data from several partners, such as NRM referrals and helpline calls", 2],
        ["regular_dashboard", "A regular joint picture from several partners", 3],
        ["with_outcomes", "A regular joint picture that includes survivor outcomes", 4],
      ],
      {
        errorMessage: "Select what data partners look at together",
        source: iasc(F8, "monitoring of National Referral Mechanism (NRM)"),
      },
    ),
    yesno(
      "learn.annual_review",
      tReview,
      "Has the partnership reviewed its progress in the last 12 months and reported the review to its board?",
      {
        evidencePrompt: "Title and date of the review",
        errorMessage: "Select yes if the partnership has reviewed its progress in the last 12 months",
        source: iasc(
          "Recommendations: Accountability",
          "Monitor progress of partnerships on at least an annual basis and share emerging best practices.",
        ),
      },
    ),
    yesno(
      "learn.peer_review",
      tReview,
      "Has the partnership's approach been peer reviewed by an external organisation in the last three years?",
      {
        evidencePrompt: "Who carried out the review, and when",
        errorMessage: "Select yes if the partnership has been peer reviewed",
        source: iasc(
          "What good work is happening now? (Learning)",
          "This will provide an external ‘health assessment’ of the force’s approach to modern slavery and human trafficking.",
        ),
      },
    ),
    single(
      "learn.sharing_practice",
      tReview,
      "How does the partnership share what it learns?",
      [
        ["none", "It does not, yet", 0],
        ["internal", "Within the partnership", 1],
        ["regional", "With other partnerships in the region", 2],
        ["toolkits", "Through shared toolkits or regular reporting between partnerships", 3],
        ["national", "Regionally and nationally, with practice taken up elsewhere", 4],
      ],
      {
        errorMessage: "Select how the partnership shares what it learns",
        source: iasc(
          "What good work is happening now? (Learning)",
          "In the South West, learning has been collated in shared toolkits, and there is regular reporting and sharing of good practice between force level anti-slavery partnerships.",
        ),
      },
    ),
  ],
  stages: stages(
    [
      ["No progress monitoring.", iasc(F10, "The next most common answer was that there was no progress")],
      [
        "Process monitoring: actions are minuted and partners are held to account at meetings.",
        iasc(
          F10,
          "for most partnerships the principal form of measurement was through recording minutes and actions for individual partners",
        ),
      ],
      [
        "Outputs are measured and progress is reviewed every year.",
        iasc("Recommendations: Accountability", "Monitor progress of partnerships on at least an annual basis"),
      ],
      [
        "Outcomes are measured and learning is shared with other partnerships.",
        iasc(
          "What good work is happening now? (Learning)",
          "regular reporting and sharing of good practice between force level anti-slavery partnerships",
        ),
      ],
      [
        "Outcomes include survivors' well-being, the partnership is externally peer reviewed, and others learn from it.",
        vd("Conclusion", "co-located partners attributed importance to human rights and well-being outcomes"),
      ],
    ],
    [
      [
        cond(
          "learn.c.process",
          "Minute actions and have partners report back on them at each meeting",
          { question: "learn.measures", minPoints: 1 },
          iasc(F10, "recording minutes and actions for individual partners"),
        ),
      ],
      [
        cond(
          "learn.c.outputs",
          "Measure outputs, such as people trained or operations run",
          { question: "learn.measures", minPoints: 2 },
          iasc(F10, "looking at the immediate products of their work"),
        ),
        cond(
          "learn.c.annual_review",
          "Review progress every year and report it to the board",
          { question: "learn.annual_review", is: "yes" },
          iasc("Recommendations: Accountability", "Monitor progress of partnerships on at least an annual basis"),
        ),
      ],
      [
        cond(
          "learn.c.outcomes",
          "Measure outcomes: the difference the partnership makes",
          { question: "learn.measures", minPoints: 3 },
          iasc(F10, "the longer term impacts"),
        ),
        cond(
          "learn.c.sharing",
          "Share learning with other partnerships through toolkits or regular reporting",
          { question: "learn.sharing_practice", minPoints: 3 },
          iasc("What good work is happening now? (Learning)", "learning has been collated in shared toolkits"),
        ),
      ],
      [
        cond(
          "learn.c.survivor_outcomes",
          "Include survivors' safety and well-being in the outcomes measured",
          { question: "learn.measures", is: "outcomes_wellbeing" },
          vd(
            WELFARE,
            "Victim identification and the protection and support of vulnerable women are viewed as key measures of success.",
          ),
        ),
        cond(
          "learn.c.peer_review",
          "Invite an external peer review",
          { question: "learn.peer_review", is: "yes" },
          iasc(
            "What good work is happening now? (Learning)",
            "the force has requested that Hope for Justice conduct a ‘peer review’",
          ),
        ),
      ],
    ],
  ),
};

export const DIMENSIONS_2026_1: Dimension[] = [
  leadership,
  governance,
  strategy,
  prevent,
  pursue,
  protect,
  prepare,
  membership,
  funding,
  learning,
];

export { F5, F7, F8, F9, F10, F11, F12, F13, F14, GP };
