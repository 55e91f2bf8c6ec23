import { test } from "node:test";
import assert from "node:assert/strict";
import { getFramework } from "../framework";
import { scoreAssessment } from "../framework/scoring";
import type { AnswerMap } from "../framework/types";
import type { DimensionSpread } from "../framework/respondents";
import { linesOfEnquiry, strengthsAndDevelopment, type EnquiryInput } from "./rules";

// Pinned to 2026.1 for its stage conditions; the 2026.2 case is tested below.
const fw = getFramework("2026.1")!;
const yesnoQ = fw.dimensions
  .flatMap((d) => d.questions.map((q) => ({ q, d })))
  .find(({ q }) => q.type === "yesno_evidence")!;

function input(answers: AnswerMap, extra: Partial<EnquiryInput> = {}): EnquiryInput {
  return {
    framework: fw,
    answers,
    scores: scoreAssessment(fw, answers).dimensions,
    spread: [],
    previous: null,
    actions: [],
    cycleOpensOn: "2026-04-01",
    today: "2026-11-22",
    ...extra,
  };
}

const kinds = (lines: { kind: string }[]) => new Set(lines.map((l) => l.kind));

test("low stages raise a line with the unmet conditions as questions, and whom to ask", () => {
  const all: AnswerMap = {};
  for (const d of fw.dimensions) for (const q of d.questions) all[q.id] = { kind: "dont_know" };
  const lines = linesOfEnquiry(input(all)).filter((l) => l.kind === "low-stage");
  assert.equal(lines.length, fw.dimensions.length, "every dimension at stage 1 raises a line");
  const lead = lines.find((l) => l.dimensionId === fw.dimensions[0]!.id)!;
  assert.match(lead.reason, /stage 1 \(Forming\), score 0/);
  assert.ok(lead.questions.length >= 2, "the unmet conditions become questions");
  assert.ok(lead.askOf.length > 0);
  // Nothing answered at all: no score, so no claim about the stage.
  assert.equal(linesOfEnquiry(input({})).filter((l) => l.kind === "low-stage").length, 0);
});

test("a yes without evidence, and evidence older than 12 months before the cycle, are raised", () => {
  const missing = linesOfEnquiry(input({ [yesnoQ.q.id]: { kind: "yesno", answer: "yes" } }));
  assert.ok(kinds(missing).has("evidence-missing"));
  const old = linesOfEnquiry(
    input({
      [yesnoQ.q.id]: { kind: "yesno", answer: "yes", evidence: { title: "Terms of reference", date: "2024-01-10" } },
    }),
  );
  const line = old.find((l) => l.kind === "evidence-out-of-date")!;
  assert.ok(line, "out-of-date evidence raised");
  assert.equal(line.dimensionId, yesnoQ.d.id);
  assert.match(line.reason, /2024-01-10/);
  const recent = linesOfEnquiry(
    input({
      [yesnoQ.q.id]: { kind: "yesno", answer: "yes", evidence: { title: "Terms of reference", date: "2026-01-10" } },
    }),
  );
  assert.equal(kinds(recent).has("evidence-out-of-date"), false);
  assert.equal(kinds(recent).has("evidence-missing"), false);
});

test("evidence is only missing where the question asks for it, and a date in the future is raised", () => {
  const all = fw.dimensions.flatMap((d) => d.questions).filter((q) => q.type === "yesno_evidence");
  const withPrompt = all.find((q) => q.type === "yesno_evidence" && q.evidencePrompt)!;
  const withoutPrompt = all.find((q) => q.type === "yesno_evidence" && !q.evidencePrompt);
  assert.ok(withoutPrompt, "the framework has a yes/no question with no evidence field");
  const lines = linesOfEnquiry(
    input({
      [withPrompt.id]: { kind: "yesno", answer: "yes" },
      [withoutPrompt.id]: { kind: "yesno", answer: "yes" },
    }),
  ).filter((l) => l.kind === "evidence-missing");
  assert.equal(lines.length, 1);
  assert.match(lines[0]!.reason, new RegExp(withPrompt.text.slice(0, 30).replace(/[().?]/g, ".")));

  const future = linesOfEnquiry(
    input({ [withPrompt.id]: { kind: "yesno", answer: "yes", evidence: { title: "Plan", date: "2026-11-23" } } }),
  );
  const line = future.find((l) => l.kind === "evidence-future")!;
  assert.ok(line, "a date after today is raised");
  assert.match(line.reason, /dated 2026-11-23, which is in the future/);
  assert.equal(kinds(future).has("evidence-out-of-date"), false);
  const today = linesOfEnquiry(
    input({ [withPrompt.id]: { kind: "yesno", answer: "yes", evidence: { title: "Plan", date: "2026-11-22" } } }),
  );
  assert.equal(kinds(today).has("evidence-future"), false);
});

