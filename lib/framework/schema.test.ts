import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { getFramework, getQuestion, answerValueSchema, answerValueSchemaFor, evidenceIsOutOfDate } from "./index";
import type { Level, Question } from "./types";

const fw = getFramework("2026.1")!;
const q = (id: string): Question => getQuestion(fw, id)!;
const errorOf = (question: Question, v: unknown, level: Level | "any" = "local") => {
  const r = answerValueSchemaFor(question, level).safeParse(v);
  return r.success ? null : r.error.issues[0]!.message;
};

describe("answerValueSchema", () => {
  test("accepts every answer kind", () => {
    for (const v of [
      { kind: "choice", option: "x" },
      { kind: "choices", options: ["a", "b"] },
      {
        kind: "yesno",
        answer: "yes",
        evidence: { title: "ToR", date: "2026-01-31", link: "https://example.org/x", note: "n" },
      },
      { kind: "yesno", answer: "no" },
      { kind: "number", value: 3.5 },
      { kind: "text", value: "hello" },
      { kind: "not_applicable" },
      { kind: "dont_know" },
    ])
      assert.ok(answerValueSchema.safeParse(v).success, JSON.stringify(v));
  });
  test("rejects unknown keys, unknown kinds and bad values", () => {
    for (const v of [
      { kind: "choice", option: "x", extra: 1 },
      { kind: "maybe" },
      { kind: "yesno", answer: "perhaps" },
      { kind: "number", value: Number.NaN },
      { kind: "number", value: Infinity },
      { kind: "not_applicable", why: "x" },
      { kind: "yesno", answer: "yes", evidence: { title: "x", colour: "red" } },
      null,
      "yes",
    ])
      assert.ok(!answerValueSchema.safeParse(v).success, JSON.stringify(v));
  });
});

