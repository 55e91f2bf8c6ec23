// Practice examples from the seed documents, referenced by the recommendation catalogues.
import { iasc, vd } from "./build";
import type { PracticeExample } from "./types";

export const GP = "What good work is happening now?";

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
export const ex = (...keys: ExampleKey[]): PracticeExample[] => keys.map((k) => EXAMPLES[k]);
