// Framework version 2026.2: the ten scored dimensions. RELEASED — do not edit. Any change needs a
// new version with a mapping in versions.ts (the released checksum test fails otherwise). Its level
// rules were added once, before any release of it was cut (see RELEASED_CHECKSUMS).
//
// What changed from 2026.1, and why (docs/framework-method.md gives every choice with its source):
// - The four Ps follow the Home Office Modern Slavery Strategy (2014), which the report names as
//   their source (Glossary: 4 P's):
//     Pursue  – prosecuting and disrupting individuals and groups responsible: intelligence, NGO
//               routes, a pursue group, joint operations, disruption powers.
//     Prevent – preventing people from engaging in modern slavery: businesses and labour providers,
//               supply chains, those who can facilitate exploitation (landlords, banks, recruitment
//               agencies, transport), regulatory checks that deter exploitative employers.
//     Protect – strengthening safeguards, protecting vulnerable people, increasing awareness and
//               resilience: public and targeted awareness, workers' rights, safeguarding
//               procedures, outreach and welfare visits.
//     Prepare – reducing harm through improved victim identification and enhanced support:
//               frontline training to spot victims, referral pathways, reception, NGO support,
//               longer-term support.
// - Stages follow weighted score bands; only a few report-grounded conditions can hold a stage
//   back (dedicated coordination, leadership beyond the police, sub-groups, formal information
//   sharing, a current action plan, secured resourcing, outputs and outcomes measured).
// - What a partnership achieves weighs more than its document checklist (weights below).
// - "Done at regional / national level for us" where the report says a function can sit at
//   another level (training, reception centres and safe houses, force-wide groups, co-location),
//   offered only to partnerships with such a level above their own (LevelRule: a national
//   partnership is offered none; a regional one only national level, for training and reception).
// - Double-barrelled questions split; options worded neutrally; options that did not fit some
//   partnerships fixed; Van Dyke's facilitators, NGO-led partnerships and co-location added.
import { cond, iasc, multi, single, stages, topic, vd, yesno } from "./build";
import { DIMENSIONS_2026_1 } from "./dimensions-2026-1";
import type { Dimension, Level, LevelRule, Option, Question, Source, Topic } from "./types";

const F5 = "Who leads and coordinates anti-slavery partnership work? (Figure 5)";
const MAP = "Mapping anti-slavery partnerships in the UK in 2017";
const F8 = "What do partnerships do? (Figure 8)";
const F9 = "How do partnerships measure progress? (Figure 9)";
const F10 = "How do partnerships measure progress? (Figure 10)";
const F11 = "How is work funded? (Figure 11)";
const F12 = "Gaps, challenges and increasing partnership effectiveness (Figure 12)";
const F13 = "What do practitioners see as the key challenges? (Figure 13)";
const F14 = "How might partnerships be more effective in future? (Figure 14)";
const FORM = "What form and structure do multi-agency partnerships take?";
const CASES = "Case studies (introduction)";
const WALES = "Case study: Wales: a structured and formalised approach to partnership working";
const WY = "Case study: West Yorkshire: statutory and voluntary sectors in a flexible partnership";
const WOLV = "Case study: Wolverhampton: a grass-roots partnership moving to more formalised activity";
const NOTTS = "Case study: Nottingham and Nottinghamshire: a new partnership with an ambitious agenda";
const KE = "Case study: awareness-raising in Kent and Essex";
const GP_INTEL = "What good work is happening now? (Intelligence gathering)";
const GP_AWARE = "What good work is happening now? (Awareness raising)";
const KF = "Key findings";
const INFO = "What do practitioners see as the key challenges? (intelligence and information-sharing)";
const GM = "Co-location: Greater Manchester Modern Slavery Coordination Unit";
const SPP = "Co-location: Safer Peterborough Partnership";
const DISRUPT = "Tackling Modern Slavery by Disrupting Facilitators";
const WELFARE = "Welfare and Well-Being Approach and the Role of NGOs";
const RIGHTS = "A Rights and Regulation Approach";

const ho = (section: string): Source => ({ doc: "HomeOffice2014", section });

// ───────────── Reuse of 2026.1 questions whose meaning is unchanged ─────────────
const V1 = new Map<string, Question>(DIMENSIONS_2026_1.flatMap((d) => d.questions).map((q) => [q.id, q]));

interface Reuse {
  id?: string;
  topic: Topic;
  text?: string;
  /** A new hint, or null for none. */
  hint?: string | null;
  weight?: number;
  /** New labels for existing options, by option id. */
  relabel?: Record<string, string>;
  /** Options added (placed by points, before any exclusive option). */
  add?: Option[];
  source?: Source;
  allowNotApplicable?: boolean;
}

