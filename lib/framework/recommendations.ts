// Recommendations: the report's twelve recommendations (verbatim), a catalogue of toolkit
// recommendations that map each gap (an unmet stage condition) to them and to practice examples
// from the seed documents, and `recommend`, which picks and orders the ones that fit a partnership.
import { iasc, vd } from "./build";
import { evaluate, evaluate3, questionIndex, scoringModel, scoreAssessment, type AssessmentScore } from "./scoring";
import type {
  AnswerMap,
  Framework,
  PracticeExample,
  Predicate,
  Recommendation,
  ReportRecommendation,
  ReportRecommendationId,
} from "./types";

const RECS = "Strengthening multi-agency anti-slavery partnership work: recommendations";

/**
 * Who each of the report's twelve recommendations asks. Nine ask national government and national
 * bodies for something (a protocol, a review, legislation, a duty, measures, monitoring, funding):
 * they are labelled as national asks, with what a partnership can do locally to support or use
 * them. Three ask partnerships themselves (L3, E4, E5).
 */
const AUDIENCE: Record<ReportRecommendationId, Pick<ReportRecommendation, "audience" | "localAction">> = {
  L1: {
    audience: "national",
    localAction:
      "Take part in regional and national coordination: attend the regional network, report into it and pass national updates on to partners.",
  },
  L2: {
    audience: "national",
    localAction:
      "Agree with regional and national partners which functions your area does itself and which are done for it at another level, and say so in your terms of reference.",
  },
  L3: { audience: "local" },
  E1: {
    audience: "national",
    localAction:
      "Make sure partners know the statutory duties and powers they already have, for example through training and safeguarding procedures.",
  },
  E2: {
    audience: "national",
    localAction:
      "Agree locally which organisation is accountable for making sure the partnership's work is in place, and who it reports to.",
  },
  E3: {
    audience: "national",
    localAction:
      "Invite local authorities, health commissioners and NHS trusts into active membership and give them actions of their own.",
  },
  E4: { audience: "local" },
  E5: { audience: "local" },
  A1: {
    audience: "national",
    localAction:
      "Measure your own outputs and outcomes, and share your measures with practitioners working on national ones.",
  },
  A2: {
    audience: "national",
    localAction: "Review your own progress every year and share what works with other partnerships.",
  },
  F1: {
    audience: "national",
    localAction:
      "Use any ring-fenced resource well when it comes; meanwhile agree locally how coordination is resourced, for example through the Police and Crime Commissioner or contributions from several partners.",
  },
  F2: {
    audience: "national",
    localAction:
      "Help public sector partners use what is already available to meet their responsibilities, for example by commissioning training or victim support jointly.",
  },
};

export const REPORT_RECOMMENDATIONS: ReportRecommendation[] = [
  {
    id: "L1",
    theme: "Leadership",
    text: "Establish a national / local coordination protocol and communications to improve coordination and joint work between national initiatives and regional/local anti-slavery leadership and action.",
  },
  {
    id: "L2",
    theme: "Leadership",
    text: "Review what actions and functions of an effective anti-slavery response are most effectively led nationally, regionally and locally.",
  },
  {
    id: "L3",
    theme: "Leadership",
    text: "Distribute leadership: engage local politicians, community and business leaders in the anti-slavery agenda.",
  },
  {
    id: "E1",
    theme: "Engagement",
    text: "Review and clarify statutory responsibilities for local authorities and the health service, and, where necessary, consider amending legislation to remove conflicting objectives.",
  },
  {
    id: "E2",
    theme: "Engagement",
    text: "Consider specifying a lead agency at local level with accountability for ensuring local partnership work to support anti-slavery initiative is in place.",
  },
  {
    id: "E3",
    theme: "Engagement",
    text: "Consider establishing a statutory duty to engage in anti-slavery partnerships for CCGs, Acute Trusts and Local Authorities.",
  },
  {
    id: "E4",
    theme: "Engagement",
    text: "Encourage a higher level of engagement and co-production with local communities",
  },
  { id: "E5", theme: "Engagement", text: "Build survivor input into local programmes and policies wherever possible." },
  {
    id: "A1",
    theme: "Accountability",
    text: "Work with practitioners to come up with consistent, meaningful and useful progress measures that could assist in assessing progress and effectiveness.",
  },
  {
    id: "A2",
    theme: "Accountability",
    text: "Monitor progress of partnerships on at least an annual basis and share emerging best practices.",
  },
  {
    id: "F1",
    theme: "Funding",
    text: "Provide a basic level of ring-fenced resource for local partnership coordination and / or activities at force level.",
  },
  {
    id: "F2",
    theme: "Funding",
    text: "Provide resources and assistance for public sector partners to meet their statutory responsibilities.",
  },
].map((r) => ({
  ...r,
  source: iasc(`${RECS}: ${r.theme}`, r.text),
  ...AUDIENCE[r.id as ReportRecommendationId],
})) as ReportRecommendation[];