test("a dimension at a low stage is never a strength, and no dimension is in both lists", () => {
  const at = (dimensionId: string, score: number, stage: number) => ({
    dimensionId,
    score,
    stage: { index: stage, name: `Stage ${stage}` },
  });
  // Everything low: no strengths, and the development areas are the lowest three.
  const low = [at("a", 30, 2), at("b", 10, 1), at("c", 25, 2), at("d", 5, 1)];
  const weak = strengthsAndDevelopment(low);
  assert.deepEqual(weak.strengths, []);
  assert.deepEqual(
    weak.development.map((s) => s.dimensionId),
    ["d", "b", "c"],
  );
  const lowStageLines = new Set(
    linesOfEnquiry(
      input(Object.fromEntries(fw.dimensions.flatMap((d) => d.questions).map((q) => [q.id, { kind: "dont_know" }]))),
    )
      .filter((l) => l.kind === "low-stage")
      .map((l) => l.dimensionId),
  );
  const scored = scoreAssessment(
    fw,
    Object.fromEntries(fw.dimensions.flatMap((d) => d.questions).map((q) => [q.id, { kind: "dont_know" }])),
  ).dimensions;
  const { strengths } = strengthsAndDevelopment(scored);
  assert.ok(strengths.every((s) => !lowStageLines.has(s.dimensionId)));
  // Mixed: four dimensions, two above stage 2; the strengths are those two only.
  const mixed = strengthsAndDevelopment([at("a", 80, 4), at("b", 10, 1), at("c", 60, 3), at("d", 20, 1)]);
  assert.deepEqual(
    mixed.strengths.map((s) => s.dimensionId),
    ["a", "c"],
  );
  assert.deepEqual(
    mixed.development.map((s) => s.dimensionId),
    ["b", "d"],
  );
});

test("members' disagreement, large changes since last year and overdue actions are raised", () => {
  const dim = fw.dimensions[0]!.id;
  const spread: DimensionSpread[] = [
    {
      dimensionId: dim,
      n: 3,
      showSpread: true,
      min: 10,
      max: 90,
      median: 50,
      stageMin: 1,
      stageMax: 5,
      officialScore: 50,
      officialStage: 3,
      disagreement: true,
      disagreementReasons: ["respondents are 4 stages apart"],
    },
  ];
  const base = input({});
  const prevScores = base.scores.map((s) => ({ ...s, score: s.dimensionId === dim ? 0 : s.score }));
  const curScores = base.scores.map((s) => ({ ...s, score: s.dimensionId === dim ? 45 : s.score }));
  const lines = linesOfEnquiry({
    ...base,
    scores: curScores,
    spread,
    previous: { cycleLabel: "2025/26", scores: prevScores },
    actions: [
      { title: "Agree an action plan", dimensionId: dim, dueOn: "2026-06-30", status: "in_progress" },
      { title: "Done already", dimensionId: dim, dueOn: "2026-06-30", status: "done" },
      { title: "Not due yet", dimensionId: dim, dueOn: "2027-06-30", status: "not_started" },
    ],
  });
  assert.ok(
    lines.some((l) => l.kind === "members-disagree" && l.dimensionId === dim && /4 stages apart/.test(l.reason)),
  );
  assert.ok(lines.some((l) => l.kind === "large-change" && /rose by 45 points since 2025\/26/.test(l.reason)));
  const overdue = lines.filter((l) => l.kind === "overdue-action");
  assert.equal(overdue.length, 1);
  assert.match(overdue[0]!.reason, /Agree an action plan/);
});

test("two or more Don't know answers in a dimension are raised; every line says whom to ask", () => {
  const d = fw.dimensions[1]!;
  const answers: AnswerMap = {};
  for (const q of d.questions.slice(0, 2)) answers[q.id] = { kind: "dont_know" };
  const lines = linesOfEnquiry(input(answers));
  assert.ok(lines.some((l) => l.kind === "dont-know" && l.dimensionId === d.id));
  for (const l of lines) {
    assert.ok(l.askOf.length > 0, l.kind);
    assert.ok(l.questions.length > 0, l.kind);
  }
});

test("2026.2: Don't know lowers coverage rather than the stage, and the low coverage is the line of enquiry", () => {
  const fw2 = getFramework("2026.2")!;
  const all: AnswerMap = {};
  for (const d of fw2.dimensions) for (const q of d.questions) all[q.id] = { kind: "dont_know" };
  const lines = linesOfEnquiry({ ...input(all), framework: fw2, scores: scoreAssessment(fw2, all).dimensions });
  assert.equal(lines.filter((l) => l.kind === "low-stage").length, 0, "no score, so no claim about the stage");
  const dk = lines.filter((l) => l.kind === "dont-know");
  assert.equal(dk.length, fw2.dimensions.length);
  assert.match(dk[0]!.reason, /coverage 0%/);
});