/** A 2026.1 question carried into 2026.2, with the listed changes. */
function reuse(oldId: string, r: Reuse): Question {
  const old = V1.get(oldId);
  if (!old) throw new Error(`No 2026.1 question ${oldId}`);
  const { hint, ...q } = old;
  const newHint = r.hint === null ? undefined : (r.hint ?? hint);
  const out: Question = {
    ...q,
    id: r.id ?? q.id,
    topic: r.topic,
    ...(r.text ? { text: r.text } : {}),
    ...(newHint ? { hint: newHint } : {}),
    ...(r.source ? { source: r.source } : {}),
    ...(r.weight !== undefined ? { weight: r.weight } : {}),
    ...(r.allowNotApplicable !== undefined ? { allowNotApplicable: r.allowNotApplicable } : {}),
  };
  if ((out.type === "single" || out.type === "multi") && (r.relabel || r.add)) {
    let options = out.options.map((o) => (r.relabel?.[o.id] ? { ...o, label: r.relabel[o.id]! } : o));
    for (const a of r.add ?? []) {
      const excl = options.findIndex((o) => o.exclusive || o.doneElsewhere);
      const at = options.findIndex((o) => !o.exclusive && !o.doneElsewhere && o.points > a.points);
      const i = a.exclusive || a.doneElsewhere ? options.length : at >= 0 ? at : excl >= 0 ? excl : options.length;
      options = [...options.slice(0, i), a, ...options.slice(i)];
    }
    return { ...out, options };
  }
  return out;
}

const ELSEWHERE_LABEL = "Done at regional / national level for us";
const elsewhere = (levels: LevelRule): Option => ({
  id: "elsewhere",
  label: ELSEWHERE_LABEL,
  points: 0,
  doneElsewhere: true,
  levels,
});

// ───────────── Who is offered "Done at regional / national level for us" ─────────────
// Only a partnership with a level above its own that can carry out the function (the report's
// levels: local partnerships "only included part of a wider Police force area"; sub-regional ones
// "covered one or two Police forces"; regional ones "spanned multiple Police force boundaries";
// national ones "were implemented by devolved administrations", with nothing above them, so they
// are offered none). "Other arrangements" (Appendix 1: Cleveland, Northumbria's bilaterals) work
// within a force area, so they are offered what a local partnership is. docs/framework-method.md.
const BELOW_REGIONAL: Level[] = ["local", "sub_regional", "other"];

/** Staff training and reception: the report puts them at regional or national level. */
const victimSupportLevels = (what: string): LevelRule => ({
  offeredAt: ["local", "sub_regional", "regional", "other"],
  hint: `Choose this if ${what} for your area by a regional or national body.`,
  // A regional partnership can rely only on national level.
  at: {
    regional: {
      label: "Done at national level for us",
      hint: `Choose this if ${what} for your area by a national body.`,
    },
  },
  source: iasc(
    F12,
    "aspects of victim support, such as training for staff, reception centres and safe houses, could be provided at a regional or national level",
  ),
});

/**
 * Law-enforcement groups and co-located units: the report's groups sit at force level or across a
 * region's forces, above local and sub-regional partnerships; it names none at national level that
 * serves a region, so a regional partnership is not offered the option.
 */
const forceOrRegionalLevels = (hint: string, source: Source): LevelRule => ({
  offeredAt: BELOW_REGIONAL,
  hint,
  source,
});
const LEVELS_SOURCE = iasc(
  MAP,
  "Regional partnerships spanned multiple Police force boundaries, along the line of former administrative regions, such as South West England, or the East Midlands. Sub-regional partnerships included those which covered one or two Police forces, often on county, or force boundaries. Local partnerships only included part of a wider Police force area",
);

/** The 2026.1 stage descriptors of a dimension, for reuse where they still fit. */
const stagesOf = (id: string) => DIMENSIONS_2026_1.find((d) => d.id === id)!.stages;
const desc = (id: string, index: number): [string, Source] => {
  const s = stagesOf(id)[index - 1]!;
  return [s.descriptor, s.source];
};

// ───────────────────────────── Leadership & coordination ─────────────────────────────
const tChair = topic("lead.chair", "Who leads the partnership");
const tCoord = topic("lead.coordination", "Coordination");
const tLeaders = topic("lead.leaders", "Leadership beyond the police");
const tLinks = topic("lead.links", "Links to regional and national structures");

