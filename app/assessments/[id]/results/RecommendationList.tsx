// The results' recommendations in order of priority, each with the report recommendations it
// serves (national asks marked, with what the partnership can do locally), its practice
// examples, and a way to add it to the action plan. Compact (the results page's first few): the
// report recommendations by number only and no examples, which the page of them all has.
import type { Results } from "./load-results";
import { Details } from "@/components/ui/Details";
import { AddToPlanButton } from "./AddToPlanButton";

export function RecommendationList({
  assessmentId,
  recommendations,
  canPlan,
  inPlan,
  compact = false,
  examplesOpen = false,
}: {
  assessmentId: number;
  recommendations: (Results["recommendations"][number] & { why?: string })[];
  canPlan: boolean;
  /** The recommendations already in the plan as open actions. */
  inPlan: Set<string | null>;
  compact?: boolean;
  /** The practice examples shown open (the printable report). */
  examplesOpen?: boolean;
}) {
  return (
    <ol className="govuk-list govuk-list--number">
      {recommendations.map((rec) => (
        <li key={rec.id} className="app-result-card" value={rec.priority}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{rec.text}</p>
          {rec.why && (
            <p className="govuk-body-s govuk-!-margin-bottom-1" data-testid="why-first">
              <strong>Why here:</strong> {rec.why}
            </p>
          )}
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {rec.dimensionName} · {rec.reason}
          </p>
          {compact && rec.reportRecommendations.length > 0 && (
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              Serves{" "}
              {rec.reportRecommendations
                .map((rr) => `report recommendation ${rr.id}${rr.audience === "national" ? " (a national ask)" : ""}`)
                .join(", ")}
              .
            </p>
          )}
          {!compact &&
            rec.reportRecommendations.map((rr) =>
              rr.audience === "national" ? (
                <p key={rr.id} className="govuk-body-s govuk-!-margin-bottom-1" data-testid={`national-ask-${rr.id}`}>
                  <strong>National ask</strong>: Report recommendation {rr.id} (to government and national bodies):{" "}
                  {rr.text} <strong>What you can do locally:</strong> {rr.localAction}
                </p>
              ) : (
                <p key={rr.id} className="govuk-body-s govuk-!-margin-bottom-1">
                  Report recommendation {rr.id} (for partnerships): {rr.text}
                </p>
              ),
            )}
          {!compact && rec.examples.length > 0 && (
            <Details
              className="govuk-!-margin-bottom-2"
              open={examplesOpen}
              summary={`Practice examples (${rec.examples.map((e) => e.name).join(", ")})`}
            >
              <ul className="govuk-list">
                {rec.examples.map((e) => (
                  <li key={e.name}>
                    <strong>{e.name}</strong>: {e.summary}
                  </li>
                ))}
              </ul>
            </Details>
          )}
          {canPlan &&
            (inPlan.has(rec.id) ? (
              <p className="govuk-body-s">In the action plan.</p>
            ) : (
              <AddToPlanButton assessmentId={String(assessmentId)} recommendationId={rec.id} title={rec.text} />
            ))}
        </li>
      ))}
    </ol>
  );
}
