// The question-page form: what it holds ↔ the stored answer, checked by the same schema the
// server uses. Runs against the real framework's questions.
import { answerValueSchemaFor } from "../framework/schema";
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, getQuestion } from "../framework";
import { LEVELS, type Question } from "../framework/types";
import { PARTNERSHIP_LEVELS } from "../domain/enums";
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  emptyDraft,
  fieldKey,
  draftToValue,
  valueToDraft,
  validateDraft,
} from "./answer-form";

const fw = getFramework()!;
const all: Question[] = [...fw.profile, ...fw.dimensions.flatMap((d) => d.questions)];
const ofType = <T extends Question["type"]>(type: T) =>
  all.find((q) => q.type === type) as Extract<Question, { type: T }>;

describe("draft → answer → draft", () => {
  test("every question type round-trips a valid answer", () => {
    for (const q of all) {
      const d = emptyDraft();
      if (q.type === "single") d.choice = q.options[0]!.id;
      if (q.type === "multi") d.choices = [q.options.find((o) => !o.exclusive)!.id];
      if (q.type === "yesno_evidence")
        Object.assign(d, {
          choice: "yes",
          evidence: { title: "Terms of reference", date: "2026-05-01", link: "https://example.org/tor.pdf", note: "" },
        });
      if (q.type === "number") d.text = String(q.min);
      if (q.type === "text") d.text = "  Some words  ";
      const checked = validateDraft(q, d, true, "local");
      assert.deepEqual(checked.errors, {}, q.id);
      assert.ok(checked.value, q.id);
      const back = valueToDraft(q, checked.value);
      assert.deepEqual(validateDraft(q, back, true, "local").value, checked.value, q.id);
    }
  });

  test("Don't know and Not applicable are explicit answers where allowed", () => {
    const scored = fw.dimensions[0]!.questions[0]!;
    assert.deepEqual(validateDraft(scored, { ...emptyDraft(), choice: DONT_KNOW, choices: [] }, true, "local").value, {
      kind: "dont_know",
    });
    const naAllowed = all.find((q) => q.allowNotApplicable && q.type !== "multi")!;
    assert.deepEqual(validateDraft(naAllowed, { ...emptyDraft(), choice: NOT_APPLICABLE }, true, "local").value, {
      kind: "not_applicable",
    });
    const naRefused = all.find((q) => !q.allowNotApplicable && q.type === "single")!;
    const refused = validateDraft(naRefused, { ...emptyDraft(), choice: NOT_APPLICABLE }, true, "local");
    assert.equal(refused.value, null, "N/A is refused where the framework does not allow it");
    assert.ok(Object.keys(refused.errors).length > 0);
  });

  test("multi-choice answers are stored in the framework's option order, so equal answers are equal", () => {
    const q = ofType("multi");
    const ids = q.options
      .filter((o) => !o.exclusive)
      .map((o) => o.id)
      .slice(0, 3);
    const a = draftToValue(q, { ...emptyDraft(), choices: [...ids].reverse() });
    const b = draftToValue(q, { ...emptyDraft(), choices: ids });
    assert.deepEqual(a, b);
  });
});

