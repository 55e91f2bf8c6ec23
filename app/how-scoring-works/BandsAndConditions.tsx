// Framework 2026.2 onwards scores in bands, with conditions, coverage and weights: the rules in
// words, a worked example computed live from the framework itself, and every condition and weight.
import { scoreDimension } from "@/lib/framework";
import type { AnswerMap, Framework } from "@/lib/framework/types";
import { sourceText } from "@/lib/assessment/source";
import { Table } from "@/components/ui/Table";

/** The worked example's answers: a strategy with everything in place except a current action plan. */
const EXAMPLE: AnswerMap = {
  "strat.shared_objectives": { kind: "choice", option: "place_ambition" },
  "strat.action_plan": { kind: "yesno", answer: "no" },
  "strat.plan_structure": { kind: "choice", option: "four_ps_local" },
  "strat.plan_owners": { kind: "choice", option: "all" },
  "strat.plan_deadlines": { kind: "choice", option: "most" },
  "strat.local_profile": { kind: "yesno", answer: "yes" },
  "strat.beyond_enforcement": { kind: "choice", option: "balanced" },
  "strat.plan_shared": { kind: "dont_know" },
};

/** Bands, conditions, coverage and weights (framework 2026.2 onwards), with a worked example computed live. */
export function BandsAndConditions({ framework }: { framework: Framework }) {
  const dim = framework.dimensions.find((d) => d.id === "strat")!;
  const ex = scoreDimension(framework, "strat", EXAMPLE);
  const withPlan = scoreDimension(framework, "strat", {
    ...EXAMPLE,
    "strat.action_plan": { kind: "yesno", answer: "yes" },
  });
  const conditions = framework.dimensions.flatMap((d) =>
    d.stages.flatMap((st) => st.conditions.map((c) => ({ d, st, c }))),
  );
  const weighted = framework.dimensions.flatMap((d) =>
    d.questions.filter((q) => (q.weight ?? 1) !== 1).map((q) => ({ d, q })),
  );
  return (
    <section aria-labelledby="bands-heading">
      <h2 className="govuk-heading-m" id="bands-heading">
        Bands, conditions, coverage and weights
      </h2>
      <p className="govuk-body">
        <strong>Bands.</strong> A dimension&rsquo;s score places it in a band: Forming 0–19, Developing 20–39,
        Established 40–59, Embedded 60–79, Leading 80–100.
      </p>
      <p className="govuk-body">
        <strong>Conditions.</strong> The report ties a few things directly to maturity. Where one of them is known to be
        missing, it holds the dimension below the stage its score would reach, and the result says so in words, for
        example &ldquo;Stage 2: a current action plan is needed for stage 3&rdquo;. A condition resting on a
        &lsquo;Don&rsquo;t know&rsquo; never holds a stage.
      </p>
      <p className="govuk-body">
        <strong>Coverage (confidence).</strong> &lsquo;Don&rsquo;t know&rsquo; is left out of the score. Instead, each
        dimension shows its coverage: how many of its answers were given from knowledge. A question not yet answered is
        not a &lsquo;Don&rsquo;t know&rsquo;: it leaves coverage alone and keeps the result provisional.
      </p>
      <p className="govuk-body">
        <strong>Weights.</strong> What a partnership does counts for more than a checklist of documents: the questions
        below weigh more than 1.
      </p>

      <h3 className="govuk-heading-s">Worked example: {dim.name}</h3>
      <p className="govuk-body">
        A partnership answers every {dim.name.toLowerCase()} question well, but has no current action plan, and
        doesn&rsquo;t know whether the plan was shared with its board:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          Its weighted points are {ex.pointsEarned} of a possible {ex.pointsPossible} (the &lsquo;Don&rsquo;t
          know&rsquo; is left out of both), so its score is 100 × {ex.pointsEarned} ÷ {ex.pointsPossible} = {ex.score}.
        </li>
        <li>
          A score of {ex.score} is in the {ex.bandStage?.name} band (stage {ex.bandStage?.index}).
        </li>
        <li>
          But the condition &ldquo;{ex.heldBy?.needed}&rdquo; belongs to stage {ex.heldBy?.stage.index} and the
          partnership answered that it has none, so the result is:{" "}
          <strong>
            Stage {ex.stage.index}: {ex.heldBy?.needed} is needed for stage {ex.heldBy?.stage.index}
          </strong>
          .
        </li>
        <li>
          Coverage is {ex.coverage}%: {ex.answered} of {ex.answered + ex.dontKnow} answers were given from knowledge.
        </li>
        <li>
          With a current action plan, the same partnership would score {withPlan.score} and reach stage{" "}
          {withPlan.stage.index} ({withPlan.stage.name}).
        </li>
      </ul>

      <Table
        testId="conditions-table"
        caption="Every condition that can hold a stage, with its source"
        captionSize="s"
        rows={conditions}
        columns={[
          { header: "Dimension", cell: ({ d }) => d.name },
          { header: "Needed for", cell: ({ st }) => `Stage ${st.index} (${st.name})` },
          {
            header: "Condition",
            cell: ({ c }) => (
              <>
                {c.needed ?? c.text} <code className="govuk-body-s">{c.id}</code>
              </>
            ),
          },
          { header: "Source", className: "govuk-body-s", cell: ({ c }) => sourceText(c.source) },
        ]}
      />

      <Table
        testId="weights-table"
        caption="Questions that weigh more than 1"
        captionSize="s"
        rows={weighted}
        columns={[
          { header: "Dimension", cell: ({ d }) => d.name },
          { header: "Question", cell: ({ q }) => q.text },
          { header: "Weight", numeric: true, cell: ({ q }) => q.weight },
        ]}
      />
    </section>
  );
}