const leadership: Dimension = {
  id: "lead",
  name: "Leadership & coordination",
  summary:
    "Who leads, chairs and coordinates the partnership, whether one organisation is clearly accountable, whether coordination has dedicated time, whether leadership reaches beyond the police, and how the partnership links to regional and national structures.",
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
        ["rotates", "The chair rotates between partners", 2],
        ["police", "A police officer", 3],
        [
          "other_single",
          "A senior leader from another organisation, for example a council, the Police and Crime Commissioner's office, the NHS, a charity or the government",
          4,
        ],
        ["co_chairs", "Co-chairs from different sectors (for example police and an NGO)", 4],
      ],
      {
        hint: "If a police officer co-chairs with someone from another sector, choose co-chairs.",
        errorMessage: "Select who chairs the partnership",
        source: iasc(F5, "In some cases, partnership chairs were rotating between partners or yet to be"),
      },
    ),
    single(
      "lead.accountable_lead",
      tChair,
      "Is one organisation clearly accountable for making sure the partnership's work happens?",
      [
        ["none", "No organisation has taken this on", 0],
        ["shared_informal", "Partners share it, without agreeing who is accountable", 1],
        ["agreed", "One lead organisation has agreed to be accountable", 3],
        [
          "agreed_written",
          "One lead organisation is accountable, set out in writing or by government, for example in terms of reference",
          4,
        ],
      ],
      {
        hint: "Accountable means answerable for the partnership's work being in place, whoever chairs the meetings.",
        errorMessage: "Select whether one organisation is clearly accountable",
        source: iasc(
          "Recommendations: Engagement",
          "Consider specifying a lead agency at local level with accountability for ensuring local partnership work to support anti-slavery initiative is in place.",
        ),
      },
    ),
    reuse("lead.chair_seniority", { topic: tChair }),
    reuse("lead.coordinator", {
      topic: tCoord,
      weight: 2,
      relabel: {
        nobody: "No one has this role",
        named_on_top: "A named coordinator who does it alongside another role",
      },
    }),
    reuse("lead.coordination_hours", { topic: tCoord }),
    reuse("lead.leaders_engaged", { topic: tLeaders }),
    reuse("lead.public_commitment", { topic: tLeaders }),
    reuse("lead.regional_links", { topic: tLinks, relabel: { none: "No links at present" } }),
  ],
  stages: stages(
    [
      desc("lead", 1),
      [
        "A chair or an accountable lead is agreed and someone is named to convene meetings and follow up actions.",
        iasc(
          F5,
          "Looking at partnership coordination (i.e. the role of convening the partnership’s meetings, and organising actions)",
        ),
      ],
      desc("lead", 3),
      desc("lead", 4),
      desc("lead", 5),
    ],
    [
      [],
      [
        {
          ...cond(
            "lead.c.dedicated_coordination",
            "Give coordination agreed, protected time or a dedicated post",
            { question: "lead.coordinator", minPoints: 3 },
            iasc(F14, "Top of the list was dedicated resource for the coordination of partnership work"),
          ),
          needed: "coordination with agreed, protected time",
        },
      ],
      [
        {
          ...cond(
            "lead.c.beyond_police",
            "Share leadership beyond the police: a chair or co-chairs from other sectors, or at least two kinds of leader actively championing the work",
            {
              anyOf: [
                { question: "lead.chair_type", is: "other_single" },
                { question: "lead.chair_type", is: "co_chairs" },
                { question: "lead.leaders_engaged", minPoints: 2 },
              ],
            },
            iasc(F14, "A recurring theme, though, was that coordination should not necessarily be Police led."),
          ),
          needed: "leadership shared beyond the police",
        },
      ],
      [],
    ],
  ),
};

// ───────────────────────────── Structure & governance ─────────────────────────────
const tDocs = topic("gov.documents", "Governance documents");
const tReport = topic("gov.accountability", "Accountability and meetings");
const tStruct = topic("gov.structure", "How the partnership works together");
const tAgree = topic("gov.agreements", "Information sharing and representation");

