"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { targetsSchema, type TargetConflict, type TargetsInput } from "@/lib/action-plan/schemas";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { setTargetsAction } from "@/lib/action-plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ErrorSummary } from "@/components/forms/ErrorSummary";

type Stage = TargetsInput["targets"][string];
type Row = { id: string; name: string; now: number; nowName: string };

export function TargetsForm({
  partnershipId,
  rows,
  targets,
  stageNames,
}: {
  partnershipId: string;
  rows: Row[];
  targets: Record<string, string>;
  stageNames: string[];
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [conflicts, setConflicts] = useState<TargetConflict[] | null>(null);
  const shownTargets = Object.fromEntries(rows.map((r) => [r.id, (targets[r.id] ?? "") as Stage]));
  const initial: TargetsInput = { partnershipId, targets: shownTargets, base: shownTargets };
  const { form, onSubmit, summary } = useServerForm(targetsSchema, initial, setTargetsAction, (data, f) => {
    if (data.status === "conflict") return setConflicts(data.conflicts);
    // What is saved is now what this page shows: later changes are based on it.
    f.reset({ ...f.getValues(), base: f.getValues().targets });
    setSaved(true);
    router.refresh();
  });
  const stage = (n: number | null) => (n === null ? "No target" : `${n} ${stageNames[n - 1] ?? ""}`.trim());
  const nameOf = (id: string) => rows.find((r) => r.id === id)?.name ?? id;
  const latest =
    conflicts
      ?.map((c) => c.setAt ?? "")
      .sort()
      .pop() || null;
  return (
    <form
      onSubmit={(e) => {
        setSaved(false);
        return onSubmit(e);
      }}
      noValidate
    >
      <ErrorSummary errors={summary} />
      {conflicts && (
        <ConflictPanel
          what="Your targets"
          noun="version"
          updatedByName={conflicts.find((c) => c.setAt === latest)?.setByName ?? null}
          updatedAt={latest}
          rows={conflicts.map((c) => ({
            label: nameOf(c.dimensionId),
            theirs: stage(c.theirs),
            yours: stage(c.yours),
          }))}
          keepMineLabel="Save my targets"
          useTheirsLabel="Use their targets"
          testId="targets-conflict"
          onKeepMine={() => {
            for (const c of conflicts)
              form.setValue(`base.${c.dimensionId}` as never, (c.theirs === null ? "" : String(c.theirs)) as never);
            setConflicts(null);
            void onSubmit();
          }}
          onUseTheirs={() => {
            for (const c of conflicts) {
              const theirs = c.theirs === null ? "" : String(c.theirs);
              form.setValue(`base.${c.dimensionId}` as never, theirs as never);
              form.setValue(`targets.${c.dimensionId}` as never, theirs as never);
            }
            setConflicts(null);
          }}
        />
      )}
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Stage now, and the target for next year
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Dimension
            </th>
            <th scope="col" className="govuk-table__header">
              Now
            </th>
            <th scope="col" className="govuk-table__header">
              Target for next year
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((r) => (
            <tr key={r.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                {r.name}
              </th>
              <td className="govuk-table__cell">
                {r.now} {r.nowName}
              </td>
              <td className="govuk-table__cell">
                <label className="govuk-visually-hidden" htmlFor={`target-${r.id}`}>
                  Target stage for {r.name}
                </label>
                <select id={`target-${r.id}`} className="govuk-select" {...form.register(`targets.${r.id}` as never)}>
                  <option value="">No target</option>
                  {stageNames.map((n, i) => (
                    <option key={n} value={String(i + 1)}>
                      {i + 1} {n}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.formState.isSubmitting}>
        Save targets
      </button>
      {saved && (
        <p className="govuk-body" role="status">
          Targets saved.
        </p>
      )}
    </form>
  );
}