export const REPORT_RECOMMENDATION_IDS = REPORT_RECOMMENDATIONS.map((r) => r.id);

const GP = "What good work is happening now?";

/** Practice examples from the seeds, referenced by the catalogue. */
export const EXAMPLES = {
  wales_structure: {
    name: "Wales",
    summary:
      "A multi-layered structure led by a dedicated anti-slavery coordinator funded by the Welsh Government, working to a published delivery plan, with sub-groups for threat, casework review, training and sex-worker support.",
    source: iasc("Case study: Wales", "working to a published delivery plan with strategic objectives"),
  },
  wales_casework: {
    name: "Wales casework review group",
    summary:
      "The first anti-slavery casework review group in the UK; its model has been shared with every Crown Prosecution Service area.",
    source: iasc(`${GP} (Learning)`, "Wales started the first anti-slavery casework review group in the UK"),
  },
  wales_training: {
    name: "Wales training quality assurance",
    summary:
      "Training courses approved against a Welsh Government training framework, with materials kept up to date in one secure place and disclosures made in training fed into intelligence.",
    source: iasc(`${GP} (Training)`, "has introduced a quality assurance framework for training"),
  },
  wales_supply_chains: {
    name: "Wales code of practice",
    summary: "The Welsh Government's code of practice for ethical employment in supply chains.",
    source: iasc(
      `${GP} (Supply chains)`,
      "The Welsh Government has published a code of practice for ‘Ethical Employment in Supply Chains’",
    ),
  },
  west_yorkshire: {
    name: "West Yorkshire",
    summary:
      "A network started with a Ministry of Justice grant secured by the Police and Crime Commissioner, organised by the charity Hope for Justice, meeting quarterly, with five local fora planning in line with the four Ps.",
    source: iasc(
      "Case study: West Yorkshire",
      "Now there are five local fora (Leeds, Bradford, Wakefield, Kirklees and Calderdale)",
    ),
  },
  wolverhampton: {
    name: "Wolverhampton",
    summary:
      "A grass-roots partnership that reviewed itself: fresh terms of reference, senior representation, clearer links with the Community Safety Partnership, an action plan and a joint local profile.",
    source: iasc(
      "Case study: Wolverhampton",
      "A recent review of the partnership’s activity has led to some formalisation of WASP’s status",
    ),
  },
  nottinghamshire: {
    name: "Nottingham and Nottinghamshire",
    summary:
      "A sub-group of the Safer Nottinghamshire Board, chaired by a council chief executive, with an ambitious place-based plan to become slavery-free.",
    source: iasc("Case study: Nottingham and Nottinghamshire", "An ambitious place-based action plan has been set"),
  },
  notts_pledge: {
    name: "Nottinghamshire slavery-free community pledge",
    summary:
      "Local leaders sign a pledge to demonstrate leadership, raise awareness, train staff, share intelligence, support survivors and remove slave-based labour from supply chains; councils hold full council debates.",
    source: iasc(
      "Case study: Nottingham and Nottinghamshire (Pledge to become a slavery free community)",
      "Demonstrate strong local leadership for anti-slavery initiatives",
    ),
  },
  hertfordshire: {
    name: "Hertfordshire",
    summary:
      "Started as a small team of police, the PCC's office, a charity and the local authority, then held a conference to find the people who would form the steering group.",
    source: iasc(
      `${GP} (Governance)`,
      "An initial conference was held with delegates invited from a wide range of agencies",
    ),
  },
  kent_essex_structure: {
    name: "Kent and Essex",
    summary: "A strategic leadership group with tactical, regional and charities-and-volunteer-sector sub-groups.",
    source: iasc(
      "Appendix 1: County/Sub-regional",
      "Kent and Essex Strategic Leadership Anti-Slavery Group / Tactical Anti-Slavery Sub group",
    ),
  },
  kent_essex_awareness: {
    name: "Kent and Essex awareness campaigns",
    summary:
      "Campaigns in several languages with the key indicators, and training for frontline people in many sectors; all Safeguarding Boards adopted modern slavery procedures.",
    source: iasc(
      "Case study: awareness-raising in Kent and Essex",
      "carried out in multiple languages including Albanian, Vietnamese, Polish, Romanian and Lithuanian",
    ),
  },
  kent_safe_well: {
    name: "Kent “Safe and Well Checks”",
    summary:
      "Police and HMRC stop minibuses arriving from Europe, tell passengers about their rights and the signs of trafficking, and check employers' tax and wage records.",
    source: vd(
      "A Rights and Regulation Approach",
      "“Safe and Well Checks” have been used to target organised crime and protect the vulnerable.",
    ),
  },
  kent_essex_disruption: {
    name: "Kent and Essex: estate agents and car washes",
    summary:
      "Estate agents are told when their properties are used as brothels; businesses linked to organised crime are passed to HMRC and DWP to disrupt.",
    source: vd(
      "Tackling Modern Slavery by Disrupting Facilitators",
      "Estate agents were informed of the use of the premises",
    ),
  },
  gm_mscu: {
    name: "Greater Manchester co-location",
    summary:
      "The Modern Slavery Coordination Unit co-locates police, Immigration Enforcement, a local authority tactical lead and a safeguarding lead, drawing on HMRC, GLAA and others.",
    source: vd(
      "Co-location: Greater Manchester Modern Slavery Coordination Unit",
      "Programme Challenger and the MSCU entail co-location of partners who bring different perspectives, powers and expertise to the table.",
    ),
  },
  gm_action_weeks: {
    name: "Greater Manchester action weeks",
    summary:
      "Twice-yearly weeks of joint action by police, Immigration Enforcement, Trading Standards, councils, fire, HMRC, GLAA and NGOs.",
    source: vd(
      "Co-location: Greater Manchester Modern Slavery Coordination Unit",
      "Bi-yearly action weeks involve staff from GMP",
    ),
  },
  gm_ngo_liaison: {
    name: "Greater Manchester NGO liaison",
    summary:
      "Contact between NGOs and police victim liaison officers, which the report links to a doubling of referrals from NGOs; a funded coordinator for an NGO network.",
    source: iasc(
      `${GP} (Intelligence gathering)`,
      "leading to a doubling in referrals into the Modern Slavery Unit from NGO’s in 2016 compared to 2015",
    ),
  },
  safer_peterborough: {
    name: "Safer Peterborough Partnership",
    summary:
      "A co-located community safety partnership that made modern slavery everyone's business: licensing, housing and fire officers look for signs, information-sharing agreements speed things up and Community Communicators build trust.",
    source: vd(
      "Co-location: Safer Peterborough Partnership",
      "we know what others are doing, and we have agreed common goals",
    ),
  },
  spp_disruption: {
    name: "Safer Peterborough: using every power",
    summary:
      "Licensing, housing and anti-social behaviour powers used to disrupt exploitation when a modern slavery prosecution is not possible.",
    source: vd(
      "Co-location: Safer Peterborough Partnership",
      "if we can't get them on modern slavery we can disrupt them via licensing or anti-social behaviour",
    ),
  },
  hampshire_pursue: {
    name: "Hampshire and Isle of Wight pursue group",
    summary:
      "A pursue group brings all the law-enforcement partners together every two months, with district single points of contact in neighbourhood policing.",
    source: iasc(
      `${GP} (Intelligence gathering)`,
      "a ‘pursue’ group within the partnership brings all of the law enforcement partners together bi-monthly",
    ),
  },
  hampshire_seafarers: {
    name: "Hampshire: Apostles of the Sea",
    summary:
      "Port chaplains who visit ships joined the partnership, bringing a view of seafarers' working conditions and a welfare-led approach.",
    source: vd(
      "Welfare and Well-Being Approach and the Role of NGOs",
      "Apostles of the Sea can operate as a set of eyes into a world that is behind locked fences",
    ),
  },
  cleveland_peer_review: {
    name: "Cleveland peer review",
    summary: "The force asked Hope for Justice to peer review its approach: an external ‘health assessment’.",
    source: iasc(`${GP} (Learning)`, "the force has requested that Hope for Justice conduct a ‘peer review’"),
  },
  south_west_learning: {
    name: "South West shared learning",
    summary:
      "Learning collated in shared toolkits, with regular reporting and sharing of good practice between force-level partnerships.",
    source: iasc(`${GP} (Learning)`, "learning has been collated in shared toolkits"),
  },
  lincolnshire_business: {
    name: "Lincolnshire business accreditation",
    summary:
      "A business accreditation partnership welcomed by large and small labour suppliers, and a charity educating school children.",
    source: iasc(`${GP} (Awareness raising)`, "Lincolnshire has also established a business accreditation partnership"),
  },
  humber_trainers: {
    name: "Humber train-the-trainers",
    summary:
      "Member agencies send representatives to free sessions and receive the training programme to retrain their own staff.",
    source: iasc(
      `${GP} (Training)`,
      "In Humber ‘train the trainers’ sessions have allowed member agencies to send representatives to free training sessions.",
    ),
  },
  warrington_training: {
    name: "Warrington training baseline",
    summary: "An online survey of all statutory partners established a baseline of training needs.",
    source: iasc(
      `${GP} (Training)`,
      "an online survey was carried out across all statutory partners to establish a baseline for training needs",
    ),
  },
  essex_students: {
    name: "Essex students",
    summary: "Final-year students training to be doctors, nurses and social workers have a session on modern slavery.",
    source: iasc(`${GP} (Training)`, "all final year students on designated courses"),
  },
  sex_worker_support: {
    name: "Warrington, Bristol and Northumbria: sex-worker support",
    summary:
      "Sexual health advisers working with sex workers in Warrington, specialist liaison officers in Bristol's Operation Breakthrough, and Changing Lives co-located in Northumbria's victim hub.",
    source: iasc(
      `${GP} (Support for sex workers)`,
      "Support for sex workers was another area where different partnerships were developing new approaches.",
    ),
  },
  reception_dorset_derby: {
    name: "Dorset and Derbyshire reception",
    summary:
      "Shared reception facilities in Dorset; ‘Your Space’ in Derby and Derbyshire, five days of support and accommodation for people considering the NRM or choosing not to enter it; pre-NRM safe houses in Essex and Greater Manchester.",
    source: iasc(
      `${GP} (Reception centres and victim support)`,
      "In Dorset, facilities for reception centres and emergency provisions for NRM referrals are now being shared.",
    ),
  },
  city_hearts: {
    name: "City Hearts integration support programme",
    summary:
      "Support beyond the NRM for as long as survivors want it, with a tailored plan, monthly pathway review and tracking of survivors' progress.",
    source: iasc(
      "Case study: City Hearts integration support programme",
      "City Hearts is one of very few organisations currently attempting to comprehensively track survivor progress",
    ),
  },
  rahab: {
    name: "Rahab and the Metropolitan Police",
    summary:
      "Joint welfare visits by a charity and specialist officers, with victim identification, protection and support as the measures of success.",
    source: vd(
      "Welfare and Well-Being Approach and the Role of NGOs",
      "Victim identification and the protection and support of vulnerable women are viewed as key measures of success.",
    ),
  },
  staffordshire_ops: {
    name: "Staffordshire joint visits",
    summary:
      "Involving every partner with an interest in visiting premises raises everyone's interest and builds working relationships.",
    source: iasc(
      `${GP} (Joint operations)`,
      "When all partners are involved this clearly raises the interest of everyone concerned",
    ),
  },
  helpline_feedback: {
    name: "Modern Slavery Helpline feedback agreement",
    summary:
      "An agreement with the helpline's parent charity, Unseen, that the helpline feeds back on local referrals and intelligence.",
    source: iasc(`${GP} (Intelligence gathering)`, "the Helpline feeds back on local referrals and intelligence"),
  },
  clewer: {
    name: "The Clewer Initiative",
    summary: "A Church of England project to mobilise faith communities for local anti-slavery action.",
    source: iasc(
      "How might partnerships be more effective in future?",
      "Community-based projects such as The Clewer Initiative",
    ),
  },
  northern_ireland: {
    name: "Northern Ireland engagement group",
    summary:
      "A group that formalises engagement between statutory bodies, NGOs and faith partners, trains frontline staff and produced school resources.",
    source: iasc(
      `${GP} (Awareness raising)`,
      "In Northern Ireland, a group has been established to formalise engagement on modern slavery between statutory",
    ),
  },
  west_yorkshire_banking: {
    name: "West Yorkshire Police and the banking industry",
    summary:
      "The police work with the banking industry, combining its information with local data to help identify organised crime networks.",
    source: iasc(
      `${GP} (Intelligence gathering)`,
      "West Yorkshire Police are also working with the Banking industry to examine information relating to the force area",
    ),
  },
} satisfies Record<string, PracticeExample>;