describe("what the user is told", () => {
  test("a required question left blank gets the framework's own message; optional blank is no error", () => {
    const q = ofType("single");
    assert.deepEqual(validateDraft(q, emptyDraft(), true, "local").errors, { [fieldKey(q.id)]: q.errorMessage });
    assert.deepEqual(validateDraft(q, emptyDraft(), false, "local"), { value: null, errors: {} });
  });

  test("a number that is not a number, or out of range, is refused with a specific message", () => {
    const q = ofType("number");
    const notNumber = validateDraft(q, { ...emptyDraft(), text: "twelve" }, true, "local");
    assert.equal(notNumber.errors[fieldKey(q.id)], "Enter a number, like 12");
    const tooBig = validateDraft(q, { ...emptyDraft(), text: String(q.max + 1) }, true, "local");
    assert.equal(tooBig.value, null);
    assert.match(tooBig.errors[fieldKey(q.id)]!, /\d/);
  });

  test("an evidence link that is not a web address points at the link field", () => {
    const q = ofType("yesno_evidence");
    const r = validateDraft(
      q,
      { ...emptyDraft(), choice: "yes", evidence: { title: "", date: "", link: "javascript:alert(1)", note: "" } },
      true,
      "local",
    );
    assert.deepEqual(r.value, { kind: "yesno", answer: "yes" }, "the answer itself is still saved");
    assert.ok(r.errors[`${fieldKey(q.id)}.evidence.link`], JSON.stringify(r.errors));
  });

  test("an impossible evidence date is refused", () => {
    const q = ofType("yesno_evidence");
    const r = validateDraft(
      q,
      { ...emptyDraft(), choice: "yes", evidence: { title: "", date: "2026-02-30", link: "", note: "" } },
      true,
      "local",
    );
    assert.deepEqual(r.value, { kind: "yesno", answer: "yes" });
    assert.ok(r.errors[`${fieldKey(q.id)}.evidence.date`], JSON.stringify(r.errors));
  });

  test("evidence with a bad link and a bad date: every error at once, and the valid fields are kept to save", () => {
    const q = ofType("yesno_evidence");
    const r = validateDraft(
      q,
      {
        ...emptyDraft(),
        choice: "yes",
        evidence: { title: "Terms of reference", date: "2026-02-30", link: "not a link", note: "Agreed by the board" },
      },
      true,
      "local",
    );
    assert.deepEqual(Object.keys(r.errors).sort(), [
      `${fieldKey(q.id)}.evidence.date`,
      `${fieldKey(q.id)}.evidence.link`,
    ]);
    assert.equal(r.partial, true);
    assert.deepEqual(r.value, {
      kind: "yesno",
      answer: "yes",
      evidence: { title: "Terms of reference", note: "Agreed by the board" },
    });
    // What is kept is a valid answer in its own right: the server takes it as it is.
    assert.ok(answerValueSchemaFor(q, "local").safeParse(r.value).success);
  });

  test("over-long text is refused whole with the count, never cut short", () => {
    const q = ofType("text");
    if (q.type !== "text") return;
    const long = "word ".repeat(4000).trim(); // 19,999 characters
    const r = validateDraft(q, { ...emptyDraft(), text: long }, false, "local");
    assert.equal(r.value, null);
    assert.equal(
      r.errors[fieldKey(q.id)],
      `Answer must be ${q.maxLength.toLocaleString("en-GB")} characters or fewer. It has 19,999, so it has not been saved: shorten it`,
    );
    const exact = "x".repeat(q.maxLength);
    assert.deepEqual(validateDraft(q, { ...emptyDraft(), text: exact }, false, "local").value, {
      kind: "text",
      value: exact,
    });
  });

  test("an exclusive option cannot be combined with others", () => {
    const q = all.find(
      (x): x is Extract<Question, { type: "multi" }> => x.type === "multi" && x.options.some((o) => o.exclusive),
    );
    if (!q) return;
    const exclusive = q.options.find((o) => o.exclusive)!.id;
    const other = q.options.find((o) => !o.exclusive)!.id;
    const r = validateDraft(q, { ...emptyDraft(), choices: [exclusive, other] }, true, "local");
    assert.equal(r.value, null);
  });
});

test("question ids become form keys without dots, and getQuestion finds them", () => {
  for (const q of all) {
    assert.ok(!fieldKey(q.id).includes("."));
    assert.equal(getQuestion(fw, q.id)?.id, q.id);
  }
});

describe("the partnership's level ('Done at regional / national level for us')", () => {
  const reception = getQuestion(fw, "prepare.reception")!;
  const training = getQuestion(fw, "prepare.training_model")!;
  test("the framework's levels are the partnership record's levels", () => {
    assert.deepEqual([...LEVELS], [...PARTNERSHIP_LEVELS]);
  });
  test("the form refuses the option where the level is not offered it, with the server's message", () => {
    const r = validateDraft(reception, { ...emptyDraft(), choice: "elsewhere" }, true, "national");
    assert.equal(r.value, null);
    assert.deepEqual(r.errors, {
      [fieldKey(reception.id)]:
        `‘Done at regional / national level for us’ is not offered to a national partnership. ${reception.errorMessage}`,
    });
    const local = validateDraft(reception, { ...emptyDraft(), choice: "elsewhere" }, true, "local");
    assert.deepEqual(local, { value: { kind: "choice", option: "elsewhere" }, errors: {} });
  });
  test("a stored answer the level is not offered opens unanswered, to be answered again", () => {
    const stored = { kind: "choice", option: "elsewhere" } as const;
    assert.equal(valueToDraft(reception, stored, "national").choice, "");
    assert.equal(valueToDraft(reception, stored, "regional").choice, "elsewhere");
    assert.equal(valueToDraft(reception, stored).choice, "elsewhere", "without a level, the answer as stored");
    assert.deepEqual(valueToDraft(training, { kind: "choices", options: ["elsewhere"] }, "national").choices, []);
    assert.deepEqual(valueToDraft(reception, { kind: "choice", option: "agreed" }, "national").choice, "agreed");
  });
});