const governance: Dimension = {
  id: "gov",
  name: "Structure & governance",
  summary:
    "How the partnership is organised and works together: a working structure of sub-groups or local fora, co-location where it serves, formal information sharing, accountability to a board or government body, senior representation, and its governance documents. Formality is not maturity by itself: what the structure achieves weighs more than the document checklist.",
  source: iasc(
    CASES,
    "examples of more - and less - formalised ways of working at both regional and local levels, which all have their own advantages and limitations",
  ),
  questions: [
    reuse("gov.terms_of_reference", { topic: tDocs }),
    reuse("gov.membership_list", { topic: tDocs }),
    reuse("gov.monitoring_reports", { topic: tDocs }),
    reuse("gov.accountability", {
      topic: tReport,
      text: "Who is the partnership accountable to?",
      relabel: {
        none: "No board or government body",
        informal_board:
          "It updates a board or government body (for example a Community Safety Partnership, Safeguarding Board, Police and Crime Commissioner or a devolved government) when asked",
        formal_board: "It is formally a sub-group of, or reports to, a named board or government body",
        formal_regular:
          "It reports to a named board or government body on a regular schedule, and that body reviews its progress",
      },
      source: iasc(
        WALES,
        "led by a dedicated antislavery co-ordinator who is funded by and accountable to the Welsh Government",
      ),
    }),
    reuse("gov.meeting_frequency", { topic: tReport }),
    reuse("gov.structure", {
      topic: tStruct,
      weight: 3,
      relabel: {
        network_subgroups:
          "A wider network plus operational sub-groups or local fora, organised by area or by function",
      },
    }),
    reuse("pursue.colocation", {
      id: "gov.colocation",
      topic: tStruct,
      text: "Do staff from different partners work together in one place on modern slavery, for any purpose (intelligence, safeguarding, victim support or enforcement)?",
      hint: null,
      weight: 2,
      add: [
        elsewhere(
          forceOrRegionalLevels(
            "Choose this if a co-located unit serves your area at force or regional level and your partnership links to it.",
            vd(
              GM,
              "The Modern Slavery Coordination Unit (MSCU) is based in the headquarters of the Greater Manchester Police (GMP).",
            ),
          ),
        ),
      ],
      allowNotApplicable: false,
      source: vd(
        SPP,
        "Later the SPP decided to co-locate staff from different partner bodies and departments of the council to develop more effective engagement with the community.",
      ),
    }),
    reuse("gov.info_sharing_agreement", { topic: tAgree, weight: 2 }),
    reuse("gov.seniority", { topic: tAgree, relabel: { none: "None or very few" } }),
  ],
  stages: stages(
    [
      desc("gov", 1),
      desc("gov", 2),
      [
        "A clear line of accountability into a board or government body, with regular meetings.",
        iasc(
          FORM,
          "Duplication or a lack of ownership was a risk if responsibilities were not aligned to existing structures",
        ),
      ],
      [
        "A wider network with operational sub-groups or local fora by area or function, and formal information sharing.",
        iasc(
          FORM,
          "More mature partnerships exhibited a mix of wider network meetings and more operationally-focused sub-groups",
        ),
      ],
      [
        "The structure works, formal or flexible: partners work jointly or side by side where it helps, report progress to the body they are accountable to and send senior representatives.",
        iasc(WY, "a formal setting that allows for informal association"),
      ],
    ],
    [
      [],
      [],
      [
        {
          ...cond(
            "gov.c.subgroups",
            "Set up operational sub-groups or local fora by area or function",
            { question: "gov.structure", minPoints: 3 },
            iasc(
              FORM,
              "More mature partnerships exhibited a mix of wider network meetings and more operationally-focused sub-groups",
            ),
          ),
          needed: "a working structure of sub-groups or local fora",
        },
        {
          ...cond(
            "gov.c.info_sharing",
            "Put formal information sharing in place: a signed information-sharing agreement between partners",
            { question: "gov.info_sharing_agreement", is: "yes" },
            vd(
              SPP,
              "the construction of information sharing agreements, principally in relation to data protection, facilitated more rapid exchange of information which meant more rapid outcomes could be achieved",
            ),
          ),
          needed: "formal information sharing between partners",
        },
      ],
      [],
    ],
  ),
};

// ───────────────────────────── Strategy & action plan ─────────────────────────────
const tObj = topic("strat.objectives", "Shared objectives");
const tPlan = topic("strat.plan", "The action plan");
const tFocus = topic("strat.focus", "Evidence, focus and reporting");

const strategy: Dimension = {
  id: "strat",
  name: "Strategy & action plan",
  summary:
    "Whether the partnership has agreed common goals, a current action plan organised around the four Ps with owners and deadlines, a local picture of modern slavery to base it on, and a strategy that goes beyond enforcement — criminal justice, victim welfare or labour rights first.",
  source: iasc(`${KF} 4`, "the majority of partnerships not yet having action-plans"),
  questions: [
    reuse("strat.shared_objectives", { topic: tObj, relabel: { no: "Nothing agreed" } }),
    reuse("gov.action_plan", { id: "strat.action_plan", topic: tPlan, weight: 2 }),
    reuse("strat.plan_structure", { topic: tPlan }),
    single(
      "strat.plan_owners",
      tPlan,
      "How many actions in the plan have a named owner?",
      [
        ["none", "None, or there is no plan", 0],
        ["some", "Some", 1],
        ["most", "Most", 3],
        ["all", "All", 4],
      ],
      {
        errorMessage: "Select how many actions have a named owner",
        source: iasc(F10, "recording minutes and actions for individual partners"),
      },
    ),
    single(
      "strat.plan_deadlines",
      tPlan,
      "How many actions in the plan have a deadline?",
      [
        ["none", "None, or there is no plan", 0],
        ["some", "Some", 1],
        ["most", "Most", 3],
        ["all", "All", 4],
      ],
      {
        errorMessage: "Select how many actions have a deadline",
        source: iasc(
          F13,
          "Lots of passion, but not being translated into tangible results or action’ (survey response).",
        ),
      },
    ),
    reuse("strat.local_profile", { topic: tFocus }),
    reuse("strat.beyond_enforcement", {
      topic: tFocus,
      relabel: { some_welfare: "Mostly enforcement, with some victim support and awareness" },
      add: [
        {
          id: "welfare_led",
          label: "Led by victims' welfare and well-being, with enforcement partners taking part",
          points: 3,
        },
      ],
      source: vd(
        WELFARE,
        "In these cases, NGOs with remits to aid the welfare of specific groups of people, played the lead role. Police or other enforcement agencies acted as partners but not as drivers of action.",
      ),
    }),
    yesno(
      "strat.plan_shared",
      tFocus,
      "Is the action plan published, or shared with the board or government body the partnership is accountable to?",
      {
        evidencePrompt: "Where the plan is published, or which body it was shared with and when",
        errorMessage: "Select yes if the action plan is published or shared with the body the partnership reports to",
        source: iasc(WALES, "working to a published delivery plan with strategic objectives"),
      },
    ),
  ],
  stages: stages(
    [
      desc("strat", 1),
      desc("strat", 2),
      [
        "A current action plan, with named owners and deadlines for its actions.",
        iasc(WOLV, "The partnership has set an action-plan"),
      ],
      [
        "The plan is organised under the four Ps and rests on a local profile of modern slavery.",
        iasc(WY, "developed their plans in line with the UK’s ‘4P’s structure"),
      ],
      desc("strat", 5),
    ],
    [
      [],
      [
        {
          ...cond(
            "strat.c.action_plan",
            "Agree a current action plan",
            { question: "strat.action_plan", is: "yes" },
            iasc(
              F9,
              "whilst just under two thirds of partnerships had some type of governance documentation in place, more than half did not have action plans",
            ),
          ),
          needed: "a current action plan",
        },
      ],
      [],
      [],
    ],
  ),
};

