// Level-aware "Done at … level for us" (issue 15): which partnerships are offered each option,
// the schema that refuses it elsewhere, and answers given before a partnership's level changed.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, getQuestion, answerValueSchemaFor, scoreDimension } from "./index";
import { isOfferedAt, notOfferedIn, optionAt, optionsAt } from "./levels";
import { LEVELS, type AnswerValue, type Level, type Question } from "./types";

const fw = getFramework("2026.2")!;
const q = (id: string): Question => getQuestion(fw, id)!;
const c = (option: string): AnswerValue => ({ kind: "choice", option });
const choices = (...options: string[]): AnswerValue => ({ kind: "choices", options });
const errorOf = (question: Question, v: unknown, level: Level | "any") => {
  const r = answerValueSchemaFor(question, level).safeParse(v);
  return r.success ? null : r.error.issues[0]!.message;
};
const allQuestions = [...fw.dimensions.flatMap((d) => d.questions), ...fw.profile];
const elsewhereOptions = allQuestions.flatMap((x) =>
  x.type === "single" || x.type === "multi"
    ? x.options.filter((o) => o.doneElsewhere).map((o) => ({ question: x, option: o }))
    : [],
);

describe("which partnerships are offered 'Done at regional / national level for us' (2026.2 data)", () => {
  test("each option's levels: training and reception down from regional; groups and co-location below regional", () => {
    const table = Object.fromEntries(
      elsewhereOptions.map(({ question, option }) => [
        `${question.id}/${option.id}`,
        LEVELS.filter((l) => isOfferedAt(option, l)),
      ]),
    );
    assert.deepEqual(table, {
      "gov.colocation/elsewhere": ["local", "sub_regional", "other"],
      "pursue.pursue_group/elsewhere": ["local", "sub_regional", "other"],
      "prepare.training_model/elsewhere": ["local", "sub_regional", "regional", "other"],
      "prepare.reception/elsewhere": ["local", "sub_regional", "regional", "other"],
    });
  });
  test("a national partnership has no level above it: it is offered none", () => {
    for (const { question, option } of elsewhereOptions) {
      assert.ok(!isOfferedAt(option, "national"), `${question.id}/${option.id}`);
      assert.ok(!optionsAt(question, "national").some((o) => o.doneElsewhere), question.id);
    }
  });
  test("every such option carries a level rule with a hint; no other option does", () => {
    for (const x of allQuestions)
      if (x.type === "single" || x.type === "multi")
        for (const o of x.options) {
          assert.equal(!!o.levels, !!o.doneElsewhere, `${x.id}/${o.id}`);
          if (o.levels) {
            assert.match(o.levels.hint, /^Choose this if /, `${x.id}/${o.id}`);
            assert.ok(o.levels.source.quote && o.levels.source.quote.length > 30, `${x.id}/${o.id}`);
            // Level-specific wording only where the option is offered.
            for (const l of Object.keys(o.levels.at ?? {})) assert.ok(isOfferedAt(o, l as Level), `${x.id}: ${l}`);
          }
        }
  });
  test("a regional partnership sees 'Done at national level for us', not its own level named", () => {
    const seen = (level: Level) =>
      elsewhereOptions
        .filter(({ option }) => isOfferedAt(option, level))
        .map(({ question }) => [question.id, optionsAt(question, level).find((o) => o.doneElsewhere)!.label]);
    assert.deepEqual(seen("regional"), [
      ["prepare.training_model", "Done at national level for us"],
      ["prepare.reception", "Done at national level for us"],
    ]);
    for (const level of ["local", "sub_regional", "other"] as const)
      for (const [, label] of seen(level)) assert.equal(label, "Done at regional / national level for us");
    const reception = elsewhereOptions.find(({ question }) => question.id === "prepare.reception")!.option;
    assert.equal(
      optionAt(reception, "regional").hint,
      "Choose this if reception centres or safe houses are provided for your area by a national body.",
    );
    assert.equal(
      optionAt(reception, "local").hint,
      "Choose this if reception centres or safe houses are provided for your area by a regional or national body.",
    );
  });
  test("no question hint names the option (it would be read where the option is not offered)", () => {
    for (const x of allQuestions) assert.ok(!/Done at/.test(x.hint ?? ""), x.id);
  });
  test("the levels are the profile's levels; 2026.1 has no level rules (it is unchanged)", () => {
    const level = getQuestion(fw, "profile.level")!;
    assert.deepEqual(level.type === "single" && level.options.map((o) => o.id), [...LEVELS]);
    const v1 = getFramework("2026.1")!;
    for (const x of v1.dimensions.flatMap((d) => d.questions))
      if (x.type === "single" || x.type === "multi") assert.ok(x.options.every((o) => !o.levels && !o.doneElsewhere));
  });
  test("options are shown in the framework's order, others unchanged", () => {
    const reception = q("prepare.reception");
    assert.deepEqual(
      optionsAt(reception, "national").map((o) => o.id),
      reception.type === "single" ? reception.options.filter((o) => !o.doneElsewhere).map((o) => o.id) : [],
    );
    assert.deepEqual(
      optionsAt(reception, "local").map((o) => o.id),
      reception.type === "single" ? reception.options.map((o) => o.id) : [],
    );
  });
});

