// A GET form choosing the cycle (and keeping other query values); works without JavaScript.
export function CycleSelect({
  cycles,
  current,
  keep = {},
}: {
  cycles: { id: number; label: string; status: string }[];
  current: number;
  keep?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" className="govuk-!-margin-bottom-4 app-no-print">
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="govuk-form-group govuk-!-display-inline-block govuk-!-margin-right-2 govuk-!-margin-bottom-0">
        <label className="govuk-label" htmlFor="cycle">
          Cycle
        </label>
        <select className="govuk-select" id="cycle" name="cycle" defaultValue={String(current)}>
          {cycles.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label} ({c.status})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        Show
      </button>
    </form>
  );
}
