// The partnership profile's shared parts (profile.ts): its topics and the categories of the
// report's Figures 5–14 that several questions offer.
import { topic } from "./build";

export const tAbout = topic("profile.about", "About the partnership");
export const tLeads = topic("profile.leads", "Who chairs and coordinates");
export const tMembers = topic("profile.members", "Members");
export const tActs = topic("profile.activities", "What the partnership does");
export const tFunds = topic("profile.funding", "Funding");
export const tGov = topic("profile.governance", "Governance documents and measures");
export const tGaps = topic("profile.gaps", "Gaps and challenges");
export const tEff = topic("profile.effectiveness", "What would help");

export const LEADS = "Who leads and coordinates anti-slavery partnership work?";

/** Organisation types of Figures 5 and 6 (chairs and coordinators). */
export const ORG_TYPES: [id: string, label: string, reportLabel: string][] = [
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
export const COORD_ORDER = [
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
export const FIGURE7_WORDS: [id: string, reportLabel: string, label?: string][] = [
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

export const rl = (reportLabel: string) => ({ reportLabel });
