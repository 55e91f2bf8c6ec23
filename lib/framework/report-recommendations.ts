// The report's twelve recommendations (verbatim), with whom each is for and the local action that
// serves it: the root every toolkit recommendation rests on.
import { iasc } from "./build";
import type { ReportRecommendation, ReportRecommendationId } from "./types";

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
