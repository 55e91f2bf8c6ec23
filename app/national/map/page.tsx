import type { Metadata } from "next";
import Link from "@/components/Link";
import { requirePermission } from "@/lib/auth/guard";
import { forceAreaMap } from "@/lib/national/data.server";
import { nationalCycles } from "@/lib/national/cycles.server";
import { getFramework } from "@/lib/framework";
import { FORCE_TILES, tileLabel } from "@/lib/national/tiles";
import { CycleField, NationalHeading } from "@/components/NationalNav";
import { FilterForm } from "@/components/ui/FilterForm";
import { Select } from "@/components/ui/Select";
import { Table } from "@/components/ui/Table";

export const metadata: Metadata = { title: "Map" };
export const dynamic = "force-dynamic";

// The report's key for counts: 0, 1, 2, 3–4, 5+.
const countBand = (n: number) => (n >= 5 ? 5 : n >= 3 ? 4 : n);

export default async function MapPage({
  searchParams,
}: {
  searchParams: Promise<{ cycle?: string; dimension?: string }>;
}) {
  const actor = await requirePermission("read:national");
  const params = await searchParams;
  const { cycle, cycles } = nationalCycles(actor, params.cycle);
  if (!cycle) return <p className="govuk-body">No cycles yet.</p>;
  const fw = getFramework()!;
  const dimension = fw.dimensions.find((d) => d.id === params.dimension) ?? null;
  const areas = forceAreaMap(actor, cycle.id, dimension?.id ?? null);
  const value = (a: (typeof areas)[number]) => (dimension ? a.medianStage : a.n);
  const describe = (a: (typeof areas)[number]) =>
    dimension
      ? a.medianStage === null
        ? "no submitted self-review"
        : `median stage ${a.medianStage}`
      : `${a.n} partnership${a.n === 1 ? "" : "s"}`;
  return (
    <>
      <NationalHeading current="/national/map">Map of police force areas</NationalHeading>
      <FilterForm submit="Show" secondary>
        <CycleField cycles={cycles} current={cycle.id} inline />
        <Select
          label="Colour by"
          name="dimension"
          inline
          defaultValue={dimension?.id ?? ""}
          options={[
            { value: "", label: "Number of partnerships" },
            ...fw.dimensions.map((d) => ({ value: d.id, label: `Median stage: ${d.name}` })),
          ]}
        />
      </FilterForm>
      <p className="govuk-body">
        One equal tile per force area, laid out roughly as they lie. Each tile shows its figure as well as its shade;
        select a tile to see that area&rsquo;s partnerships in the overview. Long names are shortened on the tiles
        (&ldquo;Nottingham.&rdquo; for Nottinghamshire); focus or point at a tile for its full name, and the table below
        has them all.
        {dimension
          ? ` Shade: median stage of ${dimension.name} (1 lightest to 5 darkest) in ${cycle.label}.`
          : " Shade: number of partnerships (0, 1, 2, 3–4, 5+, as in the report’s Figure 1)."}
      </p>
      <div className="app-tiles" role="list" aria-label="Police force areas">
        {areas.map((a) => {
          const [col, row] = FORCE_TILES[a.id] ?? [0, 0];
          const v = value(a);
          const band = v === null ? 0 : dimension ? Math.round(v) : countBand(v);
          return (
            <Link
              key={a.id}
              role="listitem"
              href={`/national?cycle=${cycle.id}&force=${a.id}`}
              className={`app-tile app-tile--${band}`}
              style={{ gridColumn: col + 1, gridRow: row + 1 }}
              aria-label={`${a.name}: ${describe(a)}`}
              title={`${a.name}: ${describe(a)}`}
            >
              <span aria-hidden="true">{tileLabel(a.name)}</span>
              <strong aria-hidden="true">{v === null ? "–" : v}</strong>
              {/* The full name, shown on focus and hover (the accessible name has it already). */}
              <span className="app-tile__full" aria-hidden="true">
                {a.name}
              </span>
            </Link>
          );
        })}
      </div>
      <Table
        caption="The map as a table"
        testId="map-table"
        rows={areas}
        columns={[
          { header: "Force area", rowHeader: "regular", cell: (a) => a.name },
          { header: "Region", cell: (a) => a.region },
          { header: "Partnerships", numeric: true, cell: (a) => a.n },
          dimension && { header: "Median stage", numeric: true, cell: (a) => a.medianStage ?? "–" },
        ]}
      />
    </>
  );
}
