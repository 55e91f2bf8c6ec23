// How many submitted self-reviews report a current action plan, beside the 2017 report's words
// (it gives only "more than half did not"): on the figures page and in the national report.
import type { nationalOverview } from "@/lib/national/overview.server";

type ActionPlans = NonNullable<ReturnType<typeof nationalOverview>>["actionPlan"];

export function ActionPlanLine({ plans, testId }: { plans: ActionPlans; testId: string }) {
  return (
    <p className="govuk-body" data-testid={testId}>
      {`Action plans: ${plans.withPlan} of ${plans.answered} submitted self-reviews (${
        plans.answered ? Math.round((100 * plans.withPlan) / plans.answered) : 0
      }%) report a current action plan.`}
      {plans.baseline.map((b) => (
        <span key={b.statement}>
          {" "}
          2017 report: {b.underPercent !== null ? `under ${b.underPercent}% had one` : ""} (&ldquo;{b.statement}
          &rdquo;).
        </span>
      ))}
    </p>
  );
}
