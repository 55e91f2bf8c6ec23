// The partnership profile: unscored questions that describe the partnership and feed the national
// figures. Category labels follow the report's Figures 5–13 exactly (`reportLabel`); `label` is the
// same category written out for people answering. Figures that print combined categories (for
// example "POLICE / OPCC" in Figure 11) are answered by selecting each part; `figureCategory`
// rebuilds the report's combined label for the national view.
//
// Figure 14 ("What would make partnerships more effective?") lost its category labels in the text
// extraction; its options are the themes the accompanying text names, in the order it names them,
// without a `reportLabel`.
import { iasc, multi, num, single, text, topic } from "./build";
import type { AnswerMap, AnswerValue, ProfileQuestion } from "./types";
// The one list of the 45 police force areas (the database is seeded from it too).
import { FORCE_AREAS } from "@/lib/domain/force-areas";

const tAbout = topic("profile.about", "About the partnership");
const tLeads = topic("profile.leads", "Who chairs and coordinates");
const tMembers = topic("profile.members", "Members");
const tActs = topic("profile.activities", "What the partnership does");
const tFunds = topic("profile.funding", "Funding");
const tGov = topic("profile.governance", "Governance documents and measures");
const tGaps = topic("profile.gaps", "Gaps and challenges");
const tEff = topic("profile.effectiveness", "What would help");

const LEADS = "Who leads and coordinates anti-slavery partnership work?";

/** Organisation types of Figures 5 and 6 (chairs and coordinators). */
const ORG_TYPES: [id: string, label: string, reportLabel: string][] = [
  ["police", "Police", "POLICE"],
  [
    "la_top_tier",
    "Local authority (top tier: county, unitary, London borough or metropolitan borough council)",
    "LA (TOP TIER)",
  ],
  ["ngo", "Non-governmental organisation (charity)", "NGO"],
  ["independent", "Independent", "INDEPENDENT"],
  ["rotates", "Rotates between partners", "ROTATES"],
  ["government", "Government", "GOVERNMENT"],
  ["cps", "Crown Prosecution Service", "CPS"],
  ["to_be_decided", "To be decided", "TO BE DECIDED"],
  ["opcc", "Office of the Police and Crime Commissioner", "OPCC"],
  ["police_ngo", "Police and an NGO together", "POLICE / NGO"],
  ["regional_lga", "Regional Local Government Association", "REGIONAL LGA"],
  ["la_district", "Local authority (district)", "LA (DISTRICT)"],
  ["health", "Health", "HEALTH"],
];
/** Figure 6 lists the same types except "POLICE / NGO", in its own order. */
const COORD_ORDER = [
  "police",
  "ngo",
  "la_top_tier",
  "government",
  "cps",
  "independent",
  "regional_lga",
  "opcc",
  "to_be_decided",
  "rotates",
  "la_district",
  "health",
];

/** Figure 7 is a word cloud; these are its words as printed, in the order the extracted text gives them. */
const FIGURE7_WORDS: [id: string, reportLabel: string, label?: string][] = [
  ["immigration", "Immigration"],
  ["nhs", "NHS"],
  ["recruitment", "Recruitment"],
  ["adults_social_services", "Adults Social Services"],
  ["safeguarding", "Safeguarding"],
  ["equality", "Equality"],
  ["lep", "LEP", "Local Enterprise Partnership (LEP)"],
  ["dhp", "DHP"],
  ["food", "FOOD", "Food"],
  ["csp", "CSP", "Community Safety Partnership (CSP)"],
  ["gain", "GAIN"],
  ["serco", "SERCO", "Serco"],
  ["lga", "LGA", "Local Government Association (LGA)"],
  ["ukba", "UKBA", "UK Border Agency (UKBA)"],
  ["police", "Police"],
  ["pvvp", "PVVP", "Preventing Violence against Vulnerable People board (PVVP)"],
  ["opcc", "OPCC", "Office of the Police and Crime Commissioner (OPCC)"],
  ["la", "LA", "Local authority (LA)"],
  ["cab", "CAB", "Citizens Advice (CAB)"],
  ["noms", "NOMS", "National Offender Management Service (NOMS)"],
  ["cps", "CPS", "Crown Prosecution Service (CPS)"],
  ["airport", "Airport"],
  ["fsni", "FSNI"],
  ["ho", "HO", "Home Office (HO)"],
  ["hse", "HSE", "Health and Safety Executive (HSE)"],
  ["crimestoppers", "Crimestoppers"],
  ["glaa", "GLAA", "Gangmasters and Labour Abuse Authority (GLAA)"],
  ["childrens_social_services", "Childrens Social Services", "Children's Social Services"],
  ["dwp", "DWP", "Department for Work and Pensions (DWP)"],
  ["councillors", "Councillors"],
  ["nca", "NCA", "National Crime Agency (NCA)"],
  ["hmps", "HMPS", "HM Prison Service (HMPS)"],
  ["yarlswood", "Yarlswood", "Yarl's Wood"],
  ["private", "Private"],
  ["health", "Health"],
  ["ngo", "NGO", "Non-governmental organisation (NGO)"],
  ["fbo", "FBO", "Faith-based organisation (FBO)"],
  ["home_office", "Home Office"],
  ["central_government", "Central Government"],
  ["ukvi", "UKVI", "UK Visas and Immigration (UKVI)"],
  ["bawso", "BAWSO", "BAWSO"],
  ["university", "University"],
  ["hmrc", "HMRC"],
  ["probation", "Probation"],
  ["law", "Law"],
  ["social_care", "Social Care"],
  ["csps", "CSPs", "Community Safety Partnerships (CSPs)"],
  ["construction", "Construction"],
  ["courts", "Courts"],
  ["iasc", "IASC", "Independent Anti-Slavery Commissioner (IASC)"],
  ["emlga", "EMLGA", "East Midlands Local Government Association (EMLGA)"],
  ["rocu", "ROCU", "Regional Organised Crime Unit (ROCU)"],
  ["fire", "Fire"],
  ["rehab", "REHAB"],
  ["housing", "Housing"],
];

