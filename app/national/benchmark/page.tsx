import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guard";
import { benchmark } from "@/lib/national/scores.server";
import { partnershipOptions } from "@/lib/national/data.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { CycleField, NationalHeading } from "@/components/NationalNav";
import { LEVEL_LABELS } from "@/lib/domain/labels";
import type { PartnershipLevel } from "@/lib/domain/enums";
import { FilterForm } from "@/components/ui/FilterForm";
import { Select } from "@/components/ui/Select";
import { Table } from "@/components/ui/Table";
import { MIN_PEER_GROUP, ordinal } from "@/lib/national/rules";

export const metadata: Metadata = { title: "Benchmark" };
export const dynamic = "force-dynamic";

const percent = (n: number | null) => (n === null ? "–" : `${n}%`);

export default async function BenchmarkPage({
  searchParams,
}: {
  searchParams: Promise<{ cycle?: string; p?: string }>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, params.cycle);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const id = Number(params.p) || 0;
  const b = id ? benchmark(actor, cycle.id, id) : null;
  return (
    <>
      <NationalHeading current="/national/benchmark">Benchmark a partnership against its peers</NationalHeading>
      <FilterForm submit="Benchmark">
        <CycleField cycles={cycles} current={cycle.id} inline />
        <Select
          label="Partnership"
          name="p"
          defaultValue={id ? String(id) : ""}
          options={[
            { value: "", label: "Select a partnership" },
            ...partnershipOptions(actor).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      </FilterForm>
      {id > 0 && !b && <p className="govuk-body">That partnership has no submitted self-review in {cycle.label}.</p>}
      {b && (
        <p className="govuk-body" data-testid="benchmark-peers">
          Each figure rests on the peers with a score in that dimension (the Peers column). A percentile is shown only
          against at least {MIN_PEER_GROUP} peers; with fewer it would say little and could single out a partnership.
        </p>
      )}
      {b && (
        <Table
          testId="benchmark-table"
          caption={
            <>
              {b.name} against {b.peers} other {LEVEL_LABELS[b.level as PartnershipLevel].toLowerCase()} partnerships,{" "}
              {cycle.label} (framework version {b.dimensions.find((d) => d.version)?.version ?? "–"})
            </>
          }
          rows={b.dimensions}
          columns={[
            { header: "Dimension", rowHeader: "regular", cell: (d) => d.name },
            { header: "Score", numeric: true, cell: (d) => d.score ?? "–" },
            { header: "Coverage", numeric: true, cell: (d) => percent(d.coverage) },
            { header: "Peers", numeric: true, cell: (d) => d.peerCount },
            { header: "Peers’ median", numeric: true, cell: (d) => d.peerMedian ?? "–" },
            {
              header: "Percentile",
              numeric: true,
              cell: (d) =>
                d.percentile !== null
                  ? ordinal(d.percentile)
                  : d.score !== null && d.peerCount < MIN_PEER_GROUP
                    ? "Too few peers to compare"
                    : "–",
            },
          ]}
        />
      )}
    </>
  );
}
