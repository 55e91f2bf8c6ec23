// The partnership profile of 2026.1 (profile.ts): the partnership itself, who leads it, its members.
import { iasc, multi, num, single } from "./build";
import type { ProfileQuestion } from "./types";
// The one list of the 45 police force areas (the database is seeded from it too).
import { FORCE_AREAS } from "@/lib/domain/force-areas";
import { tAbout, tLeads, tMembers, LEADS, ORG_TYPES, COORD_ORDER, FIGURE7_WORDS, rl } from "./profile-options";

export const PROFILE_2026_1_ABOUT: ProfileQuestion[] = [
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
];
