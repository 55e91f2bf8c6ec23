import { test } from "node:test";
import assert from "node:assert/strict";
import { sectionsOf, sectionProgress, nextTopic, previousTopic, type AnswerState } from "./sections";

const q = (id: string, topic: string, optional = false) => ({
  id,
  topic: { id: topic, title: topic.toUpperCase() },
  optional,
});
const framework = {
  profile: [q("p.level", "basics"), q("p.nation", "basics"), q("p.gaps", "gaps", true)],
  dimensions: [
    {
      id: "lead",
      name: "Leadership",
      questions: [q("lead.chair", "chair"), q("lead.coord", "chair"), q("lead.links", "links")],
    },
    { id: "gov", name: "Governance", questions: [q("gov.tor", "docs")] },
  ],
};

test("sections are the profile then each dimension, with topics in question order", () => {
  const sections = sectionsOf(framework);
  assert.deepEqual(
    sections.map((s) => s.id),
    ["profile", "lead", "gov"],
  );
  assert.deepEqual(
    sections[1]!.topics.map((t) => [t.id, t.questionIds]),
    [
      ["chair", ["lead.chair", "lead.coord"]],
      ["links", ["lead.links"]],
    ],
  );
  assert.equal(nextTopic(sections[1]!, "chair")?.id, "links");
  assert.equal(nextTopic(sections[1]!, "links"), null);
  assert.equal(previousTopic(sections[1]!, "links")?.id, "chair");
  assert.equal(previousTopic(sections[1]!, "chair"), null);
});

const answers = (entries: Record<string, Partial<AnswerState>>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, { answered: true, needsConfirmation: false, ...v }]));

test("not started, in progress, completed — with the number of questions remaining", () => {
  const lead = sectionsOf(framework)[1]!;
  assert.deepEqual(sectionProgress(lead, new Map(), false), {
    status: "not_started",
    answered: 0,
    remaining: 3,
    unconfirmed: 0,
    needNewAnswer: 0,
    canComplete: false,
  });
  assert.deepEqual(sectionProgress(lead, answers({ "lead.chair": {} }), false), {
    status: "in_progress",
    answered: 1,
    remaining: 2,
    unconfirmed: 0,
    needNewAnswer: 0,
    canComplete: false,
  });
  const all = answers({ "lead.chair": {}, "lead.coord": {}, "lead.links": {} });
  assert.equal(sectionProgress(lead, all, false).status, "in_progress");
  assert.equal(sectionProgress(lead, all, false).canComplete, true);
  assert.equal(sectionProgress(lead, all, true).status, "completed");
});

test("carried-over answers must be confirmed before a section can be complete", () => {
  const lead = sectionsOf(framework)[1]!;
  const carried = answers({ "lead.chair": { needsConfirmation: true }, "lead.coord": {}, "lead.links": {} });
  const p = sectionProgress(lead, carried, true);
  assert.equal(p.unconfirmed, 1);
  assert.equal(p.canComplete, false);
  assert.equal(p.status, "in_progress");
});

test("an answer no longer offered at the partnership's level needs a new answer before the section is complete", () => {
  const lead = sectionsOf(framework)[1]!;
  const all = answers({ "lead.chair": { needsNewAnswer: true }, "lead.coord": {}, "lead.links": {} });
  const p = sectionProgress(lead, all, true);
  assert.deepEqual(
    { answered: p.answered, remaining: p.remaining, needNewAnswer: p.needNewAnswer, canComplete: p.canComplete },
    { answered: 2, remaining: 0, needNewAnswer: 1, canComplete: false },
  );
  assert.equal(p.status, "in_progress", "a section marked complete is shown in progress again");
  assert.equal(sectionProgress(lead, answers({ "lead.chair": { needsNewAnswer: true } }), false).status, "in_progress");
});

test("carried-over answers alone make a section in progress", () => {
  const gov = sectionsOf(framework)[2]!;
  assert.equal(sectionProgress(gov, answers({ "gov.tor": { needsConfirmation: true } }), false).status, "in_progress");
});

test("optional questions do not count as remaining", () => {
  const profile = sectionsOf(framework)[0]!;
  const p = sectionProgress(profile, answers({ "p.level": {}, "p.nation": {} }), true, (id) => id === "p.gaps");
  assert.equal(p.remaining, 0);
  assert.equal(p.status, "completed");
});
