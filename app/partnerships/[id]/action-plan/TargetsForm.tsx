"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { targetsSchema, type TargetConflict, type TargetsInput } from "@/lib/action-plan/schemas";
import { ConflictPanel } from "@/components/forms/ConflictPanel";
import { ConfirmAnyway } from "@/components/forms/ConfirmAnyway";
import { setTargetsAction } from "@/lib/action-plan/actions";
import { useServerForm } from "@/components/forms/useServerForm";
import { ServerForm } from "@/components/forms/ServerForm";
import { Select } from "@/components/ui/Select";
import { Table } from "@/components/ui/Table";

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
  const sf = useServerForm(targetsSchema, initial, setTargetsAction, (data, f) => {
    if (data.status === "conflict") return setConflicts(data.conflicts);
    // What is saved is now what this page shows: later changes are based on it.
    f.reset({ ...f.getValues(), base: f.getValues().targets, confirmAnyway: false });
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
  const { form, onSubmit } = sf;
  return (
    <ServerForm
      of={sf}
      submit="Save targets"
      secondary
      beforeSubmit={() => setSaved(false)}
      after={
        saved && (
          <p className="govuk-body" role="status">
            Targets saved.
          </p>
        )
      }
    >
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
      <Table
        caption="Stage now, and the target for next year"
        captionSize="s"
        rows={rows}
        columns={[
          { header: "Dimension", rowHeader: "regular", cell: (r) => r.name },
          { header: "Now", cell: (r) => `${r.now} ${r.nowName}` },
          {
            header: "Target for next year",
            cell: (r) => (
              <Select
                label={`Target stage for ${r.name}`}
                labelHidden
                groupClassName="govuk-!-margin-bottom-0"
                options={[
                  { value: "", label: "No target" },
                  ...stageNames.map((n, i) => ({ value: i + 1, label: `${i + 1} ${n}` })),
                ]}
                {...sf.field(`targets.${r.id}`)}
              />
            ),
          },
        ]}
      />
      <ConfirmAnyway binding={sf.field("confirmAnyway")} value={form.watch("confirmAnyway")} />
    </ServerForm>
  );
}
