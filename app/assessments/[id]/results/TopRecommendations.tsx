"use client";
// The results page's first few recommendations, each saying why it stands where it does, with the
// report recommendations it serves by number and a way to add it to the action plan (the page of
// them all has the rest: report texts and practice examples). A client leaf given only what it
// shows, so that the page's flight data carries each once, as data (issue 19, page weight).
import { AddToPlanButton } from "./AddToPlanButton";

export type TopRecommendation = {
  recommendationId: string;
  priority: number;
  text: string;
  why: string;
  /** "Funding & resources · Funding & resources is at Established (score 68). …" */
  where: string;
  /** "report recommendation F1 (a national ask), …", or "" where it serves none. */
  serves: string;
  inPlan: boolean;
};

export function TopRecommendations({
  assessmentId,
  recommendations,
  canPlan,
}: {
  assessmentId: string;
  recommendations: TopRecommendation[];
  canPlan: boolean;
}) {
  return (
    <ol className="govuk-list govuk-list--number">
      {recommendations.map((rec) => (
        <li key={rec.recommendationId} className="app-result-card" value={rec.priority}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{rec.text}</p>
          <p className="govuk-body-s govuk-!-margin-bottom-1" data-testid="why-first">
            <strong>Why here:</strong> {rec.why}
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">{rec.where}</p>
          {rec.serves && <p className="govuk-body-s govuk-!-margin-bottom-1">Serves {rec.serves}.</p>}
          {canPlan &&
            (rec.inPlan ? (
              <p className="govuk-body-s">In the action plan.</p>
            ) : (
              <AddToPlanButton assessmentId={assessmentId} recommendationId={rec.recommendationId} title={rec.text} />
            ))}
        </li>
      ))}
    </ol>
  );
}