// ───────────────────────────── Prevent ─────────────────────────────
const tBusiness = topic("prevent.business", "Businesses and supply chains");
const tFacilitators = topic("prevent.facilitators", "Those who can facilitate exploitation");

const prevent: Dimension = {
  id: "prevent",
  name: "Prevent",
  summary:
    "Preventing people and businesses from engaging in modern slavery (Home Office Modern Slavery Strategy 2014): working with businesses and labour providers, slavery in supply chains, those who can facilitate exploitation knowingly or not (landlords and letting agents, banks, recruitment and employment agencies, transport), and regulatory checks that deter exploitative employers.",
  source: ho("Prevent: preventing people from engaging in modern slavery"),
  questions: [
    reuse("prevent.business_engagement", {
      topic: tBusiness,
      relabel: { none: "No work with businesses at present" },
    }),
    reuse("prevent.supply_chains", { topic: tBusiness }),
    multi(
      "prevent.facilitators",
      tFacilitators,
      "Which of these has the partnership worked with in the last 12 months, so that they do not facilitate exploitation, knowingly or not?",
      [
        ["landlords", "Landlords, letting agents or estate agents", 1],
        ["banks", "Banks and other financial services", 1],
        ["recruitment", "Recruitment and employment agencies, or labour providers", 1],
        ["transport", "Transport companies", 1],
        ["premises", "Licensed premises, or businesses such as car washes and nail bars", 1],
        ["none", "None of these", 0, { exclusive: true }],
      ],
      4,
      {
        hint: "For example telling an estate agent a property is being used as a brothel, or agreeing with banks how to spot accounts used to launder money.",
        errorMessage: "Select who the partnership has worked with, or select ‘None of these’",
        source: vd(
          DISRUPT,
          "So we are saying we will work with landlords, quite happily, to make sure the property is of a standard and is not being utilised for crime",
        ),
      },
    ),
    single(
      "prevent.regulatory_checks",
      tFacilitators,
      "Do regulators among the partners check employers and labour providers as part of the partnership's work, for example on wages, tax or licensing?",
      [
        ["no", "No", 0],
        ["occasional", "Occasionally, when a case comes up", 1],
        ["joint_occasional", "Occasional planned joint checks", 2],
        ["joint_regular", "Regular joint checks, with what they find shared with partners", 4],
      ],
      {
        hint: "Regulators include HMRC (national minimum wage), the GLAA, the Employment Agencies Standards Inspectorate and council licensing.",
        errorMessage: "Select whether regulators check employers and labour providers",
        source: vd(
          RIGHTS,
          "Such enforcement activities result in decreased profit for those who seek to exploit workers, and defraud the government, and might also act as a deterrent to others.",
        ),
      },
    ),
  ],
  stages: stages(
    [
      [
        "Little work yet with businesses, or with others who could facilitate exploitation.",
        iasc(F8, "an as-yet limited engagement with the private sector"),
      ],
      [
        "The partnership has started to work with businesses or labour providers.",
        vd(GM, "Finally, the MSCU has begun to work with the private sector."),
      ],
      [
        "Partners work with businesses and with those who can facilitate exploitation, such as landlords and letting agents, so that they do not.",
        vd(
          DISRUPT,
          "So we are saying we will work with landlords, quite happily, to make sure the property is of a standard and is not being utilised for crime",
        ),
      ],
      [
        "A standing scheme with businesses or labour providers, and regular checks by regulators that deter exploitative employers.",
        iasc(GP_AWARE, "Lincolnshire has also established a business accreditation partnership"),
      ],
      [
        "Public sector partners tackle slavery in their own supply chains, and the partnership works towards a slavery-free local economy.",
        iasc(NOTTS, "Contribute to building a prosperous and slavery-free local economy."),
      ],
    ],
    [[], [], [], []],
  ),
};

