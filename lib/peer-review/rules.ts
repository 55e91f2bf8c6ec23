// Lines of enquiry for a peer-review visit: generated from where the self-assessment is weakest or
// least certain. Pure: the caller gathers the facts, these rules decide what to ask and of whom.
// Grounded in the report's call for peer review to answer partnerships "not feeling confident"
// about their progress (Figure 15; Cleveland's external health assessment) and in Van Dyke's
// account of what makes partnership working effective (trust, shared information, clear roles).
import type { AnswerMap, Framework } from "@/lib/framework/types";
import type { DimensionScore } from "@/lib/framework/scoring";
import type { DimensionSpread } from "@/lib/framework/respondents";
import { evidenceIsOutOfDate } from "@/lib/framework/schema";
import { isOpenPlanAction } from "@/lib/action-plan/rules";

export type EnquiryKind =
  | "low-stage"
  | "evidence-missing"
  | "evidence-out-of-date"
  | "evidence-future"
  | "members-disagree"
  | "large-change"
  | "overdue-action"
  | "dont-know";

export type LineOfEnquiry = {
  kind: EnquiryKind;
  dimensionId: string | null;
  /** Why it was raised, in words a reviewer can read out. */
  reason: string;
  questions: string[];
  askOf: string[];
};

export type EnquiryInput = {
  framework: Framework;
  answers: AnswerMap;
  scores: DimensionScore[];
  spread: DimensionSpread[];
  previous: { cycleLabel: string; scores: DimensionScore[] } | null;
  actions: { title: string; dimensionId: string; dueOn: string | null; status: string }[];
  cycleOpensOn: string;
  today: string;
};

const ASK_OF: Record<string, string[]> = {
  lead: ["the chair", "the coordinator", "a senior partner from outside the police"],
  gov: ["the coordinator", "the board the partnership reports to"],
  strategy: ["the coordinator", "action owners"],
  prevent: ["local authority community safety", "business or trade bodies", "voluntary and faith groups"],
  pursue: ["police modern slavery lead", "GLAA or HMRC contacts", "licensing and housing enforcement"],
  protect: ["adult and children's safeguarding leads", "health (NHS) safeguarding", "frontline staff"],
  prepare: ["NGO support providers", "the NRM single point of contact", "survivor representatives"],
  member: ["members who rarely attend", "voluntary sector members", "survivor representatives"],
  fund: ["the coordinator", "the Police and Crime Commissioner's office", "local authority commissioners"],
  learn: ["the coordinator", "the board the partnership reports to"],
};

function askOf(dimensionId: string | null): string[] {
  const key = dimensionId ? Object.keys(ASK_OF).find((k) => dimensionId.startsWith(k)) : undefined;
  return key ? ASK_OF[key]! : ["the coordinator"];
}

export const LARGE_CHANGE = 20;
/** Dimensions at this stage or below raise a "low stage" line of enquiry. */
export const LOW_STAGE = 2;

type Ranked = Pick<DimensionScore, "dimensionId" | "score" | "stage">;

/**
 * The visit pack's strengths and areas for development: the three highest and three lowest
 * scored dimensions, but never a dimension at a low stage among the strengths (it is raised as a
 * line of enquiry instead), and never one dimension in both lists.
 */
export function strengthsAndDevelopment<T extends Ranked>(scores: T[]): { strengths: T[]; development: T[] } {
  const ranked = scores.filter((s) => s.score !== null).sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
  const strengths = ranked.filter((s) => s.stage.index > LOW_STAGE).slice(0, 3);
  const development = ranked
    .filter((s) => !strengths.includes(s))
    .slice(-3)
    .reverse();
  return { strengths, development };
}