type ExampleKey = keyof typeof EXAMPLES;
const ex = (...keys: ExampleKey[]): PracticeExample[] => keys.map((k) => EXAMPLES[k]);

const POLICE_LED = {
  anyOf: [
    { question: "lead.chair_type", is: "police" },
    { question: "profile.chair_org", is: "police" },
    { question: "profile.coordinator_org", is: "police" },
  ],
};

export const RECOMMENDATIONS_2026_1: Recommendation[] = [
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
  // Membership & engagement
  {
    id: "member-statutory",
    text: "Bring the statutory partners with relevant powers into active membership, and every council in the area, districts included, with housing, licensing and social care.",
    reportRecommendation: ["E3", "E1"],
    examples: ex("nottinghamshire", "gm_mscu"),
    source: iasc("What other organisations are involved? (Figure 7)", "membership varied widely between partnerships"),
    dimension: "member",
    targetStage: 2,
    addresses: ["member.c.statutory", "member.c.local_authorities"],
  },
  {
    id: "member-health",
    text: "Secure regular NHS participation, starting with a safeguarding lead, and give health partners actions of their own such as health staff training.",
    reportRecommendation: ["E3", "E1"],
    examples: ex("essex_students", "wolverhampton"),
    source: iasc("Case study: Wolverhampton", "improving engagement with partners from health and business"),
    dimension: "member",
    targetStage: 3,
    addresses: ["member.c.health"],
  },
  {
    id: "member-vcs",
    text: "Involve voluntary, community and faith organisations, including specialist support charities, and consider a sub-group or network of their own feeding into the partnership.",
    reportRecommendation: ["E4"],
    examples: ex("west_yorkshire", "kent_essex_structure", "gm_ngo_liaison", "wolverhampton"),
    source: iasc(
      "What other organisations are involved? (Figure 7)",
      "The voluntary and community sector (VCS) have an absolutely critical role to play.",
    ),
    dimension: "member",
    targetStage: 3,
    addresses: ["member.c.vcs"],
  },
  {
    id: "member-business",
    text: "Bring business into the partnership, for example through the Chamber of Commerce or port and labour-supply companies.",
    reportRecommendation: ["L3"],
    examples: ex("nottinghamshire", "lincolnshire_business", "hampshire_seafarers"),
    source: iasc(
      "Recommendations: Leadership",
      "Distribute leadership: engage local politicians, community and business leaders",
    ),
    dimension: "member",
    targetStage: 4,
    addresses: ["member.c.business"],
  },
  {
    id: "member-communities",
    text: "Move beyond awareness-raising with communities: work through trusted people who speak their languages, and co-produce the partnership's work with them.",
    reportRecommendation: ["E4"],
    examples: ex("safer_peterborough", "clewer", "gm_ngo_liaison"),
    source: iasc(
      "How might partnerships be more effective in future?",
      "very few partnerships mentioned moving beyond awareness-raising with communities",
    ),
    dimension: "member",
    targetStage: 5,
    addresses: ["member.c.communities"],
  },
  {
    id: "member-survivors",
    text: "Build survivor input into the partnership's programmes and policies, for example through support charities that work with survivors over time.",
    reportRecommendation: ["E5"],
    examples: ex("city_hearts", "rahab"),
    source: iasc(
      "Gaps, challenges and increasing partnership effectiveness (Figure 12)",
      "Very few partnerships talked about constructive engagement with survivors to shape their services",
    ),
    dimension: "member",
    targetStage: 5,
    addresses: ["member.c.survivor_input"],
  },
  // Funding & resources
  {
    id: "fund-in-kind",
    text: "Agree in writing what staff time and resources each core partner contributes.",
    reportRecommendation: ["F1"],
    examples: ex("wales_structure", "west_yorkshire"),
    source: iasc(
      "How is work funded? (Figure 11)",
      "For most partnerships the main source of funding for their work was the individual budgets and staff time of participating organisations.",
    ),
    dimension: "fund",
    targetStage: 2,
    addresses: ["fund.c.in_kind"],
  },
  {
    id: "fund-coordination",
    text: "Fund the coordination role, for example through the Police and Crime Commissioner or contributions from several partners.",
    reportRecommendation: ["F1"],
    examples: ex("wales_structure", "west_yorkshire", "gm_ngo_liaison"),
    source: iasc(
      "Recommendations: Funding",
      "Provide a basic level of ring-fenced resource for local partnership coordination and / or activities at force level.",
    ),
    dimension: "fund",
    targetStage: 3,
    addresses: ["fund.c.coordination_funded"],
  },
  {
    id: "fund-pooled-budget",
    text: "Pool a budget from several partners, agreed for more than a year, so that work is not exposed to one partner's cuts.",
    reportRecommendation: ["F1", "F2"],
    examples: ex("west_yorkshire", "nottinghamshire"),
    source: iasc("How is work funded? (Figure 11)", "some work was vulnerable to local funding cuts"),
    dimension: "fund",
    targetStage: 4,
    addresses: ["fund.c.dedicated_budget", "fund.c.secure"],
    after: ["fund-in-kind"],
  },
  {
    id: "fund-victim-costs",
    text: "Agree how the local authorities share the cost of supporting victims before they enter the NRM.",
    reportRecommendation: ["F2", "E1"],
    examples: ex("reception_dorset_derby"),
    source: iasc(
      "What do practitioners see as the key challenges? (Figure 13)",
      "finding a common approach across all local authorities to share the cost of victim support in initial stages prior to the NRM is an issue",
    ),
    dimension: "fund",
    targetStage: 4,
    addresses: ["fund.c.victim_costs"],
  },
  {
    id: "fund-joint-commissioning",
    text: "Commission services jointly, such as frontline training or victim support, rather than each partner buying its own.",
    reportRecommendation: ["F2"],
    examples: ex("nottinghamshire", "reception_dorset_derby"),
    source: iasc(
      "What do partnerships do? (Figure 8)",
      "fewer partnerships were working together to joint-commission appropriate services for their area",
    ),
    dimension: "fund",
    targetStage: 5,
    addresses: ["fund.c.joint_commissioning"],
    after: ["fund-pooled-budget"],
  },
  // Outcome measures & learning
  {
    id: "learn-track-actions",
    text: "Minute actions at each meeting and have partners report back on them.",
    reportRecommendation: ["A2"],
    examples: ex("wolverhampton"),
    source: iasc(
      "How do partnerships measure progress? (Figure 10)",
      "recording minutes and actions for individual partners",
    ),
    dimension: "learn",
    targetStage: 2,
    addresses: ["learn.c.process"],
  },
  {
    id: "learn-annual-review",
    text: "Review the partnership's progress every year and report the review to the accountable board.",
    reportRecommendation: ["A2"],
    examples: ex("wolverhampton", "cleveland_peer_review"),
    source: iasc(
      "Recommendations: Accountability",
      "Monitor progress of partnerships on at least an annual basis and share emerging best practices.",
    ),
    dimension: "learn",
    targetStage: 3,
    addresses: ["learn.c.annual_review"],
    after: ["gov-action-plan"],
  },
  {
    id: "learn-outcome-measures",
    text: "Move from tracking actions to measuring outputs and then outcomes, including survivors' safety and well-being as well as criminal justice results.",
    reportRecommendation: ["A1"],
    examples: ex("city_hearts", "rahab", "gm_mscu"),
    source: iasc(
      "How do partnerships measure progress? (Figure 10)",
      "Only tiny numbers were exploring the use of output or outcome measures",
    ),
    dimension: "learn",
    targetStage: 3,
    addresses: ["learn.c.outputs", "learn.c.outcomes", "learn.c.survivor_outcomes"],
    after: ["gov-action-plan", "learn-track-actions"],
  },
  {
    id: "learn-share-practice",
    text: "Share what the partnership learns with other partnerships, through shared toolkits or regular reporting in the region.",
    reportRecommendation: ["A2"],
    examples: ex("south_west_learning", "wales_casework"),
    source: iasc(
      `${GP} (Learning)`,
      "there is regular reporting and sharing of good practice between force level anti-slavery partnerships",
    ),
    dimension: "learn",
    targetStage: 4,
    addresses: ["learn.c.sharing"],
  },
  {
    id: "learn-peer-review",
    text: "Invite an external peer review of the partnership's approach.",
    reportRecommendation: ["A2"],
    examples: ex("cleveland_peer_review"),
    source: iasc(`${GP} (Learning)`, "This will provide an external ‘health assessment’"),
    dimension: "learn",
    targetStage: 5,
    addresses: ["learn.c.peer_review"],
    after: ["learn-annual-review"],
  },
];

