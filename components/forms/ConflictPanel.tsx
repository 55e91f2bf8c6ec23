"use client";
// A save refused because someone else saved first: says who and when, shows their value beside
// the user's (nothing has been overwritten, nothing typed is lost) and lets the user choose.
// Used by answers, actions, targets and last year's action review alike.

export type ConflictRow = { label: string; theirs: string; yours: string };

const time = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

export function ConflictPanel({
  what,
  noun,
  updatedByName,
  updatedAt,
  rows,
  onKeepMine,
  onUseTheirs,
  keepMineLabel,
  useTheirsLabel,
  testId,
}: {
  /** What was not saved, e.g. "Your answer", "Your changes to this action". */
  what: string;
  /** What the other person saved: "answer", "version", "targets". */
  noun: string;
  updatedByName: string | null;
  updatedAt: string | null;
  rows: ConflictRow[];
  onKeepMine: () => void;
  onUseTheirs: () => void;
  keepMineLabel: string;
  useTheirsLabel: string;
  testId?: string;
}) {
  return (
    <div className="govuk-warning-text" role="alert" data-testid={testId}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {what} has not been saved: {updatedByName ?? "someone"} saved a newer {noun}
        {updatedAt ? ` at ${time(updatedAt)}` : ""}.
        <table className="govuk-table govuk-!-margin-top-2 govuk-!-margin-bottom-2">
          <caption className="govuk-table__caption govuk-visually-hidden">Their version and yours</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">What</span>
              </th>
              <th scope="col" className="govuk-table__header">
                Theirs
              </th>
              <th scope="col" className="govuk-table__header">
                Yours
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => (
              <tr key={r.label} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {r.label}
                </th>
                <td className="govuk-table__cell">{r.theirs || "(blank)"}</td>
                <td className="govuk-table__cell">{r.yours || "(blank)"}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="govuk-button-group govuk-!-margin-bottom-0">
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={onKeepMine}
          >
            {keepMineLabel}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={onUseTheirs}
          >
            {useTheirsLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