describe("the answer schema refuses the option where it is not offered", () => {
  test("national: refused with a clear message, for single and multiple choice", () => {
    assert.equal(
      errorOf(q("prepare.reception"), c("elsewhere"), "national"),
      "‘Done at regional / national level for us’ is not offered to a national partnership. " +
        q("prepare.reception").errorMessage,
    );
    assert.match(
      errorOf(q("prepare.training_model"), choices("elsewhere"), "national")!,
      /^‘Done at regional \/ national level for us’ is not offered to a national partnership\. Select what the training uses/,
    );
    assert.match(
      errorOf(q("pursue.pursue_group"), c("elsewhere"), "national")!,
      /not offered to a national partnership/,
    );
    assert.match(errorOf(q("gov.colocation"), c("elsewhere"), "national")!, /not offered to a national partnership/);
  });
  test("regional: training and reception accepted; the pursue group and co-location refused", () => {
    assert.equal(errorOf(q("prepare.reception"), c("elsewhere"), "regional"), null);
    assert.equal(errorOf(q("prepare.training_model"), choices("elsewhere"), "regional"), null);
    assert.match(
      errorOf(q("pursue.pursue_group"), c("elsewhere"), "regional")!,
      /not offered to a regional partnership/,
    );
    assert.match(errorOf(q("gov.colocation"), c("elsewhere"), "regional")!, /not offered to a regional partnership/);
  });
  test("local, sub-regional and other arrangements: accepted wherever it is offered", () => {
    for (const level of ["local", "sub_regional", "other"] as const)
      for (const { question, option } of elsewhereOptions)
        assert.equal(
          errorOf(question, question.type === "multi" ? choices(option.id) : c(option.id), level),
          null,
          `${question.id} at ${level}`,
        );
  });
  test("every other answer is judged as before at every level", () => {
    for (const level of LEVELS) {
      assert.equal(errorOf(q("prepare.reception"), c("agreed"), level), null);
      assert.equal(errorOf(q("pursue.pursue_group"), c("yes"), level), null);
      assert.equal(errorOf(q("prepare.reception"), { kind: "dont_know" }, level), null);
      assert.equal(errorOf(q("prepare.reception"), c("no-such-option"), level), q("prepare.reception").errorMessage);
    }
  });
});

describe("an answer given before the partnership's level changed", () => {
  const answers = { "prepare.reception": c("elsewhere"), "prepare.training_model": choices("elsewhere") };
  test("is found as not offered, with the option, at the new level only", () => {
    assert.deepEqual(
      notOfferedIn(q("prepare.reception"), answers["prepare.reception"], "national").map((o) => o.id),
      ["elsewhere"],
    );
    assert.deepEqual(
      notOfferedIn(q("prepare.training_model"), answers["prepare.training_model"], "national").length,
      1,
    );
    assert.deepEqual(notOfferedIn(q("prepare.reception"), answers["prepare.reception"], "regional"), []);
    assert.deepEqual(notOfferedIn(q("prepare.reception"), c("agreed"), "national"), []);
    assert.deepEqual(notOfferedIn(q("prepare.reception"), undefined, "national"), []);
  });
  test("keeps its score: scoring is a pure function of the answers, left out as done elsewhere", () => {
    const d = scoreDimension(fw, "prepare", answers);
    assert.equal(d.doneElsewhere, 2);
    assert.equal(d.score, null, "nothing else answered: no score, and nothing scored as missing");
  });
});