// ───────────────────────────── 2026.2 catalogue ─────────────────────────────
// Built from 2026.1 with the changes listed per recommendation. Every recommendation names the
// explicit need it answers (the partnership has said this is not in place), so that it is never
// left out however far ahead of the current stage it sits. Links to the report's twelve
// recommendations are kept only where the local action serves that recommendation's intent.

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

const CATALOGUES: Record<string, Recommendation[]> = {
  "2026.1": RECOMMENDATIONS_2026_1,
  "2026.2": RECOMMENDATIONS_2026_2,
};

/** The recommendation catalogue that goes with a framework version (empty if none). */
export function recommendationsFor(version: string): Recommendation[] {
  return CATALOGUES[version] ?? [];
}

export interface RecommendedItem {
  id: string;
  text: string;
  reportRecommendation: ReportRecommendationId[];
  reportRecommendationText: string[];
  /** The linked report recommendations, each saying whether it is a national ask. */
  reportRecommendations: Pick<ReportRecommendation, "id" | "theme" | "text" | "audience" | "localAction">[];
  examples: PracticeExample[];
  source: Recommendation["source"];
  dimensionId: string;
  dimensionName: string;
  /** Current stage of the dimension. */
  stage: { index: number; name: string };
  /** Lowest stage among the unmet conditions it addresses (or the catalogue's target). */
  targetStage: number;
  /** Unmet stage conditions it addresses. */
  addresses: { conditionId: string; text: string }[];
  /** Recommendations in this list to act on first. */
  after: string[];
  /** 1 = do first. */
  priority: number;
  reason: string;
}