describe("answerValueSchemaFor", () => {
  test("single choice: the option must exist; message is written for the user", () => {
    assert.equal(errorOf(q("gov.meeting_frequency"), { kind: "choice", option: "quarterly_or_more" }), null);
    assert.equal(
      errorOf(q("gov.meeting_frequency"), { kind: "choice", option: "weekly" }),
      "Select how often the partnership meets",
    );
    assert.equal(errorOf(q("gov.meeting_frequency"), undefined), "Select how often the partnership meets");
    assert.equal(
      errorOf(q("gov.meeting_frequency"), { kind: "yesno", answer: "yes" }),
      "Select how often the partnership meets",
    );
  });
  test("multi choice: at least one, known ids, no duplicates, exclusive options alone", () => {
    const m = q("lead.leaders_engaged");
    assert.equal(errorOf(m, { kind: "choices", options: ["pcc", "councillors"] }), null);
    assert.equal(errorOf(m, { kind: "choices", options: ["none"] }), null);
    assert.match(errorOf(m, { kind: "choices", options: [] })!, /Select the leaders/);
    assert.match(errorOf(m, { kind: "choices", options: ["pcc", "mayor"] })!, /Select the leaders/);
    assert.equal(errorOf(m, { kind: "choices", options: ["pcc", "pcc"] }), "Select each option only once");
    assert.equal(
      errorOf(m, { kind: "choices", options: ["none", "pcc"] }),
      "‘None of these’ cannot be selected with other options",
    );
  });
  test("number: within min and max, whole numbers where required", () => {
    const h = q("lead.coordination_hours");
    assert.equal(errorOf(h, { kind: "number", value: 7.5 }), null);
    assert.equal(errorOf(h, { kind: "number", value: -1 }), "Enter a number between 0 and 200 hours a week");
    assert.equal(errorOf(h, { kind: "number", value: 201 }), "Enter a number between 0 and 200 hours a week");
    const y = q("profile.established_year");
    assert.equal(errorOf(y, { kind: "number", value: 2016.5 }), "Enter a whole number");
    assert.equal(errorOf(y, { kind: "number", value: 2016 }), null);
  });
  test("text: not empty and at most 2000 characters", () => {
    const t = q("profile.activities_other");
    assert.equal(errorOf(t, { kind: "text", value: "Sex-worker support group" }), null);
    assert.equal(errorOf(t, { kind: "text", value: "   " }), "Enter the other activities");
    assert.equal(errorOf(t, { kind: "text", value: "x".repeat(2001) }), "Answer must be 2000 characters or fewer");
  });
  test("yes/no with evidence: all evidence optional; link must be http(s); date must be a real yyyy-mm-dd", () => {
    const tor = q("gov.terms_of_reference");
    assert.equal(errorOf(tor, { kind: "yesno", answer: "yes" }), null);
    assert.equal(errorOf(tor, { kind: "yesno", answer: "yes", evidence: {} }), null);
    assert.equal(
      errorOf(tor, {
        kind: "yesno",
        answer: "yes",
        evidence: { title: "Terms of reference", date: "2024-02-29", link: "http://intranet.example/tor" },
      }),
      null,
    );
    assert.equal(
      errorOf(tor, { kind: "yesno", answer: "yes", evidence: { link: "javascript:alert(1)" } }),
      "Link must be a web address starting with http:// or https://",
    );
    assert.equal(
      errorOf(tor, { kind: "yesno", answer: "yes", evidence: { link: "ftp://example.org/x" } }),
      "Link must be a web address starting with http:// or https://",
    );
    assert.equal(
      errorOf(tor, { kind: "yesno", answer: "yes", evidence: { date: "2025-02-29" } }),
      "Evidence date must be a real date, for example 2026-03-31",
    );
    assert.equal(
      errorOf(tor, { kind: "yesno", answer: "yes", evidence: { date: "31/03/2026" } }),
      "Evidence date must be a real date, for example 2026-03-31",
    );
    assert.equal(
      errorOf(tor, { kind: "yesno", answer: "yes", evidence: { note: "x".repeat(2001) } }),
      "Note must be 2000 characters or fewer",
    );
    assert.equal(
      errorOf(tor, { kind: "yesno", answer: "yes", evidence: { author: "me" } }),
      "The answer contains fields that are not allowed",
    );
    assert.equal(
      errorOf(tor, { kind: "choice", option: "yes" }),
      "Select yes if the partnership has written terms of reference",
    );
  });
  test("N/A only where allowed; Don't know always for scored questions, only where allowed for the profile", () => {
    assert.equal(errorOf(q("pursue.enforcement_group"), { kind: "not_applicable" }), null);
    assert.match(
      errorOf(q("gov.action_plan"), { kind: "not_applicable" })!,
      /^‘Not applicable’ is not an answer to this question/,
    );
    for (const d of fw.dimensions)
      for (const x of d.questions) assert.equal(errorOf(x, { kind: "dont_know" }), null, x.id);
    assert.match(errorOf(q("profile.chair_org"), { kind: "dont_know" })!, /Don't know/);
    assert.equal(errorOf(q("profile.member_count"), { kind: "dont_know" }), null);
  });
  test("a parsed answer comes back as the answer", () => {
    const v = { kind: "choice", option: "police" };
    const r = answerValueSchemaFor(q("lead.chair_type"), "local").safeParse(v);
    assert.ok(r.success);
    assert.deepEqual(r.data, v);
  });
});

describe("evidenceIsOutOfDate", () => {
  test("more than 12 months before the cycle opens is out of date", () => {
    assert.equal(evidenceIsOutOfDate("2025-04-01", "2026-04-01"), false);
    assert.equal(evidenceIsOutOfDate("2025-03-31", "2026-04-01"), true);
    assert.equal(evidenceIsOutOfDate("2026-05-01", "2026-04-01"), false);
    assert.equal(evidenceIsOutOfDate("2023-02-28", "2024-02-29"), false);
    assert.equal(evidenceIsOutOfDate("2023-02-27", "2024-02-29"), true);
    assert.equal(evidenceIsOutOfDate("2025-03-31", new Date(Date.UTC(2026, 3, 1))), true);
  });
  test("missing or invalid dates are never out of date", () => {
    assert.equal(evidenceIsOutOfDate(undefined, "2026-04-01"), false);
    assert.equal(evidenceIsOutOfDate("", "2026-04-01"), false);
    assert.equal(evidenceIsOutOfDate("2025-13-01", "2026-04-01"), false);
    assert.equal(evidenceIsOutOfDate("2025-01-01", "not a date"), false);
  });
});
