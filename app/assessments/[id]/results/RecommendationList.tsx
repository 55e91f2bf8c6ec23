// The results' recommendations in order of priority, each with the report recommendations it
// serves (national asks marked, with what the partnership can do locally), its practice
// examples, and a way to add it to the action plan: the page of them all and the printable report
// (the results page's first few are TopRecommendations).
import type { Results } from "./load-results";
import { Details } from "@/components/ui/Details";
import { AddToPlanButton } from "./AddToPlanButton";

export function RecommendationList({
  assessmentId,
  recommendations,
  canPlan,
  inPlan,
  examplesOpen = false,
}: {
  assessmentId: number;
  recommendations: Results["recommendations"];
  canPlan: boolean;
  /** The recommendations already in the plan as open actions. */
  inPlan: Set<string | null>;
  /** The practice examples shown open (the printable report). */
  examplesOpen?: boolean;
}) {
  return (
    <ol className="govuk-list govuk-list--number">
      {recommendations.map((rec) => (
        <li key={rec.id} className="app-result-card" value={rec.priority}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{rec.text}</p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            {rec.dimensionName} · {rec.reason}
          </p>
          {rec.reportRecommendations.map((rr) =>
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
          {rec.examples.length > 0 && (
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
