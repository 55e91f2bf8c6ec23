"use client";
// A save refused because someone else saved first: says who and when, shows their value beside
// the user's (nothing has been overwritten, nothing typed is lost) and lets the user choose.
// Used by answers, actions, targets and last year's action review alike.

import { Table } from "@/components/ui/Table";
import { WarningText } from "@/components/ui/WarningText";

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
    <WarningText block role="alert" testId={testId}>
      {what} has not been saved: {updatedByName ?? "someone"} saved a newer {noun}
      {updatedAt ? ` at ${time(updatedAt)}` : ""}.
      <Table
        className="govuk-!-margin-top-2 govuk-!-margin-bottom-2"
        caption="Their version and yours"
        captionSize="hidden"
        rows={rows}
        columns={[
          { header: <span className="govuk-visually-hidden">What</span>, rowHeader: true, cell: (r) => r.label },
          { header: "Theirs", cell: (r) => r.theirs || "(blank)" },
          { header: "Yours", cell: (r) => r.yours || "(blank)" },
        ]}
      />
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
    </WarningText>
  );
}
