// The partnership profile of 2026.1 (profile.ts): what it does, its funding, governance, gaps and needs.
import { iasc, multi, text } from "./build";
import type { ProfileQuestion } from "./types";
// The one list of the 45 police force areas (the database is seeded from it too).
import { tActs, tFunds, tGov, tGaps, tEff, rl } from "./profile-options";

export const PROFILE_2026_1_WORK: ProfileQuestion[] = [
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
