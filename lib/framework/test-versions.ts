// Test versions (kept out of listFrameworkVersions unless asked for): a small pair that exercises
// every kind of version mapping in the tests.
import { deepFreeze, iasc, single, stages, topic, yesno, cond } from "./build";
import type { Framework } from "./types";

const tt = topic("t.topic", "Test topic");
const src = iasc("Key findings 4");
const testStages = (dimId: string, q: string) =>
  stages(
    [
      ["Forming", src],
      ["Developing", src],
      ["Established", src],
      ["Embedded", src],
      ["Leading", src],
    ],
    [[], [cond(`${dimId}.c.plan`, "Agree a plan", { question: q, is: "yes" }, src)], [], []],
  );

export const FRAMEWORK_TEST_1: Framework = deepFreeze({
  version: "test-1",
  title: "Test framework 1",
  releasedOn: "2025-04-01",
  test: true,
  dimensions: [
    {
      id: "t",
      name: "Test dimension",
      summary: "Exercises every mapping kind.",
      source: src,
      stages: testStages("t", "t.plan"),
      questions: [
        yesno("t.plan", tt, "Is there a plan?", { errorMessage: "Select yes if there is a plan", source: src }),
        single(
          "t.chair",
          tt,
          "Who chairs?",
          [
            ["none", "Nobody", 0],
            ["police", "Police", 2],
            ["shared", "Shared", 4],
          ],
          { errorMessage: "Select who chairs", source: src },
        ),
        single(
          "t.docs",
          tt,
          "Which governance documents are there?",
          [
            ["none", "None", 0],
            ["tor", "Terms of reference only", 2],
            ["tor_plan", "Terms of reference and a plan", 4],
          ],
          { errorMessage: "Select the documents", source: src },
        ),
        single(
          "t.old",
          tt,
          "An obsolete question",
          [
            ["no", "No", 0],
            ["yes", "Yes", 4],
          ],
          { errorMessage: "Select an answer", source: src },
        ),
      ],
    },
  ],
  profile: [],
});

export const FRAMEWORK_TEST_2: Framework = deepFreeze({
  version: "test-2",
  title: "Test framework 2",
  releasedOn: "2026-04-01",
  test: true,
  dimensions: [
    {
      id: "t",
      name: "Test dimension",
      summary: "Exercises every mapping kind.",
      source: src,
      stages: testStages("t", "t.plan"),
      questions: [
        yesno("t.plan", tt, "Is there a plan?", { errorMessage: "Select yes if there is a plan", source: src }),
        single(
          "t.chair_type",
          tt,
          "Who chairs?",
          [
            ["tbd", "Nobody yet", 0],
            ["police", "Police", 2],
            ["shared", "Shared", 4],
          ],
          {
            errorMessage: "Select who chairs",
            source: src,
          },
        ),
        yesno("t.terms_of_reference", tt, "Are there terms of reference?", {
          errorMessage: "Select yes if there are terms of reference",
          source: src,
        }),
        yesno("t.action_plan_doc", tt, "Is the plan written down?", {
          errorMessage: "Select yes if the plan is written down",
          source: src,
        }),
        yesno("t.new", tt, "A new question", { errorMessage: "Select yes or no", source: src }),
      ],
    },
  ],
  profile: [],
});
