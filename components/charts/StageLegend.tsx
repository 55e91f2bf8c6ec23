// The stage charts' legend, in stage order (1 → 5), as HTML beside the chart: it reads in order,
// is there before the chart loads, and names what each colour and the number on each bar mean.
import { STAGE_COLOURS } from "@/lib/national/chart-colours";

export function StageLegend({ stageNames }: { stageNames: readonly string[] }) {
  return (
    <ol className="app-chart-legend govuk-body-s" aria-label="Key to the stage colours" data-testid="stage-legend">
      {stageNames.map((name, i) => (
        <li key={name}>
          <span className="app-chart-legend__swatch" style={{ background: STAGE_COLOURS[i] }} aria-hidden="true" />
          Stage {i + 1}: {name}
        </li>
      ))}
    </ol>
  );
}
