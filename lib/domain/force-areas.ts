// The UK's police force areas: the 43 territorial forces of England and Wales, Police Scotland
// and the Police Service of Northern Ireland. The 2017 report maps partnerships by these areas
// (Figures 1–4); regions are the former English administrative regions the report refers to.
import type { Nation } from "@/lib/domain/enums";

export type ForceArea = { id: string; name: string; nation: Nation; region: string };

const E = "england" as const;

export const FORCE_AREAS: readonly ForceArea[] = [
  { id: "avon-and-somerset", name: "Avon and Somerset", nation: E, region: "South West" },
  { id: "bedfordshire", name: "Bedfordshire", nation: E, region: "East of England" },
  { id: "cambridgeshire", name: "Cambridgeshire", nation: E, region: "East of England" },
  { id: "cheshire", name: "Cheshire", nation: E, region: "North West" },
  { id: "city-of-london", name: "City of London", nation: E, region: "London" },
  { id: "cleveland", name: "Cleveland", nation: E, region: "North East" },
  { id: "cumbria", name: "Cumbria", nation: E, region: "North West" },
  { id: "derbyshire", name: "Derbyshire", nation: E, region: "East Midlands" },
  { id: "devon-and-cornwall", name: "Devon and Cornwall", nation: E, region: "South West" },
  { id: "dorset", name: "Dorset", nation: E, region: "South West" },
  { id: "durham", name: "Durham", nation: E, region: "North East" },
  { id: "essex", name: "Essex", nation: E, region: "East of England" },
  { id: "gloucestershire", name: "Gloucestershire", nation: E, region: "South West" },
  { id: "greater-manchester", name: "Greater Manchester", nation: E, region: "North West" },
  { id: "hampshire", name: "Hampshire and Isle of Wight", nation: E, region: "South East" },
  { id: "hertfordshire", name: "Hertfordshire", nation: E, region: "East of England" },
  { id: "humberside", name: "Humberside", nation: E, region: "Yorkshire and the Humber" },
  { id: "kent", name: "Kent", nation: E, region: "South East" },
  { id: "lancashire", name: "Lancashire", nation: E, region: "North West" },
  { id: "leicestershire", name: "Leicestershire", nation: E, region: "East Midlands" },
  { id: "lincolnshire", name: "Lincolnshire", nation: E, region: "East Midlands" },
  { id: "merseyside", name: "Merseyside", nation: E, region: "North West" },
  { id: "metropolitan", name: "Metropolitan Police", nation: E, region: "London" },
  { id: "norfolk", name: "Norfolk", nation: E, region: "East of England" },
  { id: "northamptonshire", name: "Northamptonshire", nation: E, region: "East Midlands" },
  { id: "northumbria", name: "Northumbria", nation: E, region: "North East" },
  { id: "north-yorkshire", name: "North Yorkshire", nation: E, region: "Yorkshire and the Humber" },
  { id: "nottinghamshire", name: "Nottinghamshire", nation: E, region: "East Midlands" },
  { id: "south-yorkshire", name: "South Yorkshire", nation: E, region: "Yorkshire and the Humber" },
  { id: "staffordshire", name: "Staffordshire", nation: E, region: "West Midlands" },
  { id: "suffolk", name: "Suffolk", nation: E, region: "East of England" },
  { id: "surrey", name: "Surrey", nation: E, region: "South East" },
  { id: "sussex", name: "Sussex", nation: E, region: "South East" },
  { id: "thames-valley", name: "Thames Valley", nation: E, region: "South East" },
  { id: "warwickshire", name: "Warwickshire", nation: E, region: "West Midlands" },
  { id: "west-mercia", name: "West Mercia", nation: E, region: "West Midlands" },
  { id: "west-midlands", name: "West Midlands", nation: E, region: "West Midlands" },
  { id: "west-yorkshire", name: "West Yorkshire", nation: E, region: "Yorkshire and the Humber" },
  { id: "wiltshire", name: "Wiltshire", nation: E, region: "South West" },
  { id: "dyfed-powys", name: "Dyfed-Powys", nation: "wales", region: "Wales" },
  { id: "gwent", name: "Gwent", nation: "wales", region: "Wales" },
  { id: "north-wales", name: "North Wales", nation: "wales", region: "Wales" },
  { id: "south-wales", name: "South Wales", nation: "wales", region: "Wales" },
  { id: "police-scotland", name: "Police Scotland", nation: "scotland", region: "Scotland" },
  { id: "psni", name: "Police Service of Northern Ireland", nation: "northern_ireland", region: "Northern Ireland" },
];

export const FORCE_AREA_IDS = FORCE_AREAS.map((f) => f.id);
