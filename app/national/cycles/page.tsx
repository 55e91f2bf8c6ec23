import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { cycleSelfReviewCounts, listAllCycles } from "@/lib/national/cycles.server";
import { NationalHeading } from "@/components/NationalNav";
import { GridRow } from "@/components/ui/Grid";
import { Table } from "@/components/ui/Table";
import { formatDate } from "@/lib/format";
import { CreateCycleForm, CycleStatusButton } from "./CycleForms";

export const metadata: Metadata = { title: "Annual cycles" };
export const dynamic = "force-dynamic";

const STATUS_TEXT = { open: "Open", closed: "Closed", planned: "Planned" } as const;

export default async function CyclesPage() {
  const actor = await requirePermission("manage:cycles");
  const cycles = listAllCycles(actor);
  const counts = cycleSelfReviewCounts(actor);
  return (
    <>
      <NationalHeading current="/national/cycles">Annual cycles</NationalHeading>
      <p className="govuk-body">
        Partnerships can start a cycle&rsquo;s self-review once it is open and its opening date has come. Closing a
        cycle locks every answer in it; you are asked to confirm, with how many self-reviews it affects.
      </p>
      <Table
        caption="Cycles"
        captionSize="hidden"
        testId="cycles"
        rows={cycles}
        rowKey={(c) => c.id}
        columns={[
          { header: "Cycle", rowHeader: true, cell: (c) => c.label },
          { header: "Opens", cell: (c) => formatDate(c.opensOn) },
          { header: "Closes", cell: (c) => formatDate(c.closesOn) },
          { header: "Status", cell: (c) => STATUS_TEXT[c.status] },
          {
            header: <span className="govuk-visually-hidden">Actions</span>,
            cell: (c) => (
              <CycleStatusButton
                cycleId={String(c.id)}
                label={c.label}
                from={c.status}
                status={c.status === "open" ? "closed" : "open"}
                counts={counts.get(c.id) ?? { unsubmitted: 0, submitted: 0 }}
              />
            ),
          },
        ]}
      />
      <GridRow column="one-half">
        <CreateCycleForm />
      </GridRow>
    </>
  );
}