// ───────────────────────────── Pursue ─────────────────────────────
const tIntel = topic("pursue.intelligence", "Intelligence sharing");
const tOps = topic("pursue.operations", "Enforcement and joint operations");
const tDisrupt = topic("pursue.disruption", "Disrupting those responsible");

const pursue: Dimension = {
  id: "pursue",
  name: "Pursue",
  summary:
    "Prosecuting and disrupting the individuals and groups responsible (Home Office Modern Slavery Strategy 2014): intelligence sharing with enforcement partners, NGOs and frontline agencies, a pursue group, joint multi-agency operations, and every partner's powers used to disrupt those responsible and those who facilitate them, banks and recruitment agencies included.",
  source: ho("Pursue: prosecuting and disrupting individuals and groups responsible for modern slavery"),
  questions: [
    reuse("pursue.intelligence_sharing", { topic: tIntel }),
    yesno(
      "pursue.ngo_route",
      tIntel,
      "Is there an agreed route for NGOs and frontline staff to pass concerns to the police?",
      {
        hint: "For example named police liaison officers for NGOs, or the Modern Slavery Helpline promoted as a single number for reporting.",
        errorMessage: "Select yes if there is an agreed route for NGOs and frontline staff",
        source: iasc(
          GP_INTEL,
          "leading to a doubling in referrals into the Modern Slavery Unit from NGO’s in 2016 compared to 2015",
        ),
      },
    ),
    yesno("pursue.ngo_feedback", tIntel, "Are NGOs and frontline staff who pass on concerns told what happened?", {
      hint: "For example an agreement that the Modern Slavery Helpline feeds back on local referrals and intelligence.",
      errorMessage: "Select yes if those who pass on concerns are told what happened",
      source: iasc(
        GP_INTEL,
        "the Helpline feeds back on local referrals and intelligence, thus tightening up information capture and answering the question of ‘what happens to my data?’",
      ),
    }),
    single(
      "pursue.pursue_group",
      tOps,
      "Is there a pursue or enforcement group that brings the law-enforcement partners together regularly?",
      [
        ["no", "No", 0],
        ["yes", "Yes", 4],
        [
          "elsewhere",
          ELSEWHERE_LABEL,
          0,
          {
            doneElsewhere: true,
            levels: forceOrRegionalLevels(
              "Choose this if a force-wide or regional group outside this partnership does this for your area.",
              LEVELS_SOURCE,
            ),
          },
        ],
      ],
      {
        errorMessage: "Select whether there is a pursue or enforcement group",
        source: iasc(
          GP_INTEL,
          "a ‘pursue’ group within the partnership brings all of the law enforcement partners together bi-monthly",
        ),
      },
    ),
    reuse("pursue.joint_operations", { topic: tOps, weight: 2 }),
    reuse("pursue.disruption_powers", {
      topic: tDisrupt,
      text: "Which of these powers have partners used in the last 12 months to disrupt those responsible for modern slavery, or who facilitate it?",
      add: [
        {
          id: "financial",
          label: "Financial investigation, or work with banks, for example on money laundering",
          points: 1,
        },
        {
          id: "recruitment_agencies",
          label:
            "Checks on recruitment and employment agencies, for example by the Employment Agencies Standards Inspectorate",
          points: 1,
        },
      ],
    }),
  ],
  stages: stages(
    [desc("pursue", 1), desc("pursue", 2), desc("pursue", 3), desc("pursue", 4), desc("pursue", 5)],
    [[], [], [], []],
  ),
};

// ───────────────────────────── Protect ─────────────────────────────
const tAware = topic("protect.awareness", "Awareness and resilience");
const tSafeguard = topic("protect.safeguarding", "Safeguarding");
const tOutreach = topic("protect.outreach", "Groups at risk");