export function linesOfEnquiry(input: EnquiryInput): LineOfEnquiry[] {
  const fw = input.framework;
  const out: LineOfEnquiry[] = [];
  const name = (id: string) => fw.dimensions.find((d) => d.id === id)?.name ?? id;

  for (const s of input.scores) {
    if (s.stage.index <= LOW_STAGE && s.score !== null) {
      out.push({
        kind: "low-stage",
        dimensionId: s.dimensionId,
        reason: `${name(s.dimensionId)} is at stage ${s.stage.index} (${s.stage.name}), score ${s.score}.`,
        questions: [
          `What is holding ${name(s.dimensionId).toLowerCase()} back, and who could change that?`,
          ...s.unmetForNextStage
            .slice(0, 2)
            .map((u) => `What would it take to: ${u.text.charAt(0).toLowerCase()}${u.text.slice(1)}?`),
        ],
        askOf: askOf(s.dimensionId),
      });
    }
    if (s.dontKnow >= 2) {
      out.push({
        kind: "dont-know",
        dimensionId: s.dimensionId,
        reason: `${s.dontKnow} questions in ${name(s.dimensionId)} were answered “Don’t know”${
          s.coverage !== undefined && s.coverage !== null ? ` (coverage ${s.coverage}%)` : ""
        }.`,
        questions: [
          "Who in the partnership would know the answers, and were they asked?",
          "Is the uncertainty itself a sign that information is not shared?",
        ],
        askOf: askOf(s.dimensionId),
      });
    }
  }

  for (const d of fw.dimensions) {
    for (const q of d.questions) {
      if (q.type !== "yesno_evidence") continue;
      const a = input.answers[q.id];
      if (a?.kind !== "yesno" || a.answer !== "yes") continue;
      const e = a.evidence;
      // Only a question that asks for evidence (its prompt says what would show it) can lack it.
      if (!e || (!e.title && !e.link && !e.date && !e.note)) {
        if (!q.evidencePrompt) continue;
        out.push({
          kind: "evidence-missing",
          dimensionId: d.id,
          reason: `“${q.text}” was answered yes with no evidence recorded.`,
          questions: [`Can we see it? ${q.evidencePrompt}`],
          askOf: askOf(d.id),
        });
      } else if (e.date && e.date > input.today) {
        out.push({
          kind: "evidence-future",
          dimensionId: d.id,
          reason: `The evidence for “${q.text}” (${e.title || "untitled"}) is dated ${e.date}, which is in the future.`,
          questions: ["What is the document's actual date?", "Is it a draft not yet agreed?"],
          askOf: askOf(d.id),
        });
      } else if (e.date && evidenceIsOutOfDate(e.date, input.cycleOpensOn)) {
        out.push({
          kind: "evidence-out-of-date",
          dimensionId: d.id,
          reason: `The evidence for “${q.text}” (${e.title ?? "untitled"}) is dated ${e.date}, more than 12 months before the cycle opened.`,
          questions: ["Is there a more recent version?", "When was it last reviewed, and by whom?"],
          askOf: askOf(d.id),
        });
      }
    }
  }

  for (const s of input.spread) {
    if (s.disagreement) {
      out.push({
        kind: "members-disagree",
        dimensionId: s.dimensionId,
        reason: `Members disagree about ${name(s.dimensionId)}: ${s.disagreementReasons.join("; ")}.`,
        questions: [
          "Where do members’ experiences differ from the partnership’s answer, and why?",
          "Which members were not part of agreeing the answer?",
        ],
        askOf: askOf(s.dimensionId),
      });
    }
  }

  if (input.previous) {
    for (const s of input.scores) {
      const p = input.previous.scores.find((x) => x.dimensionId === s.dimensionId);
      if (!p || p.score === null || s.score === null) continue;
      const delta = s.score - p.score;
      if (Math.abs(delta) >= LARGE_CHANGE) {
        out.push({
          kind: "large-change",
          dimensionId: s.dimensionId,
          reason: `${name(s.dimensionId)} ${delta > 0 ? "rose" : "fell"} by ${Math.abs(delta)} points since ${input.previous.cycleLabel}.`,
          questions: [
            delta > 0 ? "What changed in practice, and can it be seen?" : "What was lost, and is anyone picking it up?",
          ],
          askOf: askOf(s.dimensionId),
        });
      }
    }
  }

  for (const a of input.actions) {
    if (a.dueOn && a.dueOn < input.today && isOpenPlanAction(a)) {
      out.push({
        kind: "overdue-action",
        dimensionId: a.dimensionId,
        reason: `The action “${a.title}” was due on ${a.dueOn} and is not done.`,
        questions: ["What stopped it, and is it still the right action?"],
        askOf: ["the action's owner", "the coordinator"],
      });
    }
  }
  return out;
}