export interface RecommendOptions {
  /** Leave out recommendations aimed more than this many stages above the dimension's current stage (default 2). */
  maxStagesAhead?: number;
}

/** The text of the first question whose answer makes an explicit need true. */
function needQuestion(framework: Framework, p: Predicate, answers: AnswerMap): string | undefined {
  if ("allOf" in p || "anyOf" in p) {
    for (const x of "allOf" in p ? p.allOf : p.anyOf) {
      const t = evaluate(framework, x, answers) ? needQuestion(framework, x, answers) : undefined;
      if (t) return t;
    }
    return undefined;
  }
  if ("not" in p) return undefined;
  return questionIndex(framework).get(p.question)?.text;
}

/**
 * Prioritised recommendations for one partnership. Order: the dimension at the lowest stage first;
 * within that, the most foundational (lowest target stage) first; then those fitted to the
 * partnership by `appliesWhen`; then catalogue order. A recommendation never comes before another
 * listed one it declares `after` (e.g. no outcome measures before an action plan).
 */
export function recommend(
  framework: Framework,
  answers: AnswerMap,
  scores?: AssessmentScore,
  profileAnswers?: AnswerMap,
  options: RecommendOptions = {},
): RecommendedItem[] {
  const all: AnswerMap = { ...answers, ...(profileAnswers ?? {}) };
  const sc = scores ?? scoreAssessment(framework, answers);
  const maxAhead = options.maxStagesAhead ?? 2;
  const bands = scoringModel(framework) === "bands-and-conditions";
  const condInfo = new Map<string, { stage: number; text: string; met: boolean }>();
  for (const d of framework.dimensions)
    for (const s of d.stages)
      for (const c of s.conditions)
        condInfo.set(c.id, {
          stage: s.index,
          text: c.text,
          // From 2026.2 a condition is unmet only when the answers show it (not on Don't know).
          met: bands ? evaluate3(framework, c.requires, all) !== false : evaluate(framework, c.requires, all),
        });

  type Cand = RecommendedItem & { fitted: boolean; order: number; dimStage: number };
  const cands: Cand[] = [];
  recommendationsFor(framework.version).forEach((r, order) => {
    const dim = framework.dimensions.find((d) => d.id === r.dimension);
    const ds = sc.dimensions.find((x) => x.dimensionId === r.dimension);
    if (!dim || !ds) return;
    const unmet = r.addresses.map((id) => ({ id, info: condInfo.get(id) })).filter((x) => x.info && !x.info.met);
    const fitted = r.appliesWhen ? evaluate(framework, r.appliesWhen, all) : false;
    // An explicit need (the partnership answered that this is not in place) is never left out.
    const needed = r.need ? evaluate(framework, r.need, all) : false;
    if (!unmet.length && !fitted && !needed) return;
    const target = unmet.length ? Math.min(...unmet.map((x) => x.info!.stage)) : r.targetStage;
    if (!fitted && !needed && target > ds.stage.index + maxAhead) return;
    const parts: string[] = [`${dim.name} is at ${ds.stage.name}${ds.score === null ? "" : ` (score ${ds.score})`}.`];
    if (fitted && r.fitReason) parts.push(r.fitReason);
    if (needed && r.need) {
      const q = needQuestion(framework, r.need, all);
      if (q) parts.push(`Your answer to ‘${q}’ shows this is not yet in place.`);
    }
    if (unmet.length) {
      const st = dim.stages.find((s) => s.index === target);
      parts.push(
        `Needed to reach ${st ? st.name : `stage ${target}`}: ${unmet
          .filter((x) => x.info!.stage === target)
          .map((x) => x.info!.text.replace(/\.$/, ""))
          .join("; ")}.`,
      );
    }
    cands.push({
      id: r.id,
      text: r.text,
      reportRecommendation: r.reportRecommendation,
      reportRecommendationText: r.reportRecommendation.map(
        (id) => REPORT_RECOMMENDATIONS.find((x) => x.id === id)!.text,
      ),
      reportRecommendations: r.reportRecommendation.map((id) => {
        const x = REPORT_RECOMMENDATIONS.find((y) => y.id === id)!;
        return {
          id: x.id,
          theme: x.theme,
          text: x.text,
          audience: x.audience,
          ...(x.localAction ? { localAction: x.localAction } : {}),
        };
      }),
      examples: r.examples,
      source: r.source,
      dimensionId: dim.id,
      dimensionName: dim.name,
      stage: ds.stage,
      targetStage: target,
      addresses: unmet.map((x) => ({ conditionId: x.id, text: x.info!.text })),
      after: [],
      priority: 0,
      reason: parts.join(" "),
      fitted,
      order,
      dimStage: ds.stage.index,
    });
  });

  cands.sort(
    (a, b) =>
      a.dimStage - b.dimStage ||
      a.targetStage - b.targetStage ||
      Number(b.fitted) - Number(a.fitted) ||
      a.order - b.order,
  );
  const present = new Set(cands.map((c) => c.id));
  const catalogue = recommendationsFor(framework.version);
  const prereqs = new Map(
    cands.map((c) => [c.id, (catalogue.find((r) => r.id === c.id)?.after ?? []).filter((id) => present.has(id))]),
  );
  // Stable topological order: take the first candidate whose listed prerequisites are all placed.
  const placed: Cand[] = [];
  const done = new Set<string>();
  const pending = [...cands];
  while (pending.length) {
    let i = pending.findIndex((c) => prereqs.get(c.id)!.every((p) => done.has(p)));
    if (i < 0) i = 0; // a cycle in the catalogue: fall back to sort order
    const [c] = pending.splice(i, 1);
    placed.push(c!);
    done.add(c!.id);
  }
  const textOf = new Map(placed.map((c) => [c.id, c.text]));
  return placed.map((c, i) => {
    const after = prereqs.get(c.id)!;
    const { fitted: _f, order: _o, dimStage: _d, ...item } = c;
    void _f;
    void _o;
    void _d;
    return {
      ...item,
      after,
      priority: i + 1,
      reason: after.length
        ? `${c.reason} Do this after: ${after.map((id) => textOf.get(id)!.replace(/\.$/, "")).join("; ")}.`
        : c.reason,
    };
  });
}