const protect: Dimension = {
  id: "protect",
  name: "Protect",
  summary:
    "Strengthening safeguards by protecting vulnerable people from exploitation and increasing awareness and resilience (Home Office Modern Slavery Strategy 2014): public and targeted awareness-raising, telling workers at risk their rights, safeguarding procedures, and outreach and welfare visits with groups at particular risk.",
  source: ho(
    "Protect: strengthening safeguards by protecting vulnerable people from exploitation and increasing awareness and resilience",
  ),
  questions: [
    reuse("prevent.public_awareness", {
      id: "protect.public_awareness",
      topic: tAware,
      relabel: { none: "No awareness-raising through the partnership at present" },
    }),
    reuse("prevent.targeted_groups", { id: "protect.targeted_groups", topic: tAware }),
    reuse("prevent.workers_rights", { id: "protect.workers_rights", topic: tAware }),
    reuse("protect.safeguarding_procedures", { topic: tSafeguard }),
    reuse("protect.vulnerable_groups", { topic: tOutreach }),
    reuse("protect.welfare_visits", { topic: tOutreach }),
  ],
  stages: stages(
    [
      [
        "Little awareness-raising or safeguarding work yet that names modern slavery.",
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
        "Regular awareness campaigns that tell people the signs and how to report, and safeguarding procedures that name modern slavery.",
        iasc(KE, "All the Safeguarding Boards have implemented new procedures"),
      ],
      [
        "Awareness and outreach reach groups at particular risk, and workers at risk learn their rights.",
        vd(
          RIGHTS,
          "By giving people information about the indicators of modern slavery, in a language they understand, and with a contact phone number, it is hoped that workers can stay safe and well",
        ),
      ],
      desc("protect", 5),
    ],
    [[], [], [], []],
  ),
};

// ───────────────────────────── Prepare ─────────────────────────────
const tIdentify = topic("prepare.identification", "Spotting and identifying victims");
const tRef = topic("prepare.referrals", "Referral pathways and reception");
const tSupport = topic("prepare.support", "Support for survivors");

const prepare: Dimension = {
  id: "prepare",
  name: "Prepare",
  summary:
    "Reducing the harm through improved victim identification and enhanced support (Home Office Modern Slavery Strategy 2014): frontline training to spot and identify victims, referral pathways into the National Referral Mechanism (NRM) and outside it, reception and safe accommodation, specialist NGO support and longer-term support for survivors.",
  source: ho("Prepare: reducing the harm through improved victim identification and enhanced support"),
  questions: [
    reuse("protect.frontline_training", {
      id: "prepare.frontline_training",
      topic: tIdentify,
      text: "How much of the frontline workforce across statutory partners has been trained to spot and identify potential victims of modern slavery?",
    }),
    reuse("protect.training_model", {
      id: "prepare.training_model",
      topic: tIdentify,
      add: [{ ...elsewhere(victimSupportLevels("training is planned and provided")), exclusive: true }],
    }),
    reuse("prepare.referral_pathway", { topic: tRef, relabel: { none: "No agreed pathway" } }),
    reuse("prepare.reception", {
      topic: tRef,
      add: [elsewhere(victimSupportLevels("reception centres or safe houses are provided"))],
    }),
    reuse("prepare.ngo_support", { topic: tSupport, weight: 2 }),
    reuse("prepare.long_term_support", { topic: tSupport, weight: 2 }),
  ],
  stages: stages(
    [
      desc("prepare", 1),
      [
        "Frontline staff are being trained to spot the signs and first responders have guidance on NRM referrals.",
        iasc(F14, "a call for greater clarity about responsibilities of first responders under the NRM"),
      ],
      desc("prepare", 3),
      desc("prepare", 4),
      desc("prepare", 5),
    ],
    [[], [], [], []],
  ),
};

// ───────────────────────────── Membership & engagement ─────────────────────────────
const tStat = topic("member.statutory", "Statutory partners");
const tHealth = topic("member.health_la", "Health and local authorities");
const tVcs = topic("member.sectors", "Voluntary, faith and business sectors");
const tComm = topic("member.communities", "Communities and survivors");

const membership: Dimension = {
  ...DIMENSIONS_2026_1.find((d) => d.id === "member")!,
  questions: [
    reuse("member.statutory", { topic: tStat }),
    reuse("member.health", { topic: tHealth }),
    reuse("member.local_authorities", {
      topic: tHealth,
      hint: "Where one council (for example a unitary council) covers the whole area, answer for it.",
      relabel: {
        top_tier: "All the county, unitary, metropolitan or London borough councils",
        all: "All councils in the area (district councils too, where there are any)",
      },
    }),
    reuse("member.vcs_faith", {
      topic: tVcs,
      add: [
        {
          id: "leads",
          label: "They lead or organise the partnership, with statutory partners taking part",
          points: 4,
        },
      ],
    }),
    reuse("member.business", { topic: tVcs }),
    reuse("member.communities", { topic: tComm, relabel: { none: "No direct engagement at present" } }),
    reuse("member.survivor_input", { topic: tComm, relabel: { none: "Not at present" } }),
  ],
  stages: stagesOf("member").map((s) => ({ ...s, conditions: [] })),
};

// ───────────────────────────── Funding & resources ─────────────────────────────
const tBudget = topic("fund.budget", "Budget");
const tCosts = topic("fund.costs", "Sharing costs");

