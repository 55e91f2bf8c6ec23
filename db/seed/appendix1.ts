// The 42 partnerships of Appendix 1 of "Collaborating for freedom" (IASC & University of
// Nottingham, 2017), "anti-slavery partnership arrangements in the UK (responding to April 2017
// survey)", with the level under which the appendix lists them and their names as written there.
// Force areas are given where the name makes them clear.
import type { Nation, PartnershipLevel } from "../../lib/domain/enums";

export type Appendix1Partnership = {
  name: string;
  level: PartnershipLevel;
  nation: Nation;
  forceAreas: string[];
};

const local = (name: string, forceAreas: string[]): Appendix1Partnership => ({
  name,
  level: "local",
  nation: "england",
  forceAreas,
});
const county = (name: string, forceAreas: string[]): Appendix1Partnership => ({
  name,
  level: "sub_regional",
  nation: "england",
  forceAreas,
});

export const APPENDIX_1: readonly Appendix1Partnership[] = [
  // Local
  local("Brighton and Hove Modern Slavery Group", ["sussex"]),
  local("Bristol based Operation Breakthrough", ["avon-and-somerset"]),
  local("Blackpool Anti-Slavery Partnership", ["lancashire"]),
  local("Croydon Anti-Slavery Partnership", ["metropolitan"]),
  local("Fenland Partnership Taskforce", ["cambridgeshire"]),
  local("Gatwick Modern Slavery Partnership", ["sussex"]),
  local("Nottingham Modern Slavery Forum", ["nottinghamshire"]),
  local("Warrington Anti-Slavery Network", ["cheshire"]),
  local("Wolverhampton Anti-Slavery Partnership", ["west-midlands"]),
  // County / sub-regional
  county("Avon and Somerset Anti-Slavery Partnership", ["avon-and-somerset"]),
  county("Bedfordshire Against Modern Slavery / Bedfordshire Police MS&HT Partnership Development Group", [
    "bedfordshire",
  ]),
  county("Cheshire Anti-Slavery Network", ["cheshire"]),
  county("Derby and Derbyshire Modern Slavery Partnership", ["derbyshire"]),
  county("Devon and Cornwall Anti-Slavery Partnership", ["devon-and-cornwall"]),
  county("Dorset Anti-Slavery Partnership", ["dorset"]),
  county("Gloucestershire Anti-Slavery Partnership", ["gloucestershire"]),
  county("Hampshire & Isle of Wight Modern Slavery Partnership", ["hampshire"]),
  county("Hertfordshire Modern Slavery Steering Group", ["hertfordshire"]),
  county("Humber Modern Slavery Partnership", ["humberside"]),
  county(
    "Kent and Essex Strategic Leadership Anti-Slavery Group / Tactical Anti-Slavery Sub group / Regional Anti-Slavery sub-group / Charities and Volunteer Sector Anti Slavery sub-group",
    ["kent", "essex"],
  ),
  county("Lancashire Modern Slavery Partnership (planned, new)", ["lancashire"]),
  county("Lincolnshire Police Modern Slavery Partnership / Business Accreditation Partnership", ["lincolnshire"]),
  county("Human Trafficking & Modern Slavery London Working Group (LWG)", ["metropolitan", "city-of-london"]),
  county(
    "Greater Manchester Modern Slavery Coordination Unit (includes multi-agency co located internal partnership, and Modern Slavery Response Network with external partners)",
    ["greater-manchester"],
  ),
  county("Merseyside Human Trafficking and Modern Slavery Meeting / Merseyside Slavery Network", ["merseyside"]),
  county("Nottingham and Nottinghamshire Modern Slavery Partnership", ["nottinghamshire"]),
  county("Northamptonshire Modern Slavery Group", ["northamptonshire"]),
  county("North Yorkshire Anti-Trafficking Practitioners Working Group", ["north-yorkshire"]),
  county("South Yorkshire Anti-Slavery Practitioners Group (currently no NGO representation)", ["south-yorkshire"]),
  county("Staffordshire Anti-Slavery Partnership", ["staffordshire"]),
  county("Sussex – Pan-Sussex Partnership, and safer West-Sussex Partnership", ["sussex"]),
  county("Swindon and Wiltshire Anti-Slavery Partnership", ["wiltshire"]),
  county(
    "Thames Valley Anti-Slavery Networks (encompasses Berkshire Anti-Slavery Network, Buckinghamshire Anti-Slavery Network, Milton Keynes Anti-Slavery Network and Oxfordshire Anti-Slavery Network.)",
    ["thames-valley"],
  ),
  county(
    "West Yorkshire Anti Trafficking and Modern Slavery network (encompasses anti-slavery networks in Leeds, Kirklees, Calderdale, Bradford, and Wakefield)",
    ["west-yorkshire"],
  ),
  // Regional
  {
    name: "East Midlands Regional Human Trafficking and Modern Day Slavery Tactical Meeting / East Midlands Anti-Human Trafficking Partnership meeting",
    level: "regional",
    nation: "england",
    forceAreas: ["derbyshire", "leicestershire", "lincolnshire", "northamptonshire", "nottinghamshire"],
  },
  {
    name: "South West Region Anti-Slavery Partnership",
    level: "regional",
    nation: "england",
    forceAreas: ["avon-and-somerset", "devon-and-cornwall", "dorset", "gloucestershire", "wiltshire"],
  },
  {
    name: "West Midlands Anti-Slavery Network (WMASN) / WM Panel for the Protection of Trafficked Children / WM Preventing Violence against Vulnerable People (PVVP) Board",
    level: "regional",
    nation: "england",
    forceAreas: ["west-midlands", "staffordshire", "warwickshire", "west-mercia"],
  },
  // National
  {
    name: "PSNI Joint Agency Cross Border Task Force / PSNI Engagement Group on Human Trafficking / PSNI Organised Crime Task Force Immigration and Human Trafficking Subgroup / PSNI Regional Practice Network on Trafficked and Separated Children",
    level: "national",
    nation: "northern_ireland",
    forceAreas: ["psni"],
  },
  {
    name: "Scottish Government Strategy Implementation Group / Police Scotland Human Trafficking Champions Meeting",
    level: "national",
    nation: "scotland",
    forceAreas: ["police-scotland"],
  },
  {
    name: "Wales Anti-Slavery Leadership Group / Wales Anti Slavery Operational Delivery Group / Wales Threat Group for Modern Slavery / Wales Anti-Slavery Casework Review Group / Wales Anti-Slavery Training Sub-Group / Wales Sex Worker Support Group / Wales Regional Anti-Slavery groups: Cardiff & the Vale of Glamorgan, Cwm Taf, Western Bay",
    level: "national",
    nation: "wales",
    forceAreas: ["dyfed-powys", "gwent", "north-wales", "south-wales"],
  },
  // Other arrangements (bi-laterals etc.)
  {
    name: "Cleveland Serious and Organised Crime Partnership Group / Cleveland Strategic Vulnerable Exploited Missing and Trafficked Partnership Board (VEMT) / Cleveland Regional Clandestine Entry Group",
    level: "other",
    nation: "england",
    forceAreas: ["cleveland"],
  },
  {
    name: "Northumbria Police: Bi-laterals with Hope for Justice, Community Safety Partnerships, Local authorities, Immigration / Border Force, Policing partners, DWP / HMRC, HSE, Changing Lives, NGOs",
    level: "other",
    nation: "england",
    forceAreas: ["northumbria"],
  },
];
