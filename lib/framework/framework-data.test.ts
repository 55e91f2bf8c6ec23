// Each released framework version's data: dimensions, questions, stages, conditions and their
// sources in the seed documents, checked version by version.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  getFramework,
  getQuestion,
  maxPoints,
  REPORT_RECOMMENDATIONS,
  EXAMPLES,
  BASELINE_2017,
  deriveProfileAnswers,
  figureCategory,
  recommendationsFor,
} from "./index";
import { isScored } from "./points";
import type { Predicate, Source } from "./types";
import { findSeedDocuments } from "./seed-documents";

function leaves(p: Predicate): Predicate[] {
  if ("allOf" in p) return p.allOf.flatMap(leaves);
  if ("anyOf" in p) return p.anyOf.flatMap(leaves);
  if ("not" in p) return [p, ...leaves(p.not)];
  return [p];
}

for (const version of ["2026.1", "2026.2"])
  describe(`framework data ${version}`, () => {
    const fw = getFramework(version)!;
    const allQuestions = [...fw.dimensions.flatMap((d) => d.questions), ...fw.profile];
    const catalogue = recommendationsFor(version);
    // "Done at … level for us" options' level rules cite the report too.
    const levelRules = allQuestions.flatMap((q) =>
      q.type === "single" || q.type === "multi"
        ? q.options.flatMap((o) => (o.levels ? [[`${q.id}/${o.id}`, o.levels] as const] : []))
        : [],
    );
    test("at least the ten dimensions of the brief, in order", () => {
      assert.deepEqual(
        fw.dimensions.map((d) => d.name),
        [
          "Leadership & coordination",
          "Structure & governance",
          "Strategy & action plan",
          "Prevent",
          "Pursue",
          "Protect",
          "Prepare",
          "Membership & engagement",
          "Funding & resources",
          "Outcome measures & learning",
        ],
      );
    });
    test("question ids are unique, namespaced by dimension, and 4–9 scored questions per dimension", () => {
      const ids = allQuestions.map((q) => q.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const d of fw.dimensions) {
        for (const q of d.questions) assert.ok(q.id.startsWith(`${d.id}.`), q.id);
        const n = d.questions.filter(isScored).length;
        assert.ok(n >= 4 && n <= 9, `${d.id} has ${n}`);
      }
      for (const q of fw.profile) assert.ok(q.id.startsWith("profile."), q.id);
    });
    test("every scored question is worth 4 points, allows Don't know, and has valid options", () => {
      for (const d of fw.dimensions)
        for (const q of d.questions) {
          assert.equal(maxPoints(q), 4, q.id);
          assert.equal(q.allowDontKnow, true, q.id);
          assert.ok(q.errorMessage.length > 10, q.id);
          if (q.type === "single" || q.type === "multi") {
            assert.equal(new Set(q.options.map((o) => o.id)).size, q.options.length, q.id);
            assert.ok(
              q.options.every((o) => o.points >= 0 && o.points <= 4),
              q.id,
            );
            if (q.type === "single")
              assert.ok(
                q.options.some((o) => o.points === 0),
                `${q.id} needs a 0-point option`,
              );
          }
          if (q.type === "number") {
            const bands = q.bands.map((b) => b.atLeast);
            assert.deepEqual(
              bands,
              [...bands].sort((a, b) => a - b),
              q.id,
            );
          }
        }
    });
    test("profile questions carry no points and are never scored", () => {
      for (const q of fw.profile) assert.equal(maxPoints(q), 0, q.id);
    });
    test("topics hold 1–4 questions and are contiguous", () => {
      const byTopic = new Map<string, number>();
      let prev = "";
      const seen = new Set<string>();
      for (const q of allQuestions) {
        byTopic.set(q.topic.id, (byTopic.get(q.topic.id) ?? 0) + 1);
        if (q.topic.id !== prev) {
          assert.ok(!seen.has(q.topic.id), `topic ${q.topic.id} is split`);
          seen.add(q.topic.id);
          prev = q.topic.id;
        }
      }
      for (const [t, n] of byTopic) assert.ok(n >= 1 && n <= 4, `${t}: ${n}`);
    });
    test("five stages per dimension, thresholds 0/20/40/60/80, named Forming…Leading, with descriptors", () => {
      for (const d of fw.dimensions) {
        assert.deepEqual(
          d.stages.map((s) => s.threshold),
          [0, 20, 40, 60, 80],
        );
        assert.deepEqual(
          d.stages.map((s) => s.name),
          ["Forming", "Developing", "Established", "Embedded", "Leading"],
        );
        assert.equal(d.stages[0]!.conditions.length, 0);
        if (version === "2026.1")
          for (const s of d.stages.slice(1)) assert.ok(s.conditions.length >= 1, `${d.id} stage ${s.index}`);
        else {
          // 2026.2: at most a few report-grounded conditions per dimension, each with its wording
          // for "… is needed for stage N".
          const conds = d.stages.flatMap((s) => s.conditions);
          assert.ok(conds.length <= 3, `${d.id} has ${conds.length} conditions`);
          for (const c of conds) assert.ok(c.needed && c.needed.length > 5, c.id);
        }
        for (const s of d.stages) assert.ok(s.descriptor.length > 20);
      }
    });
    test("stage conditions reference real questions, use monotone predicates, and have unique ids", () => {
      const ids = new Set<string>();
      for (const d of fw.dimensions)
        for (const s of d.stages)
          for (const c of s.conditions) {
            assert.ok(!ids.has(c.id), c.id);
            ids.add(c.id);
            assert.ok(c.id.startsWith(`${d.id}.c.`), c.id);
            for (const l of leaves(c.requires)) {
              assert.ok(!("not" in l), `${c.id}: 'not' would make stages non-monotone`);
              if (!("question" in l)) continue;
              const q = getQuestion(fw, l.question);
              assert.ok(q && maxPoints(q) > 0, `${c.id} → ${l.question}`);
              if ("is" in l) {
                if (q!.type === "yesno_evidence") assert.equal(l.is, "yes", c.id);
                else {
                  assert.equal(q!.type, "single", c.id);
                  const opt = q!.type === "single" ? q!.options.find((o) => o.id === l.is) : undefined;
                  assert.ok(opt, `${c.id}: option ${l.is}`);
                  assert.equal(opt!.points, maxPoints(q!), `${c.id}: 'is' must name the top option to stay monotone`);
                }
              }
              if ("minPoints" in l) assert.ok(l.minPoints > 0 && l.minPoints <= maxPoints(q!), c.id);
            }
          }
    });
    test("every source names a seed document and a section", () => {
      const check = (s: Source, where: string) => {
        assert.ok(s.doc === "IASC2017" || s.doc === "VanDyke2017", where);
        assert.ok(s.section.length > 3, where);
      };
      // 2026.2 cites the Home Office strategy for the four Ps' definitions (the report names it as
      // their source); it is not a seed document, so those sources carry no quote.
      const checkDim = (s: Source, where: string) =>
        version !== "2026.1" && s.doc === "HomeOffice2014"
          ? assert.ok(s.section.length > 10 && !s.quote, where)
          : check(s, where);
      for (const d of fw.dimensions) {
        checkDim(d.source, d.id);
        for (const s of d.stages) {
          check(s.source, `${d.id}/${s.index}`);
          for (const c of s.conditions) check(c.source, c.id);
        }
      }
      for (const q of allQuestions) check(q.source, q.id);
      for (const [where, rule] of levelRules) check(rule.source, where);
      for (const r of catalogue) {
        check(r.source, r.id);
        for (const e of r.examples) check(e.source, `${r.id}/${e.name}`);
      }
      for (const b of BASELINE_2017) check(b.source, b.id);
    });
    // A missing seed is a failure, not a skip (lib/framework/seed-documents.ts says why).
    test("every quote appears verbatim in its seed document (ignoring punctuation, case and line breaks)", () => {
      const seeds = findSeedDocuments();
      const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
      const text = {
        IASC2017: norm(readFileSync(seeds.IASC2017, "utf8")),
        VanDyke2017: norm(readFileSync(seeds.VanDyke2017, "utf8")),
        HomeOffice2014: null,
      };
      const missing: string[] = [];
      const check = (s: Source, where: string) => {
        const doc = text[s.doc];
        if (s.quote && (doc === null || !doc.includes(norm(s.quote)))) missing.push(`${where}: ${s.quote}`);
      };
      for (const d of fw.dimensions) {
        check(d.source, d.id);
        for (const s of d.stages) {
          check(s.source, `${d.id}/${s.index}`);
          for (const c of s.conditions) check(c.source, c.id);
        }
      }
      for (const q of allQuestions) check(q.source, q.id);
      for (const [where, rule] of levelRules) check(rule.source, where);
      for (const r of catalogue) check(r.source, r.id);
      for (const r of REPORT_RECOMMENDATIONS) check(r.source, r.id);
      for (const [k, e] of Object.entries(EXAMPLES)) check(e.source, k);
      for (const b of BASELINE_2017) check(b.source, b.id);
      assert.deepEqual(missing, []);
    });
    test("profile labels follow the report's figures", () => {
      const chair = getQuestion(fw, "profile.chair_org")!;
      assert.equal(chair.type, "single");
      if (chair.type === "single")
        assert.deepEqual(
          chair.options.map((o) => o.reportLabel),
          [
            "POLICE",
            "LA (TOP TIER)",
            "NGO",
            "INDEPENDENT",
            "ROTATES",
            "GOVERNMENT",
            "CPS",
            "TO BE DECIDED",
            "OPCC",
            "POLICE / NGO",
            "REGIONAL LGA",
            "LA (DISTRICT)",
            "HEALTH",
          ],
        );
      const acts = getQuestion(fw, "profile.activities")!;
      if (acts.type === "multi")
        assert.deepEqual(
          acts.options.map((o) => o.reportLabel),
          [
            "INTELLIGENCE",
            "TRAINING",
            "AWARENESS",
            "MONITORING",
            "ENFORCEMENT",
            "SURVIVOR",
            "REFERRALS",
            "COMMISSIONING",
            "SUPPLY CHAINS",
            "OTHER",
          ],
        );
      for (const id of [
        "profile.level",
        "profile.nation",
        "profile.force_areas",
        "profile.coordinator_org",
        "profile.member_types",
        "profile.funding_sources",
        "profile.governance_documents",
        "profile.progress_measures",
        "profile.gaps",
        "profile.challenges",
        "profile.effectiveness",
      ])
        assert.ok(getQuestion(fw, id), id);
      const funding = getQuestion(fw, "profile.funding_sources")!;
      assert.equal(figureCategory(funding, { kind: "choices", options: ["police", "opcc"] }), "OPCC / POLICE");
      assert.equal(
        getQuestion(fw, "profile.force_areas")!.type === "multi" &&
          (getQuestion(fw, "profile.force_areas") as { options: unknown[] }).options.length,
        45,
      );
    });
    test("governance documents in the profile follow from the governance answers", () => {
      const yes = { kind: "yesno", answer: "yes" } as const;
      const no = { kind: "yesno", answer: "no" } as const;
      assert.deepEqual(deriveProfileAnswers({ "gov.terms_of_reference": yes, "gov.action_plan": no }), {
        "profile.governance_documents": { kind: "choices", options: ["terms_of_reference"] },
      });
      assert.deepEqual(deriveProfileAnswers({ "gov.terms_of_reference": no }), {});
      assert.deepEqual(
        deriveProfileAnswers({
          "gov.terms_of_reference": no,
          "gov.membership_list": no,
          "gov.action_plan": no,
          "gov.monitoring_reports": no,
        }),
        { "profile.governance_documents": { kind: "choices", options: ["none"] } },
      );
      assert.deepEqual(
        deriveProfileAnswers({
          "gov.terms_of_reference": yes,
          "profile.governance_documents": { kind: "choices", options: ["none"] },
        }),
        {},
      );
    });
  });