const funding: Dimension = {
  ...DIMENSIONS_2026_1.find((d) => d.id === "fund")!,
  questions: [
    reuse("fund.in_kind", { topic: tBudget, relabel: { no: "No: people contribute what they can" } }),
    reuse("fund.coordination_funded", {
      topic: tBudget,
      text: "Is the coordination role funded, wholly or partly?",
      hint: "Funded means money or staff time set aside for the role by one or more partners, or a grant.",
    }),
    reuse("fund.dedicated_budget", { topic: tBudget }),
    reuse("fund.victim_support_costs", { topic: tCosts }),
    reuse("fund.joint_commissioning", { topic: tCosts }),
    reuse("fund.security", { topic: tCosts, weight: 2 }),
  ],
  stages: stages(
    [
      desc("fund", 1),
      desc("fund", 2),
      [
        "Coordination is funded, wholly or partly.",
        vd(GM, "Additional funding enabled the MSCU to appoint a coordinator to facilitate an NGO network"),
      ],
      [
        "Resourcing is secured for at least the next year, pooled from several partners, with an agreed way of sharing victim-support costs.",
        iasc(F13, "You can’t say you are here for modern slavery victims if you won’t put finance in place"),
      ],
      [
        "Secure, multi-year resourcing and regular joint commissioning of services.",
        iasc(
          F8,
          "fewer partnerships were working together to joint-commission appropriate services for their area – possibly a reflection of a lack of formalisation in structures and absence of pooled",
        ),
      ],
    ],
    [
      [],
      [],
      [
        {
          ...cond(
            "fund.c.secured",
            "Secure the partnership's resourcing for at least the next 12 months",
            { question: "fund.security", minPoints: 3 },
            iasc(
              F11,
              "which meant that some work was vulnerable to local funding cuts, and co-ordination of activity was limited",
            ),
          ),
          needed: "resourcing secured for at least the next 12 months",
        },
      ],
      [],
    ],
  ),
};

// ───────────────────────────── Outcome measures & learning ─────────────────────────────
const tMeasure = topic("learn.measures", "Measuring progress");
const tReview = topic("learn.review", "Reviewing and learning");

const learning: Dimension = {
  ...DIMENSIONS_2026_1.find((d) => d.id === "learn")!,
  questions: [
    reuse("learn.measures", { topic: tMeasure, weight: 2, relabel: { none: "No regular measurement at present" } }),
    reuse("learn.data", {
      topic: tMeasure,
      source: iasc(
        INFO,
        "one barrier was ‘all agencies having their own agendas and not being willing to use other agency’s data’",
      ),
    }),
    yesno("learn.annual_review", tReview, "Has the partnership reviewed its progress in the last 12 months?", {
      evidencePrompt: "Title and date of the review",
      errorMessage: "Select yes if the partnership has reviewed its progress in the last 12 months",
      source: iasc(
        "Recommendations: Accountability",
        "Monitor progress of partnerships on at least an annual basis and share emerging best practices.",
      ),
    }),
    yesno(
      "learn.review_reported",
      tReview,
      "Was the latest review reported to the board or government body the partnership is accountable to?",
      {
        hint: "If the partnership is not accountable to a board or government body, answer for the partners' own organisations.",
        evidencePrompt: "Which body received the review, and when",
        errorMessage: "Select yes if the latest review was reported to the body the partnership is accountable to",
        source: iasc(
          F10,
          "using meetings to ensure that individuals and groups were accountable, either to the partnership itself, or a higherlevel structure such as the local community safety partnership",
        ),
      },
    ),
    reuse("learn.peer_review", {
      topic: tReview,
      text: "Has the partnership's approach been reviewed by peers or an external organisation in the last three years?",
      source: iasc(F10, "PEER REVIEW"),
    }),
    reuse("learn.sharing_practice", {
      topic: tReview,
      relabel: { none: "Learning is not shared at present" },
    }),
  ],
  stages: stages(
    [desc("learn", 1), desc("learn", 2), desc("learn", 3), desc("learn", 4), desc("learn", 5)],
    [
      [],
      [
        {
          ...cond(
            "learn.c.outputs",
            "Measure outputs, such as people trained or operations run",
            { question: "learn.measures", minPoints: 2 },
            iasc(F10, "looking at the immediate products of their work"),
          ),
          needed: "outputs measured",
        },
      ],
      [
        {
          ...cond(
            "learn.c.outcomes",
            "Measure outcomes: the difference the partnership makes",
            { question: "learn.measures", minPoints: 3 },
            iasc(
              `${KF} 4`,
              "Measures for monitoring and evaluation were in general very processfocused with little reference to measurement of outputs or outcomes from partnership work.",
            ),
          ),
          needed: "outcomes measured",
        },
      ],
      [],
    ],
  ),
};

export const DIMENSIONS_2026_2: Dimension[] = [
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