const rl = (reportLabel: string) => ({ reportLabel });

export const PROFILE_2026_1: ProfileQuestion[] = [
  single(
    "profile.level",
    tAbout,
    "At what level does the partnership work?",
    [
      ["local", "Local: part of a police force area, often a local authority area", 0, rl("Local")],
      ["sub_regional", "County or sub-regional: one or two police force areas", 0, rl("County/Sub-regional")],
      ["regional", "Regional: several police force areas", 0, rl("Regional")],
      ["national", "National, for example in a devolved administration", 0, rl("National")],
      ["other", "Another arrangement, such as bilateral arrangements", 0, rl("Other arrangements (bi-laterals etc.)")],
    ],
    {
      errorMessage: "Select the level the partnership works at",
      source: iasc(
        "Mapping anti-slavery partnerships in the UK in 2017",
        "We found examples of partnerships organised on national, regional, sub-regional and local boundaries.",
      ),
    },
    false,
  ),
  single(
    "profile.nation",
    tAbout,
    "Which nation is the partnership in?",
    [
      ["england", "England", 0],
      ["wales", "Wales", 0],
      ["scotland", "Scotland", 0],
      ["northern_ireland", "Northern Ireland", 0],
    ],
    {
      errorMessage: "Select the nation the partnership is in",
      source: iasc("Appendix 1: anti-slavery partnership arrangements in the UK"),
    },
    false,
  ),
  multi(
    "profile.force_areas",
    tAbout,
    "Which police force areas does the partnership cover?",
    FORCE_AREAS.map(({ id, name }) => [id, name, 0] as [string, string, number]),
    0,
    {
      hint: "Select every force area the partnership covers, even in part.",
      errorMessage: "Select at least one police force area",
      source: iasc(
        "Mapping anti-slavery partnerships in the UK in 2017 (Figures 1–4)",
        "All multi-agency anti-slavery partnerships in the UK spring 2017, by Police Force area.",
      ),
    },
    false,
  ),
  num(
    "profile.established_year",
    tAbout,
    "In what year was the partnership set up?",
    { min: 1990, max: 2100, integer: true, bands: [] },
    {
      errorMessage: "Enter the year the partnership was set up, for example 2016",
      allowDontKnow: true,
      source: iasc(
        "What form and structure do multi-agency partnerships take?",
        "There was some evidence for partnerships changing form and structure over time as they gained maturity.",
      ),
    },
    false,
  ),
  single(
    "profile.chair_org",
    tLeads,
    "What type of organisation chairs the partnership?",
    ORG_TYPES.map(([id, label, r]) => [id, label, 0, rl(r)] as [string, string, number, { reportLabel: string }]),
    {
      errorMessage: "Select the type of organisation that chairs the partnership",
      source: iasc(`${LEADS} (Figure 5)`, "Which organisations chair multi-agency partnerships?"),
    },
    false,
  ),
  single(
    "profile.coordinator_org",
    tLeads,
    "What type of organisation coordinates the partnership?",
    COORD_ORDER.map((id) => {
      const [, label, r] = ORG_TYPES.find(([x]) => x === id)!;
      return [id, label, 0, rl(r)] as [string, string, number, { reportLabel: string }];
    }),
    {
      hint: "Coordination means convening the partnership's meetings and organising actions.",
      errorMessage: "Select the type of organisation that coordinates the partnership",
      source: iasc(`${LEADS} (Figure 6)`, "Which organisations coordinate multi-agency partnerships?"),
    },
    false,
  ),
  multi(
    "profile.member_types",
    tMembers,
    "Which types of organisation are members of the partnership?",
    FIGURE7_WORDS.map(
      ([id, r, label]) => [id, label ?? r, 0, rl(r)] as [string, string, number, { reportLabel: string }],
    ),
    0,
    {
      hint: "These are the organisation types the 2017 report found in partnerships. Select all that apply.",
      errorMessage: "Select at least one type of member organisation",
      source: iasc("What other organisations are involved? (Figure 7)", "Members of modern slavery partnerships"),
    },
    false,
  ),
  num(
    "profile.member_count",
    tMembers,
    "How many organisations are members of the partnership?",
    { min: 0, max: 1000, integer: true, bands: [] },
    {
      errorMessage: "Enter the number of member organisations, for example 35",
      allowDontKnow: true,
      source: iasc(
        "Case study: West Yorkshire",
        "engages more than 35 representatives of statutory, non-statutory and third sector organisations",
      ),
    },
    false,
  ),
  multi(
    "profile.activities",
    tActs,
    "Which of these activities does the partnership undertake?",
    [
      ["intelligence", "Intelligence sharing", 0, rl("INTELLIGENCE")],
      ["training", "Training frontline staff", 0, rl("TRAINING")],
      ["awareness", "Community awareness raising", 0, rl("AWARENESS")],
      ["monitoring", "Monitoring and analysis of progress", 0, rl("MONITORING")],
      ["enforcement", "Planning for joint enforcement", 0, rl("ENFORCEMENT")],
      ["survivor", "Survivor support", 0, rl("SURVIVOR")],
      ["referrals", "Co-ordinating referrals", 0, rl("REFERRALS")],
      ["commissioning", "Joint commissioning", 0, rl("COMMISSIONING")],
      ["supply_chains", "Supply chains analysis", 0, rl("SUPPLY CHAINS")],
      ["other", "Other", 0, rl("OTHER")],
    ],
    0,
    {
      errorMessage: "Select at least one activity",
      source: iasc(
        "What do partnerships do? (Figure 8)",
        "a list that included intelligence sharing, training frontline staff, community awareness raising, monitoring and analysis of progress, planning for joint enforcement, survivor support, co-ordinating referrals, joint commissioning, and supply chains analysis",
      ),
    },
    false,
  ),
  text("profile.activities_other", tActs, "What other activities does the partnership undertake?", 2000, {
    hint: "For example sex-worker support groups, or monitoring NRM referrals.",
    errorMessage: "Enter the other activities",
    source: iasc(
      "What do partnerships do? (Figure 8)",
      "Examples of other activities being undertaken by modern slavery partnerships included sex-worker support groups",
    ),
  }),
  multi(
    "profile.funding_sources",
    tFunds,
    "Where does the partnership's funding come from?",
    [
      ["mainstream", "Mainstream: partners' own budgets and staff time", 0, rl("MAINSTREAM")],
      ["government", "Central government", 0, rl("GOVERNMENT")],
      ["opcc", "Office of the Police and Crime Commissioner", 0, rl("OPCC")],
      ["police", "Police", 0, rl("POLICE")],
      ["ngo", "NGO", 0, rl("NGO")],
      ["la", "Local authority", 0, rl("LA")],
      ["hse", "Health and Safety Executive", 0, rl("HSE")],
      ["faith_based", "Faith-based organisation", 0, rl("FAITH BASED")],
      ["no_funds", "No funds", 0, { reportLabel: "NO FUNDS", exclusive: true }],
      ["unknown", "Unknown", 0, { reportLabel: "UNKNOWN", exclusive: true }],
    ],
    0,
    {
      hint: "Select every source. The report's combined categories, such as ‘POLICE / OPCC’, are shown by selecting both.",
      errorMessage: "Select where the funding comes from, or select ‘No funds’",
      source: iasc(
        "How is work funded? (Figure 11)",
        "This is referred to as ‘mainstream’ funding on the chart below.",
      ),
    },
    false,
  ),
  multi(
    "profile.governance_documents",
    tGov,
    "Which governance documents does the partnership have?",
    [
      ["terms_of_reference", "Terms of reference", 0, rl("Governance")],
      ["membership_list", "Membership list", 0, rl("Governance")],
      ["action_plan", "Action plan", 0, rl("Action")],
      ["monitoring_reports", "Monitoring reports", 0, rl("Governance")],
      ["none", "None of these", 0, { exclusive: true }],
    ],
    0,
    {
      hint: "Filled in from your answers under Structure & governance where you have given them.",
      errorMessage: "Select the governance documents the partnership has, or select ‘None of these’",
      source: iasc(
        "How do partnerships measure progress? (Figure 9)",
        "just under two thirds of partnerships had some type of governance documentation in place",
      ),
    },
    false,
  ),
  multi(
    "profile.progress_measures",
    tGov,
    "How does the partnership measure whether it is meeting its objectives?",
    [
      [
        "progress_monitoring",
        "Progress monitoring and accountability (minutes, actions, reporting)",
        0,
        rl("PROGRESS MONITORING AND ACCOUNTABILITY"),
      ],
      ["outputs", "Outputs", 0, rl("OUTPUTS")],
      ["outcomes", "Outcomes", 0, rl("OUTCOMES")],
      ["commissioning_agreement", "Commissioning agreement", 0, rl("COMMISSIONING AGREEMENT")],
      ["peer_review", "Peer review", 0, rl("PEER REVIEW")],
      ["none", "None", 0, { reportLabel: "NONE", exclusive: true }],
    ],
    0,
    {
      hint: "Select every way you use. The report's combined categories, such as ‘OUTPUTS / OUTCOMES’, are shown by selecting both.",
      errorMessage: "Select how progress is measured, or select ‘None’",
      source: iasc(
        "How do partnerships measure progress? (Figure 10)",
        "how do you measure whether the partnership is meeting its objectives?",
      ),
    },
    false,
  ),
  multi(
    "profile.gaps",
    tGaps,
    "What gaps are there in partnership work in your area?",
    [
      ["strategic_coordination", "Strategic coordination", 0, rl("STRATEGIC COORDINATION")],
      ["engagement", "Engagement of partners or the public", 0, rl("ENGAGEMENT")],
      ["victims", "Services for victims", 0, rl("VICTIMS")],
      ["awareness", "Awareness", 0, rl("AWARENESS")],
      ["data", "Data", 0, rl("DATA")],
      ["info_sharing", "Information sharing", 0, rl("INFO−SHARING")],
      ["training", "Training", 0, rl("TRAINING")],
      ["resources", "Resources", 0, rl("RESOURCES")],
      ["funding", "Funding", 0, rl("FUNDING")],
      ["no_gaps", "No gaps", 0, { reportLabel: "NO GAPS", exclusive: true }],
    ],
    0,
    {
      errorMessage: "Select the gaps, or select ‘No gaps’",
      source: iasc(
        "Gaps, challenges and increasing partnership effectiveness (Figure 12)",
        "What gaps are there in partnership work?",
      ),
    },
    false,
  ),
  multi(
    "profile.challenges",
    tGaps,
    "What are the main challenges for the partnership?",
    [
      ["coordination", "Coordination", 0, rl("COORDINATION")],
      ["funding", "Funding", 0, rl("FUNDING")],
      ["ownership", "Ownership", 0, rl("OWNERSHIP")],
      ["awareness", "Awareness", 0, rl("AWARENESS")],
      ["conflicts", "Conflicts between partners' objectives", 0, rl("CONFLICTS")],
      ["intelligence", "Intelligence", 0, rl("INTELLIGENCE")],
      ["engagement", "Engagement", 0, rl("ENGAGEMENT")],
      ["data", "Data", 0, rl("DATA")],
      ["victims", "Victims", 0, rl("VICTIMS")],
      ["training", "Training", 0, rl("TRAINING")],
    ],
    0,
    {
      errorMessage: "Select the main challenges",
      source: iasc(
        "What do practitioners see as the key challenges? (Figure 13)",
        "The most frequently cited challenge for practitioners was also co-ordination",
      ),
    },
    false,
  ),
  multi(
    "profile.effectiveness",
    tEff,
    "What would make the partnership more effective?",
    [
      ["coordination_resource", "Dedicated resource for coordination", 0],
      ["guidance", "Guidance on partnership work and a clear mandate", 0],
      ["clear_leadership_reporting", "Clear leadership and lines of reporting from local to regional to national", 0],
      ["statutory_engagement", "Engagement by local authorities and the NHS (statutory guidance or duty)", 0],
      ["nrm_clarity", "Clarity about first responders' responsibilities under the NRM", 0],
      ["funding", "Funding for coordination and partners' roles", 0],
      ["training", "Training", 0],
      ["trust_info_sharing", "Greater trust and information sharing between agencies", 0],
      ["aligned_priorities", "Agencies' priorities and calendars aligned", 0],
    ],
    0,
    {
      hint: "Figure 14's labels did not survive in the report's text; these are the themes its text describes, in the order it gives them.",
      errorMessage: "Select what would make the partnership more effective",
      source: iasc(
        "How might partnerships be more effective in future? (Figure 14)",
        "Top of the list was dedicated resource for the coordination of partnership work",
      ),
    },
    false,
  ),
];

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
