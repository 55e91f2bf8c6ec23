import { test } from "node:test";
import assert from "node:assert/strict";
import { getFramework, getQuestion } from "@/lib/framework";
import { sectionsOf } from "./rules";
import {
  describeMinutes,
  documentsToHand,
  governanceDocuments,
  questionMinutes,
  roundUpMinutes,
  sectionOverviews,
} from "./before-you-start";

const fw = getFramework()!;
const sections = sectionsOf(fw);

test("a question's minutes follow its type, plus the look-up of a document it asks for", () => {
  const ref = getQuestion(fw, "gov.terms_of_reference")!;
  assert.equal(ref.type, "yesno_evidence");
  assert.equal(questionMinutes(ref), 3);
  const noPrompt = getQuestion(fw, "pursue.ngo_route")!;
  assert.equal(noPrompt.type, "yesno_evidence");
  assert.equal(questionMinutes(noPrompt), 1);
  assert.equal(questionMinutes(getQuestion(fw, "profile.force_areas")!), 2);
  assert.equal(questionMinutes(getQuestion(fw, "profile.activities_other")!), 3);
  assert.equal(questionMinutes(getQuestion(fw, "profile.established_year")!), 1);
});

test("estimates round up to 5 minutes, never to nothing", () => {
  assert.deepEqual([0, 1, 5, 6, 11].map(roundUpMinutes), [5, 5, 5, 10, 15]);
  assert.equal(describeMinutes(5), "5 minutes");
  assert.equal(describeMinutes(60), "1 hour");
  assert.equal(describeMinutes(85), "1 hour 25 minutes");
  assert.equal(describeMinutes(121), "2 hours 1 minute");
});

test("every section is listed with its questions, pages and an estimate from its own questions", () => {
  const overview = sectionOverviews(fw, sections);
  assert.deepEqual(
    overview.map((o) => o.id),
    sections.map((s) => s.id),
  );
  for (const o of overview) {
    const s = sections.find((x) => x.id === o.id)!;
    assert.equal(o.questions, s.questionIds.length);
    assert.equal(o.pages, s.topics.length);
    const raw = s.questionIds.reduce((n, id) => n + questionMinutes(getQuestion(fw, id)!), 0);
    assert.ok(o.minutes >= raw && o.minutes < raw + 5 && o.minutes % 5 === 0, `${o.id}: ${o.minutes} for ${raw}`);
  }
  // The governance dimension asks for four documents: more minutes than its bare question count.
  const gov = overview.find((o) => o.id === "gov")!;
  assert.ok(gov.minutes > gov.questions);
  assert.equal(overview[0]!.summary, null);
  assert.match(gov.summary ?? "", /governance documents/);
});

test("documents to hand are exactly the questions that ask for a document's title and date", () => {
  const docs = documentsToHand(fw, sections);
  const expected = fw.dimensions
    .flatMap((d) => d.questions)
    .filter((q) => q.type === "yesno_evidence" && q.evidencePrompt);
  assert.equal(docs.length, expected.length);
  assert.ok(docs.length > 0);
  assert.ok(docs.some((d) => d.note === "Title and date of the current terms of reference"));
  assert.ok(docs.every((d) => d.source.doc && d.sectionTitle));
});

test("the governance documents come from the report's list, without 'None of these'", () => {
  const g = governanceDocuments(fw)!;
  assert.deepEqual(g.labels, ["Terms of reference", "Membership list", "Action plan", "Monitoring reports"]);
  assert.equal(g.source.doc, "IASC2017");
});
